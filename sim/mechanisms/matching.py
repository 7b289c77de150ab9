"""Which kind of partnership a pair would form, what it is worth, and mutual acceptance."""

import numpy as np

from sim.barriers.budget import covers
from sim.barriers.culture import culture_fit
from sim.core.columns import ActorColumns
from sim.core.kinds import NO_KIND, ActorKind, AgencyType, Kind
from sim.infra.sorting import first_of_runs, stable_order


def classify_kind(
    t: ActorColumns, i: np.ndarray, j: np.ndarray, needs_certification: bool = False
) -> np.ndarray:
    """Kind code of the partnership pair (i, j) would form, or NO_KIND.

    Two regions -> interregional; a firm with a university -> strategic; with another agency
    -> agency (if the agency's mandate covers the firm's sector); a large firm with an IKM ->
    strategic; same sector and stage -> cluster (same centre) or horizontal; adjacent stages
    -> vertical; anything else has no natural partnership. With `needs_certification`, a
    strategic partnership needs the IKM side certified (else the pair is what it would be
    without the large firm or university: vertical, horizontal, agency or nothing).
    """
    agency_i = t.actor_kind[i] == ActorKind.agency
    agency_j = t.actor_kind[j] == ActorKind.agency
    firm_pair = ~agency_i & ~agency_j
    one_agency = agency_i ^ agency_j
    # columns that matter for a few pairs are read for those pairs only (a random read of a
    # million-row column costs about 15 ns)
    research = np.zeros(len(i), dtype=bool)
    few = np.flatnonzero(one_agency)
    research[few] = (agency_i[few] & (t.agency_type[i[few]] == AgencyType.university)) | (
        agency_j[few] & (t.agency_type[j[few]] == AgencyType.university)
    )
    sector_i, sector_j = t.sector[i], t.sector[j]  # each column read once per side
    large_i, large_j = t.large[i], t.large[j]
    same_sector = sector_i == sector_j
    mandate = same_sector | (sector_i < 0) | (sector_j < 0)
    stage_gap = np.abs(t.stage[i].astype(int) - t.stage[j].astype(int))

    kind = np.full(len(i), NO_KIND, dtype=np.int8)
    kind[firm_pair & (stage_gap == 1)] = Kind.vertical
    alike = np.flatnonzero(firm_pair & same_sector & (stage_gap == 0))
    kind[alike] = np.where(
        t.cluster[i[alike]] == t.cluster[j[alike]], Kind.cluster, Kind.horizontal
    )
    # the IKM side of a would-be strategic pair (a large firm or a university's partner)
    if needs_certification:
        ikm_ok_i, ikm_ok_j = t.certified[i] | large_i, t.certified[j] | large_j
    else:
        ikm_ok_i = ikm_ok_j = np.ones(len(i), dtype=bool)
    kind[firm_pair & (large_i != large_j) & ikm_ok_i & ikm_ok_j] = Kind.strategic
    kind[(agency_i | agency_j) & mandate] = Kind.agency
    firm_side_ok = np.where(agency_i, ikm_ok_j, ikm_ok_i)
    kind[research & mandate & firm_side_ok] = Kind.strategic
    kind[(t.region[i] != t.region[j]) & ((kind != NO_KIND) | (agency_i & agency_j))] = (
        Kind.interregional
    )
    kind[i == j] = NO_KIND
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
