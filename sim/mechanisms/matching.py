"""Which kind of partnership a pair would form, what it is worth, and mutual acceptance."""

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from sim.barriers.budget import covers
from sim.barriers.culture import culture_fit
from sim.core.columns import ActorColumns
from sim.core.kinds import NO_KIND, ActorKind, AgencyType, Kind
from sim.infra.sorting import first_of_runs, stable_order


@dataclass(frozen=True)
class PairFacts:
    """What decides a pair's kind, one bool per pair (see `KIND_PRECEDENCE`)."""

    adjacent_firms: np.ndarray  # two firms at adjacent value-chain stages
    alike_firms: np.ndarray  # two firms of the same sector and stage
    same_centre: np.ndarray  # ... of one production centre (read for alike firms only)
    large_with_ikm: np.ndarray  # a large firm and an IKM, the IKM side certified if needed
    agency_in_mandate: np.ndarray  # an agency and a partner its mandate covers
    research_in_mandate: np.ndarray  # a university and a partner its mandate covers (and ok)
    two_regions: np.ndarray
    two_agencies: np.ndarray
    itself: np.ndarray  # an actor met itself

    @classmethod
    def of(
        cls, t: ActorColumns, i: np.ndarray, j: np.ndarray, needs_certification: bool
    ) -> "PairFacts":
        """The facts of the pairs (i, j).

        Each column is read once per side, the rare ones only for the pairs they decide (a
        random read of a million-row column costs ~15 ns).
        """
        agency_i = t.actor_kind[i] == ActorKind.agency
        agency_j = t.actor_kind[j] == ActorKind.agency
        firm_pair = ~agency_i & ~agency_j
        research = np.zeros(len(i), dtype=bool)
        few = np.flatnonzero(agency_i ^ agency_j)
        research[few] = (agency_i[few] & (t.agency_type[i[few]] == AgencyType.university)) | (
            agency_j[few] & (t.agency_type[j[few]] == AgencyType.university)
        )
        sector_i, sector_j = t.sector[i], t.sector[j]
        large_i, large_j = t.large[i], t.large[j]
        same_sector = sector_i == sector_j
        mandate = same_sector | (sector_i < 0) | (sector_j < 0)
        stage_gap = np.abs(t.stage[i].astype(int) - t.stage[j].astype(int))
        alike = firm_pair & same_sector & (stage_gap == 0)
        same_centre = np.zeros(len(i), dtype=bool)
        both = np.flatnonzero(alike)
        same_centre[both] = t.cluster[i[both]] == t.cluster[j[both]]
        # the IKM side of a would-be strategic pair (a large firm's or a university's partner)
        if needs_certification:
            ikm_ok_i, ikm_ok_j = t.certified[i] | large_i, t.certified[j] | large_j
        else:
            ikm_ok_i = ikm_ok_j = np.ones(len(i), dtype=bool)
        return cls(
            adjacent_firms=firm_pair & (stage_gap == 1),
            alike_firms=alike,
            same_centre=same_centre,
            large_with_ikm=firm_pair & (large_i != large_j) & ikm_ok_i & ikm_ok_j,
            agency_in_mandate=(agency_i | agency_j) & mandate,
            research_in_mandate=research & mandate & np.where(agency_i, ikm_ok_j, ikm_ok_i),
            two_regions=t.region[i] != t.region[j],
            two_agencies=agency_i & agency_j,
            itself=i == j,
        )


KindRule = Callable[[PairFacts, np.ndarray], np.ndarray]
KIND_PRECEDENCE: tuple[tuple[int, KindRule], ...] = (
    # (kind, when): in this order, so a later row wins where several hold; `kind` is the
    # kind the rows above gave (an inter-regional pair is a related pair of two regions)
    (Kind.vertical, lambda f, kind: f.adjacent_firms),
    (Kind.horizontal, lambda f, kind: f.alike_firms & ~f.same_centre),
    (Kind.cluster, lambda f, kind: f.alike_firms & f.same_centre),
    (Kind.strategic, lambda f, kind: f.large_with_ikm),
    (Kind.agency, lambda f, kind: f.agency_in_mandate),
    (Kind.strategic, lambda f, kind: f.research_in_mandate),
    (Kind.interregional, lambda f, kind: f.two_regions & ((kind != NO_KIND) | f.two_agencies)),
    (NO_KIND, lambda f, kind: f.itself),
)


def classify_kind(
    t: ActorColumns, i: np.ndarray, j: np.ndarray, needs_certification: bool = False
) -> np.ndarray:
    """Kind code of the partnership pair (i, j) would form, or NO_KIND.

    Two regions -> interregional; a firm with a university -> strategic; with another agency
    -> agency (if the agency's mandate covers the firm's sector); a large firm with an IKM ->
    strategic; same sector and stage -> cluster (same centre) or horizontal; adjacent stages
    -> vertical; anything else has no natural partnership (`KIND_PRECEDENCE`, lowest first).
    With `needs_certification`, a strategic partnership needs the IKM side certified (else
    the pair is what it would be without the large firm or university).
    """
    facts = PairFacts.of(t, i, j, needs_certification)
    kind = np.full(len(i), NO_KIND, dtype=np.int8)
    for code, holds in KIND_PRECEDENCE:
        kind[holds(facts, kind)] = code
    return kind


def complementarity(
    kind: np.ndarray,
    productivity_i: np.ndarray,
    productivity_j: np.ndarray,
    workers_i: np.ndarray,
    workers_j: np.ndarray,
) -> np.ndarray:
    """How well a pair fits, 0.5..1.

    Vertical, strategic, agency and interregional pairs gain from difference (a know-how
    gap to close); horizontal and cluster pairs from similarity (of size, for joint orders).
    """
    gap = np.minimum(1.0, np.abs(np.log(productivity_i / productivity_j)))
    size_gap = np.minimum(
        1.0, np.abs(np.log(np.maximum(workers_i, 1) / np.maximum(workers_j, 1))) / np.log(10.0)
    )
    alike = (kind == Kind.horizontal) | (kind == Kind.cluster)
    return np.where(alike, 1.0 - 0.5 * size_gap, 0.5 + 0.5 * gap)


def expected_gain(
    benefit_rate: np.ndarray,
    base_value: np.ndarray,
    fit: np.ndarray,
    distance: np.ndarray,
    culture_weight: float,
    interest_cut: np.ndarray,
    success: np.ndarray,
    familiarity_bonus: np.ndarray,
) -> np.ndarray:
    """Expected monthly benefit of a match (rupiah).

    The benefit share of the base value, scaled by fit, culture, differing interests, the
    chance of success and familiarity.
    """
    culture = culture_fit(distance, culture_weight)
    return (
        benefit_rate
        * base_value
        * fit
        * culture
        * (1.0 - interest_cut)
        * success
        * (1.0 + familiarity_bonus)
    )


def accepts(
    is_agency: np.ndarray,
    gain: np.ndarray,
    cost: np.ndarray,
    free_cash: np.ndarray,
    committed_cost: np.ndarray,
    cover_months: float,
    free_capacity: np.ndarray,
) -> np.ndarray:
    """One side's yes to a match.

    It needs free capacity, cash covering `cover_months` of all its partnership costs and,
    for a firm, an expected gain at least its cost (agencies serve by mandate).
    """
    affordable = covers(free_cash, committed_cost, cost, cover_months)
    worth_it = is_agency | (gain >= cost)
    return (free_capacity > 0) & affordable & worth_it


def running_total(group: np.ndarray, value: np.ndarray, resolution: float) -> np.ndarray:
    """Cumulative sum of `value` within each group, in the original order (inclusive).

    Summed exactly in whole units of `resolution`, so a group's totals never depend on the
    other groups' values (a float cumulative sum across groups would carry their rounding).
    """
    shifted = group - group.min() if len(group) else group  # keys from 0 (-1 is a group too)
    order = stable_order(shifted)
    units = np.rint(value[order] / resolution).astype(np.int64)
    total = np.cumsum(units)
    sorted_group = shifted[order]
    begins = first_of_runs(sorted_group)  # where a group begins (in sorted order)
    first = np.flatnonzero(begins)[np.cumsum(begins) - 1]  # where each item's group begins
    before = np.where(first > 0, total[first - 1], 0)
    out = np.empty(len(value))
    out[order] = (total - before) * resolution
    return out
