"""Step 2 of a month: search for candidates, score them, accept mutually, propose."""

from typing import TYPE_CHECKING

import numpy as np

from sim.kinds import NO_KIND, ActorKind
from sim.mechanisms import matching, permits
from sim.mechanisms import search as rules
from sim.mechanisms.cooperation import base_value, sum_by_actor
from sim.mechanisms.trust import culture_distance, success_probability

if TYPE_CHECKING:
    from sim.model import PartnershipModel


def search_for_partners(m: "PartnershipModel") -> None:
    """Actors with free capacity draw candidates; mutually accepted pairs are proposed."""
    t, n = m.actors, m.actors.n
    free = t.capacity[:n] - m.ledger.partner_counts(n)
    rng = m.streams["search"]
    chance = m.params.search.search_probability * (1.0 + m.effects.search_boost)
    searching = t.alive[:n] & (free > 0) & (rng.random(n) < chance)
    owners = np.repeat(np.flatnonzero(searching), m.params.search.candidates_per_search)
    candidates = draw_candidates(m, owners, rng.random((4, len(owners))))
    keep = _valid_pairs(m, owners, candidates)
    i, j = owners[keep], candidates[keep]
    kind = matching.classify_kind(t, i, j, m.params.barriers.strategic_needs_certification)
    related = kind != NO_KIND
    _propose_accepted(m, i[related], j[related], kind[related], free)


def draw_candidates(m: "PartnershipModel", owners: np.ndarray, u: np.ndarray) -> np.ndarray:
    """One candidate per slot from memory, the network, the region or anywhere; -1 if none."""
    s, t = m.params.search, m.actors
    source = rules.candidate_sources(u[0], s.memory_share, s.network_share, s.local_share)
    picked = np.full(len(owners), -1, dtype=np.int64)
    mem = source == rules.MEMORY
    memory = m.ledger.memory
    start, stop = memory.lists(owners[mem])
    picked[mem] = rules.pick_from_ranges(start, stop, memory.partners(), u[1][mem])
    net = source == rules.NETWORK
    indptr, partners = m.ledger.active_adjacency(t.n)
    first = rules.pick_from_lists(indptr, partners, owners[net], u[1][net])
    second = rules.pick_from_lists(indptr, partners, np.maximum(first, 0), u[2][net])
    picked[net] = np.where(first >= 0, second, -1)
    alive_rows = np.flatnonzero(t.alive[: t.n])
    local = (source == rules.LOCAL) | (picked < 0) & (source != rules.RANDOM)
    region_ptr, region_members = rules.group_lists(
        t.region[alive_rows], alive_rows, m.regions.count
    )
    home = t.region[owners[local]]
    partner = np.argmax(m.effects.agreement_search[home], axis=1)
    across = u[3][local] < m.effects.agreement_search[home, partner]
    picked[local] = rules.pick_from_lists(
        region_ptr, region_members, np.where(across, partner, home), u[2][local]
    )
    far = source == rules.RANDOM
    picked[far] = alive_rows[
        np.minimum((u[2][far] * len(alive_rows)).astype(np.int64), len(alive_rows) - 1)
    ]
    ro, rc = t.region[owners[far]], t.region[picked[far]]
    reached = rules.within_reach(
        ro == rc,
        u[3][far],
        s.reach_base,
        s.reach_digital,
        t.digital[owners[far]],
        s.reach_infrastructure,
        m.regions.infrastructure[ro],
        m.effects.reach_boost[owners[far]],
        m.effects.agreement[ro, rc],
    )
    picked[np.flatnonzero(far)[~reached]] = -1
    return picked


def _valid_pairs(m: "PartnershipModel", i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Drop missing or exited candidates, repeats, and pairs already partnered."""
    ok = j >= 0
    ok[ok] &= m.actors.alive[j[ok]]
    ok &= rules.unique_pairs(i, np.where(ok, j, i))
    open_rows = m.ledger.open_rows()
    existing = _pair_key(m.ledger.a[open_rows], m.ledger.b[open_rows])
    ok[ok] &= ~np.isin(_pair_key(i[ok], j[ok]), existing)
    return ok


def _pair_key(i: np.ndarray, j: np.ndarray) -> np.ndarray:
    return np.minimum(i, j).astype(np.int64) << 32 | np.maximum(i, j).astype(np.int64)


def _propose_accepted(
    m: "PartnershipModel", i: np.ndarray, j: np.ndarray, kind: np.ndarray, free: np.ndarray
) -> None:
    t, b = m.actors, m.params.barriers
    rng = m.streams["matching"]
    interest_cut = b.interest_divergence * rng.random(len(i))
    term = np.maximum(1, np.rint(rng.exponential(b.mean_term, len(i)))).astype(np.int32)
    trust_i, known_i = _remembered_trust(m, i, j, kind)
    trust_j, _ = _remembered_trust(m, j, i, kind)
    distance = culture_distance(t.culture[i], t.culture[j])
    success = success_probability(
        trust_i, trust_j, distance, b.coordination, b.culture_weight, b.trust_independent_success
    )
    fit = matching.complementarity(
        kind, t.productivity[i], t.productivity[j], t.workers[i], t.workers[j]
    )
    firm_i, firm_j = t.actor_kind[i] == ActorKind.firm, t.actor_kind[j] == ActorKind.firm
    base = base_value(firm_i, firm_j, t.value_added[i], t.value_added[j])
    gain = matching.expected_gain(
        m.benefit_rate[kind],
        base,
        fit,
        distance,
        b.culture_weight,
        interest_cut,
        success,
        np.where(known_i, m.params.search.previous_partner_bonus, 0.0),
    )
    weight = np.where(firm_i | firm_j, m.params.world.scale, 1.0)
    cost_i, cost_j = (
        m.partnership_cost(kind, firm_i, weight),
        m.partnership_cost(kind, firm_j, weight),
    )
    # what each side expects to pay itself, after tax incentives and grants
    pay_i = m.effects.relieved_cost(i, kind, cost_i)
    pay_j = m.effects.relieved_cost(j, kind, cost_j)
    committed = _committed_costs(m)
    yes = _side_accepts(m, i, gain, pay_i, committed, free) & _side_accepts(
        m, j, gain, pay_j, committed, free
    )
    yes = _within_means(m, i, j, yes, pay_i, pay_j, committed, free)
    needs_permit = np.isin(kind, m.permit_kinds)
    region_delay = m.regions.permit_delay_mean * m.effects.permit_delay_factor
    ri, rj = t.region[i], t.region[j]
    agreed = 1.0 - m.effects.agreement_permit_cut[ri, rj]
    mean_delay = np.maximum(region_delay[ri], region_delay[rj]) * agreed
    shape = b.permit_delay_shape
    draws = m.streams["permits"].gamma(shape, 1.0 / shape, len(i))
    delay = np.where(needs_permit, permits.permit_delay(mean_delay, draws), 0)
    waiting = yes & needs_permit
    m.monthly.permit_delays = delay[waiting]
    m.monthly.permit_regions = t.region[i[waiting]]
    rows = yes
    m.ledger.propose(
        m.month,
        a=i[rows],
        b=j[rows],
        kind=kind[rows],
        trust_a=trust_i[rows],
        trust_b=trust_j[rows],
        cost_a=cost_i[rows],
        cost_b=cost_j[rows],
        permit_wait=delay[rows],
        term_end=m.month + delay[rows] + term[rows],
        culture_distance=distance[rows],
        weight=weight[rows],
    )


def _remembered_trust(
    m: "PartnershipModel", own: np.ndarray, other: np.ndarray, kind: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Trust each side starts with: what it remembers of a previous partner, else by kind."""
    remembered = m.ledger.memory.recall(own, other)
    known = ~np.isnan(remembered)
    return np.where(known, remembered, m.initial_trust[kind]), known


def _committed_costs(m: "PartnershipModel") -> np.ndarray:
    """What each actor pays per month for its open partnerships, after relief."""
    led = m.ledger
    rows = led.open_rows()
    a, b, kind = led.a[rows], led.b[rows], led.kind[rows]
    pay_a = m.effects.relieved_cost(a, kind, led.cost_a[rows])
    pay_b = m.effects.relieved_cost(b, kind, led.cost_b[rows])
    return sum_by_actor(m.actors.n, a, b, pay_a, pay_b)


def _side_accepts(
    m: "PartnershipModel",
    side: np.ndarray,
    gain: np.ndarray,
    cost: np.ndarray,
    committed: np.ndarray,
    free: np.ndarray,
) -> np.ndarray:
    t = m.actors
    return matching.accepts(
        t.actor_kind[side] == ActorKind.agency,
        gain,
        cost,
        t.cash[side],
        committed[side],
        m.params.barriers.cash_cover_months,
        free[side],
    )


def _within_means(
    m: "PartnershipModel",
    i: np.ndarray,
    j: np.ndarray,
    accepted: np.ndarray,
    cost_i: np.ndarray,
    cost_j: np.ndarray,
    committed: np.ndarray,
    free: np.ndarray,
) -> np.ndarray:
    """Keep this month's accepted pairs, in order, while each actor can take them.

    An actor stops at its free capacity and at the cash that covers all its partnership
    costs for `cash_cover_months`.
    """
    ends = np.column_stack([i, j]).ravel()
    held = np.repeat(accepted, 2)
    cost = np.column_stack([cost_i, cost_j]).ravel() * held
    count_so_far = matching.running_total(np.where(held, ends, -1), held.astype(float))
    cost_so_far = matching.running_total(np.where(held, ends, -1), cost)
    cover = m.params.barriers.cash_cover_months
    ok = (count_so_far <= free[ends]) & (
        m.actors.cash[ends] >= cover * (committed[ends] + cost_so_far)
    )
    return accepted & ok.reshape(-1, 2).all(axis=1)
