"""Step 2 of a month: search for candidates, score them, accept mutually, propose."""

from dataclasses import dataclass

import numpy as np

from sim.barriers import budget, bureaucracy
from sim.barriers.culture import culture_distance
from sim.barriers.trust import success_probability
from sim.core.kinds import NO_KIND, ActorKind
from sim.infra.randomness import exponential, gamma_unit_mean, pair_keys, slot_keys
from sim.mechanisms import matching
from sim.mechanisms import search as rules
from sim.mechanisms.cooperation import base_value, sum_by_actor
from sim.monthly.candidates import draw_candidates
from sim.monthly.pair_coordination import pair_coordination
from sim.world.state import Proposals, World
from sim.world.tables import ActorTable

DRAWS_PER_SLOT = 4  # uniforms per candidate slot: source, pick, second pick, reach
LOAD_RESOLUTION = 1e-9  # partnerships: running totals of capacity are summed in these units
RUPIAH_RESOLUTION = 1e-3  # rupiah: running totals of costs are summed in these units


def search_for_partners(w: World) -> Proposals:
    """Actors with free capacity draw candidates; mutually accepted pairs are proposed.

    Every draw belongs to the searcher (its key) and the candidate slot, so a searcher that
    exists in two paired runs draws the same numbers in both.
    """
    t, n = w.actors, w.actors.n
    free = t.capacity[:n] - w.partner_load()
    chance = w.params.search.search_probability * (1.0 + w.effects.search_boost)
    searching = t.alive[:n] & (free > 0) & (w.draws.uniforms("search", w.month, t.key[:n]) < chance)
    searchers = np.flatnonzero(searching)
    per = w.params.search.candidates_per_search
    u = w.draws.uniforms("search", w.month, t.key[searchers], per * DRAWS_PER_SLOT, first_slot=1)
    owners = np.repeat(searchers, per)
    slot = np.tile(np.arange(per), len(searchers))
    candidates, extra = draw_candidates(w, owners, u.reshape(-1, DRAWS_PER_SLOT).T)
    owners = np.concatenate([owners, owners[extra[0]]])  # cross-border candidates come on top
    slot = np.concatenate([slot, per + slot[extra[0]]])
    candidates = np.concatenate([candidates, extra[1]])
    keep = _valid_pairs(w, owners, candidates)
    i, j, slot = owners[keep], candidates[keep], slot[keep]
    kind = matching.classify_kind(t, i, j, w.params.barriers.strategic_needs_certification)
    related = kind != NO_KIND
    return _propose_accepted(w, i[related], j[related], kind[related], slot[related], free)


def _valid_pairs(w: World, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Drop missing or exited candidates, repeats, and pairs already partnered."""
    ok = j >= 0
    ok[ok] &= w.actors.alive[j[ok]]
    open_rows = w.ledger.open_rows()
    taken_a, taken_b = w.ledger.a[open_rows], w.ledger.b[open_rows]
    return ok & rules.unique_pairs(i, np.where(ok, j, i), taken_a, taken_b)


@dataclass(frozen=True)
class Side:
    """One side of the candidate pairs: its rows and what the search reads of them.

    Each column is read once per side: a random read of a million-row column costs ~15 ns.
    """

    row: np.ndarray
    firm: np.ndarray
    agency: np.ndarray
    weight: np.ndarray
    culture: np.ndarray  # (pairs, culture dimensions)
    productivity: np.ndarray
    workers: np.ndarray
    value_added: np.ndarray

    @classmethod
    def read(cls, t: ActorTable, rows: np.ndarray) -> "Side":
        """The side's columns at `rows`."""
        actor = t.actor_kind[rows]
        return cls(
            row=rows,
            firm=actor == ActorKind.firm,
            agency=actor == ActorKind.agency,
            weight=t.weight[rows],
            # rows of a 2-D column: np.take copies each row whole (seven times quicker than [i])
            culture=np.take(t.culture, rows, axis=0),
            productivity=t.productivity[rows],
            workers=t.workers[rows],
            value_added=t.value_added[rows],
        )


@dataclass(frozen=True)
class Offer:
    """What a candidate pair would be: its kind, terms, expected gain and what it costs."""

    kind: np.ndarray
    pair: np.ndarray  # keys of the searcher's candidate slots
    term: np.ndarray  # months agreed
    trust_i: np.ndarray
    trust_j: np.ndarray
    distance: np.ndarray  # culture distance
    gain: np.ndarray  # expected gain per real partnership, rupiah per month
    weight: np.ndarray  # real partnerships the pair stands for
    cost_i: np.ndarray  # cost to each side, before relief
    cost_j: np.ndarray
    pay_i: np.ndarray  # what each side expects to pay itself, after relief
    pay_j: np.ndarray


def _propose_accepted(
    w: World, i: np.ndarray, j: np.ndarray, kind: np.ndarray, slot: np.ndarray, free: np.ndarray
) -> Proposals:
    """Score the candidate pairs, keep the mutually accepted ones within means, propose them."""
    side_i, side_j = Side.read(w.actors, i), Side.read(w.actors, j)
    offer = _offer(w, side_i, side_j, kind, slot)
    yes = _mutually_accepted(w, side_i, side_j, offer, free)
    delay, waiting = _permit_delays(w, i, j, offer, yes)
    _propose(w, i, j, offer, delay, yes)
    return Proposals(delay[waiting], w.actors.region[i[waiting]])


def _offer(w: World, si: Side, sj: Side, kind: np.ndarray, slot: np.ndarray) -> Offer:
    """The pair's terms, trust, culture distance, expected gain and costs."""
    t, b = w.actors, w.params.barriers
    pair = slot_keys(t.key[si.row], slot)  # the searcher's c-th candidate slot
    u = w.draws.uniforms("matching", w.month, pair, 2)
    term = np.maximum(1, np.rint(exponential(b.mean_term, u[:, 1]))).astype(np.int32)
    trust_i, known_i = _remembered_trust(w, si.row, sj.row, kind)
    trust_j, _ = _remembered_trust(w, sj.row, si.row, kind)
    distance = culture_distance(si.culture, sj.culture)
    success = success_probability(
        trust_i,
        trust_j,
        distance,
        pair_coordination(w, si.row, sj.row, np.zeros(len(si.row))),
        b.culture_weight,
        b.trust_independent_success,
    )
    fit = matching.complementarity(kind, si.productivity, sj.productivity, si.workers, sj.workers)
    gain = matching.expected_gain(
        w.benefit_rate[kind],
        base_value(si.firm, sj.firm, si.value_added, sj.value_added),
        fit,
        distance,
        b.culture_weight,
        b.interest_divergence * u[:, 0],
        success,
        np.where(known_i, w.params.search.previous_partner_bonus, 0.0),
    )
    # two IKM rows: `scale` real partnerships; with a large firm or an agency (one real actor)
    # one, which each of the IKM row's firms holds a share of
    weight = np.minimum(si.weight, sj.weight)
    cost_i = w.partnership_cost(kind, si.firm, weight, si.weight)
    cost_j = w.partnership_cost(kind, sj.firm, weight, sj.weight)
    pay_i = w.effects.relieved_cost(si.row, kind, cost_i)  # after tax incentives and grants
    pay_j = w.effects.relieved_cost(sj.row, kind, cost_j)
    return Offer(
        kind, pair, term, trust_i, trust_j, distance, gain, weight, cost_i, cost_j, pay_i, pay_j
    )


def _mutually_accepted(w: World, si: Side, sj: Side, offer: Offer, free: np.ndarray) -> np.ndarray:
    """The searcher says yes, then the candidate (asked only then), then both within means."""
    committed = _committed_costs(w)
    means = w.actors.cash[: w.actors.n] + w.credit()  # cash and credit from bank partners
    many_i = offer.weight / si.weight  # real partnerships each side holds
    many_j = offer.weight / sj.weight
    gain_i = offer.gain * many_i
    yes = _side_accepts(w, si.row, si.agency, gain_i, offer.pay_i, committed, free, means)
    asked = np.flatnonzero(yes)
    yes[asked] = _side_accepts(
        w,
        sj.row[asked],
        sj.agency[asked],
        offer.gain[asked] * many_j[asked],
        offer.pay_j[asked],
        committed,
        free,
        means,
    )
    pays = (offer.pay_i, offer.pay_j)
    return _within_means(w, si.row, sj.row, offer.weight, yes, *pays, committed, free, means)


def _permit_delays(
    w: World, i: np.ndarray, j: np.ndarray, offer: Offer, yes: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Months each accepted pair waits for its permit (0 without one), and which wait."""
    t, b = w.actors, w.params.barriers
    waiting = yes & np.isin(offer.kind, w.permit_kinds)  # only they draw a delay (their own)
    region_delay = w.regions.permit_delay_mean * w.effects.permit_delay_factor
    ri, rj = t.region[i[waiting]], t.region[j[waiting]]
    agreed = 1.0 - w.effects.agreement_permit_cut[ri, rj]
    mean_delay = np.maximum(region_delay[ri], region_delay[rj]) * agreed
    spread = gamma_unit_mean(
        b.permit_delay_shape, w.draws.uniforms("permit_delay", w.month, offer.pair[waiting])
    )
    delay = np.zeros(len(i), dtype=np.int32)
    delay[waiting] = bureaucracy.permit_delay(mean_delay, spread)
    return delay, waiting


def _propose(
    w: World, i: np.ndarray, j: np.ndarray, offer: Offer, delay: np.ndarray, rows: np.ndarray
) -> None:
    """The accepted pairs into the ledger, proposed this month."""
    t = w.actors
    w.ledger.propose(
        w.month,
        key=pair_keys(t.key[i[rows]], t.key[j[rows]], w.month),
        a=i[rows],
        b=j[rows],
        kind=offer.kind[rows],
        trust_a=offer.trust_i[rows],
        trust_b=offer.trust_j[rows],
        cost_a=offer.cost_i[rows],
        cost_b=offer.cost_j[rows],
        permit_wait=delay[rows],
        term_end=w.month + delay[rows] + offer.term[rows],
        culture_distance=offer.distance[rows],
        weight=offer.weight[rows],
    )


def _remembered_trust(
    w: World, own: np.ndarray, other: np.ndarray, kind: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Trust each side starts with: what it remembers of a previous partner, else by kind."""
    remembered = w.ledger.memory.recall(own, other)
    known = ~np.isnan(remembered)
    return np.where(known, remembered, w.initial_trust[kind]), known


def _committed_costs(w: World) -> np.ndarray:
    """What each actor pays per month for its open partnerships, after relief."""
    led = w.ledger
    rows = led.open_rows()
    a, b, kind = led.a[rows], led.b[rows], led.kind[rows]
    pay_a = w.effects.relieved_cost(a, kind, led.cost_a[rows])
    pay_b = w.effects.relieved_cost(b, kind, led.cost_b[rows])
    return sum_by_actor(w.actors.n, a, b, pay_a, pay_b)


def _side_accepts(
    w: World,
    side: np.ndarray,
    agency: np.ndarray,
    gain: np.ndarray,
    cost: np.ndarray,
    committed: np.ndarray,
    free: np.ndarray,
    means: np.ndarray,
) -> np.ndarray:
    return matching.accepts(
        agency,
        gain,
        cost,
        means[side],
        committed[side],
        w.params.barriers.cash_cover_months,
        free[side],
    )


def _within_means(
    w: World,
    i: np.ndarray,
    j: np.ndarray,
    weight: np.ndarray,
    accepted: np.ndarray,
    cost_i: np.ndarray,
    cost_j: np.ndarray,
    committed: np.ndarray,
    free: np.ndarray,
    means: np.ndarray,
) -> np.ndarray:
    """Keep this month's accepted pairs, in order, while each actor can take them.

    An actor stops at its free capacity (in real partnerships: a row of weight w takes w over
    the actor's own weight) and at the cash that covers all its partnership costs for
    `cash_cover_months` (`means`: cash and credit).
    """
    held = np.flatnonzero(accepted)  # only they take capacity and cash
    ends = np.column_stack([i[held], j[held]]).ravel()
    cost = np.column_stack([cost_i[held], cost_j[held]]).ravel()
    load = np.repeat(weight[held], 2) / w.actors.weight[ends]
    count_so_far = matching.running_total(ends, load, LOAD_RESOLUTION)
    cost_so_far = matching.running_total(ends, cost, RUPIAH_RESOLUTION)
    cover = w.params.barriers.cash_cover_months
    ok = (count_so_far <= free[ends] + LOAD_RESOLUTION) & budget.covers(
        means[ends], committed[ends], cost_so_far, cover
    )
    kept = np.zeros(len(accepted), dtype=bool)
    kept[held[ok.reshape(-1, 2).all(axis=1)]] = True
    return kept
