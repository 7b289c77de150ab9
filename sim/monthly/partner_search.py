"""Step 2 of a month: search for candidates, score them, accept mutually, propose."""

import numpy as np

from sim.barriers import budget, bureaucracy
from sim.barriers.culture import culture_distance
from sim.barriers.trust import success_probability
from sim.core.kinds import NO_KIND, ActorKind
from sim.infra.randomness import exponential, gamma_unit_mean, pair_keys, slot_keys
from sim.mechanisms import matching
from sim.mechanisms import search as rules
from sim.mechanisms.cooperation import base_value, sum_by_actor
from sim.monthly.pair_coordination import pair_coordination
from sim.world.state import Proposals, World

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


def draw_candidates(
    w: World, owners: np.ndarray, u: np.ndarray
) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray]]:
    """One candidate per slot from memory, the network, the region or anywhere; -1 if none.

    Under an inter-regional agreement a local slot may also bring a candidate from the
    partner region, on top: returned as (slots, their extra candidates).
    """
    s, t = w.params.search, w.actors
    source = rules.candidate_sources(u[0], s.memory_share, s.network_share, s.local_share)
    picked = np.full(len(owners), -1, dtype=np.int64)
    mem = source == rules.MEMORY
    memory = w.ledger.memory
    start, stop = memory.lists(owners[mem])
    picked[mem] = rules.pick_from_ranges(start, stop, memory.partners(), u[1][mem])
    net = source == rules.NETWORK
    indptr, partners = w.ledger.active_adjacency(t.n)
    first = rules.pick_from_lists(indptr, partners, owners[net], u[1][net])
    second = rules.pick_from_lists(indptr, partners, np.maximum(first, 0), u[2][net])
    picked[net] = np.where(first >= 0, second, -1)
    local = (source == rules.LOCAL) | (picked < 0) & (source != rules.RANDOM)
    region_ptr, region_members = w.alive_by_region()
    home = t.region[owners[local]]
    picked[local] = rules.pick_from_lists(region_ptr, region_members, home, u[2][local])
    agreement = w.effects.agreement_search  # (regions, regions): per region, not per slot
    partner_region = np.argmax(agreement, axis=1)
    partner = partner_region[home]
    strength = agreement[np.arange(len(agreement)), partner_region][home]
    across = u[3][local] < strength
    within = np.where(across, u[3][local] / np.maximum(strength, 1e-300), 0.0)
    extra_slots = np.flatnonzero(local)[across]
    extra = rules.pick_from_lists(region_ptr, region_members, partner[across], within[across])
    far = source == rules.RANDOM
    # a stranger: a region by its share of the actors at the start (less if it lies in
    # another province), then anyone alive there
    weights = rules.stranger_region_weights(
        w.actors_at_start, w.regions.province, s.other_province_weight
    )
    province = w.regions.province[t.region[owners[far]]]
    region, within = rules.pick_weighted_by_group(weights, province, u[2][far])
    picked[far] = rules.pick_from_lists(region_ptr, region_members, region, within)
    far = np.flatnonzero(far)[picked[far] >= 0]
    ro, rc = t.region[owners[far]], t.region[picked[far]]
    reached = rules.within_reach(
        ro == rc,
        u[3][far],
        s.reach_base,
        s.reach_digital,
        t.digital[owners[far]],
        s.reach_infrastructure,
        w.regions.infrastructure[ro],
        w.effects.reach_boost[owners[far]],
        w.effects.agreement[ro, rc],
    )
    picked[far[~reached]] = -1
    return picked, (extra_slots, extra)


def _valid_pairs(w: World, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Drop missing or exited candidates, repeats, and pairs already partnered."""
    ok = j >= 0
    ok[ok] &= w.actors.alive[j[ok]]
    open_rows = w.ledger.open_rows()
    taken_a, taken_b = w.ledger.a[open_rows], w.ledger.b[open_rows]
    return ok & rules.unique_pairs(i, np.where(ok, j, i), taken_a, taken_b)


def _propose_accepted(
    w: World, i: np.ndarray, j: np.ndarray, kind: np.ndarray, slot: np.ndarray, free: np.ndarray
) -> Proposals:
    t, b = w.actors, w.params.barriers
    pair = slot_keys(t.key[i], slot)  # the searcher's c-th candidate slot
    u = w.draws.uniforms("matching", w.month, pair, 2)
    interest_cut = b.interest_divergence * u[:, 0]
    term = np.maximum(1, np.rint(exponential(b.mean_term, u[:, 1]))).astype(np.int32)
    trust_i, known_i = _remembered_trust(w, i, j, kind)
    trust_j, _ = _remembered_trust(w, j, i, kind)
    # rows of a 2-D column: np.take copies each row whole (seven times quicker than [i])
    distance = culture_distance(np.take(t.culture, i, axis=0), np.take(t.culture, j, axis=0))
    success = success_probability(
        trust_i,
        trust_j,
        distance,
        pair_coordination(w, i, j, np.zeros(len(i))),
        b.culture_weight,
        b.trust_independent_success,
    )
    fit = matching.complementarity(
        kind, t.productivity[i], t.productivity[j], t.workers[i], t.workers[j]
    )
    # each side's columns read once: a random read of a million-row column costs ~15 ns
    actor_i, actor_j = t.actor_kind[i], t.actor_kind[j]
    firm_i, firm_j = actor_i == ActorKind.firm, actor_j == ActorKind.firm
    base = base_value(firm_i, firm_j, t.value_added[i], t.value_added[j])
    gain = matching.expected_gain(
        w.benefit_rate[kind],
        base,
        fit,
        distance,
        b.culture_weight,
        interest_cut,
        success,
        np.where(known_i, w.params.search.previous_partner_bonus, 0.0),
    )
    # two IKM rows: `scale` real partnerships; with a large firm or an agency (one real actor)
    # one, which each of the IKM row's firms holds a share of
    weight_i, weight_j = t.weight[i], t.weight[j]
    weight = np.minimum(weight_i, weight_j)
    cost_i = w.partnership_cost(kind, firm_i, weight, weight_i)
    cost_j = w.partnership_cost(kind, firm_j, weight, weight_j)
    # what each side expects to pay itself, after tax incentives and grants
    pay_i = w.effects.relieved_cost(i, kind, cost_i)
    pay_j = w.effects.relieved_cost(j, kind, cost_j)
    committed = _committed_costs(w)
    means = w.actors.cash[: w.actors.n] + w.credit()  # cash and credit from bank partners
    many_i, many_j = weight / weight_i, weight / weight_j  # real partnerships each holds
    agency_i, agency_j = actor_i == ActorKind.agency, actor_j == ActorKind.agency
    yes = _side_accepts(w, i, agency_i, gain * many_i, pay_i, committed, free, means)
    asked = np.flatnonzero(yes)  # the candidate is asked only where the searcher says yes
    yes[asked] = _side_accepts(
        w,
        j[asked],
        agency_j[asked],
        gain[asked] * many_j[asked],
        pay_j[asked],
        committed,
        free,
        means,
    )
    yes = _within_means(w, i, j, weight, yes, pay_i, pay_j, committed, free, means)
    needs_permit = np.isin(kind, w.permit_kinds)
    waiting = yes & needs_permit  # only they draw a delay (the draw is the pair's own)
    region_delay = w.regions.permit_delay_mean * w.effects.permit_delay_factor
    ri, rj = t.region[i[waiting]], t.region[j[waiting]]
    agreed = 1.0 - w.effects.agreement_permit_cut[ri, rj]
    mean_delay = np.maximum(region_delay[ri], region_delay[rj]) * agreed
    spread = gamma_unit_mean(
        b.permit_delay_shape, w.draws.uniforms("permit_delay", w.month, pair[waiting])
    )
    delay = np.zeros(len(i), dtype=np.int32)
    delay[waiting] = bureaucracy.permit_delay(mean_delay, spread)
    rows = yes
    w.ledger.propose(
        w.month,
        key=pair_keys(t.key[i[rows]], t.key[j[rows]], w.month),
        a=i[rows],
        b=j[rows],
        kind=kind[rows],
        trust_a=trust_i[rows],
        trust_b=trust_j[rows],
        cost_a=cost_i[rows],
        cost_b=cost_j[rows],
        permit_wait=delay[rows],
        term_end=w.month + delay[rows] + term[rows],
        culture_distance=distance[rows],
        weight=weight[rows],
    )
    return Proposals(delay[waiting], ri)


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
