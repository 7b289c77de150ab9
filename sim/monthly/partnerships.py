"""Steps 3-5 of a month: permits, cooperation, dissolution."""

import numpy as np

from sim.barriers import budget, bureaucracy
from sim.barriers.trust import success_probability, update_trust
from sim.core.kinds import ActorKind, EndReason, Kind, State
from sim.mechanisms import cooperation as rules
from sim.mechanisms import dissolution
from sim.monthly.pair_coordination import pair_coordination
from sim.world.state import World


def process_permits(w: World) -> None:
    """Partnerships proposed in earlier months wait one more month; some are abandoned."""
    led = w.ledger
    rows = led.rows_in(State.proposed)
    rows = rows[led.proposed_month[rows] < w.month]
    u = w.draws.uniforms("permit_wait", w.month, led.key[rows])
    wait, granted, abandoned = bureaucracy.advance_permits(
        led.permit_wait[rows], u, w.params.barriers.permit_abandon_rate
    )
    led.permit_wait[rows] = wait
    led.end(rows[abandoned], w.month, EndReason.permit_abandoned)
    led.activate(rows[granted], w.month)


def cooperate(w: World) -> None:
    """Each active partnership has a month that succeeds or fails; both sides pay; trust moves.

    A good month brings each firm side orders (demand, produced and counted in value added
    in step 6), know-how and market reach toward the better partner, and, in a strategic
    partnership, a chance of a product upgrade; cluster partners share fixed costs while
    they last. Reach gained through partners is kept while a partnership is active.
    """
    led, t, b, s = w.ledger, w.actors, w.params.barriers, w.params.search
    _forget(w)
    rows = led.rows_in(State.active)
    a, c = led.a[rows], led.b[rows]
    distance = led.culture_distance[rows]
    p = success_probability(
        led.trust_a[rows],
        led.trust_b[rows],
        distance,
        pair_coordination(w, a, c, w.month - led.start_month[rows]),
        b.culture_weight,
        b.trust_independent_success,
    )
    u = w.draws.uniforms("cooperation", w.month, led.key[rows], 2)
    ok = u[:, 0] < p
    led.trust_a[rows] = update_trust(led.trust_a[rows], ok, b.trust_learning_rate)
    led.trust_b[rows] = update_trust(led.trust_b[rows], ok, b.trust_learning_rate)

    firm_a, firm_c = t.actor_kind[a] == ActorKind.firm, t.actor_kind[c] == ActorKind.firm
    base = rules.base_value(firm_a, firm_c, t.value_added[a], t.value_added[c])
    gain = rules.monthly_benefit(
        ok, w.benefit_rate[led.kind[rows]], base, distance, b.culture_weight
    )
    many_a, many_c = led.weight[rows] / t.weight[a], led.weight[rows] / t.weight[c]
    gain_a, gain_c = np.where(firm_a, gain * many_a, 0.0), np.where(firm_c, gain * many_c, 0.0)
    cost_a, cost_c = led.cost_a[rows], led.cost_b[rows]
    t.cash[: t.n] -= rules.sum_by_actor(t.n, a, c, cost_a, cost_c)
    t.partner_orders[: t.n] = rules.sum_by_actor(t.n, a, c, gain_a, gain_c)
    losing = (firm_a & (gain_a < cost_a)) | (firm_c & (gain_c < cost_c))
    led.loss_months[rows] = np.where(losing, led.loss_months[rows] + 1, 0)
    led.benefit[rows] += gain_a + gain_c
    cluster = (led.kind[rows] == Kind.cluster).astype(float)
    t.cluster_partners[: t.n] = rules.sum_by_actor(t.n, a, c, cluster * many_a, cluster * many_c)
    _learn(w, a, c, ok)
    _upgrade(w, a, c, ok & (led.kind[rows] == Kind.strategic) & (u[:, 1] < s.upgrade_chance))
    _keep_reach(w, a, c)


def _forget(w: World) -> None:
    """A month's share of the know-how learned from partners is lost (renewed by learning)."""
    t, rate = w.actors, w.params.search.knowledge_depreciation
    if rate == 0.0:
        return
    learned = np.flatnonzero(t.learned[: t.n] != 1.0)
    factor = rules.forgotten(t.learned[learned], rate)
    t.productivity[learned] *= factor
    t.learned[learned] *= factor


def _learn(w: World, a: np.ndarray, c: np.ndarray, ok: np.ndarray) -> None:
    """After a good month, the weaker side's know-how and reach move toward the stronger's."""
    t, s = w.actors, w.params.search
    firms = t.actor_kind[: t.n] == ActorKind.firm

    def lessons(col: np.ndarray, rate: float) -> np.ndarray:
        gain_a = rules.catch_up(col[a], col[c], ok, rate)
        gain_c = rules.catch_up(col[c], col[a], ok, rate)
        return np.where(firms, rules.sum_by_actor(t.n, a, c, gain_a, gain_c), 0.0)

    own = t.productivity[: t.n]
    factor = rules.absorbed(
        own,
        lessons(t.productivity, s.knowledge_transfer_rate),
        t.learned[: t.n],
        s.learning_ceiling,
    )
    t.productivity[: t.n] *= factor
    t.learned[: t.n] *= factor
    t.market_reach[: t.n] += lessons(t.market_reach, s.reach_transfer_rate)


def _upgrade(w: World, a: np.ndarray, c: np.ndarray, upgraded: np.ndarray) -> None:
    """A product upgrade for the IKM side of a strategic partnership (quality, know-how)."""
    t, s = w.actors, w.params.search
    for side in (a[upgraded], c[upgraded]):
        ikm = side[(t.actor_kind[side] == ActorKind.firm) & ~t.large[side]]
        step = rules.upgrade(t.quality[ikm], s.upgrade_step)
        t.quality[ikm] += step
        t.productivity[ikm] *= 1.0 + s.upgrade_know_how * step


def _keep_reach(w: World, a: np.ndarray, c: np.ndarray) -> None:
    """Reach borrowed through partners lasts as far as active partners reach; the rest fades.

    Export reach needs a certification.
    """
    t, s = w.actors, w.params.search
    reach, home = t.market_reach[: t.n], t.home_reach[: t.n]
    sustained = home.copy()  # what the firm keeps: its own reach, or its widest partner's
    np.maximum.at(sustained, a, reach[c])
    np.maximum.at(sustained, c, reach[a])
    reach -= s.reach_decay * np.maximum(reach - sustained, 0.0)
    cap = np.where(t.certified[: t.n], 1.0, w.params.barriers.uncertified_reach_cap)
    t.market_reach[: t.n] = np.clip(reach, 0.0, cap)


def dissolve(w: World) -> None:
    """End partnerships a side cannot pay, then those with low trust, losses or a past term."""
    led, t, b = w.ledger, w.actors, w.params.barriers
    rows = led.rows_in(State.active)
    holder = np.concatenate([led.a[rows], led.b[rows]])
    kind = np.concatenate([led.kind[rows], led.kind[rows]])
    cost = w.effects.relieved_cost(
        holder, kind, np.concatenate([led.cost_a[rows], led.cost_b[rows]])
    )
    own_trust = np.concatenate([led.trust_a[rows], led.trust_b[rows]])
    dropped = budget.unaffordable(holder, cost, own_trust, t.cash[: t.n] + w.credit())
    cannot_pay = np.unique(np.concatenate([rows, rows])[dropped])
    led.end(cannot_pay, w.month, EndReason.budget)
    rows = led.rows_in(State.active)
    reason = dissolution.end_reasons(
        led.trust_a[rows],
        led.trust_b[rows],
        b.trust_threshold,
        led.loss_months[rows],
        b.unprofitable_patience,
        led.term_end[rows],
        w.month,
        w.month - led.start_month[rows],
        b.trust_grace_months,
    )
    ending = reason != EndReason.none
    led.end(rows[ending], w.month, reason[ending])
    _learn_to_partner(w, rows[reason == EndReason.term_end])


def _learn_to_partner(w: World, completed: np.ndarray) -> None:
    """Firms that ran partnerships to their term can hold more (experience)."""
    f = w.params.firms
    t, per, most = w.actors, f.completed_per_extra_capacity, f.max_extra_capacity
    sides = np.concatenate([w.ledger.a[completed], w.ledger.b[completed]])
    sides = sides[t.actor_kind[sides] == ActorKind.firm]
    before = np.minimum(t.completed[: t.n] // per, most)
    t.completed[: t.n] += np.bincount(sides, minlength=t.n).astype(np.int32)
    after = np.minimum(t.completed[: t.n] // per, most)
    t.capacity[: t.n] += (after - before).astype(np.int32)
