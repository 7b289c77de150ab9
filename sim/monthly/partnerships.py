"""Steps 3-5 of a month: permits, cooperation, dissolution."""

import numpy as np

from sim.barriers import budget, bureaucracy
from sim.barriers.trust import success_probability, update_trust
from sim.kinds import ActorKind, EndReason, State
from sim.mechanisms import cooperation as rules
from sim.mechanisms import dissolution
from sim.state import World


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
    """Each active partnership has a month that succeeds or fails; both sides pay; trust moves."""
    led, t, b, s = w.ledger, w.actors, w.params.barriers, w.params.search
    rows = led.rows_in(State.active)
    a, c = led.a[rows], led.b[rows]
    distance = led.culture_distance[rows]
    p = success_probability(
        led.trust_a[rows],
        led.trust_b[rows],
        distance,
        b.coordination,
        b.culture_weight,
        b.trust_independent_success,
    )
    ok = w.draws.uniforms("cooperation", w.month, led.key[rows]) < p
    led.trust_a[rows] = update_trust(led.trust_a[rows], ok, b.trust_learning_rate)
    led.trust_b[rows] = update_trust(led.trust_b[rows], ok, b.trust_learning_rate)

    firm_a, firm_c = t.actor_kind[a] == ActorKind.firm, t.actor_kind[c] == ActorKind.firm
    base = rules.base_value(firm_a, firm_c, t.value_added[a], t.value_added[c])
    gain = rules.monthly_benefit(
        ok, w.benefit_rate[led.kind[rows]], base, distance, b.culture_weight
    )
    gain_a, gain_c = np.where(firm_a, gain, 0.0), np.where(firm_c, gain, 0.0)
    cost_a, cost_c = led.cost_a[rows], led.cost_b[rows]
    t.cash[: t.n] += rules.sum_by_actor(t.n, a, c, gain_a - cost_a, gain_c - cost_c)
    losing = (firm_a & (gain_a < cost_a)) | (firm_c & (gain_c < cost_c))
    led.loss_months[rows] = np.where(losing, led.loss_months[rows] + 1, 0)
    led.benefit[rows] += gain_a + gain_c

    firms = t.actor_kind[: t.n] == ActorKind.firm
    for name, rate in (
        ("productivity", s.knowledge_transfer_rate),
        ("market_reach", s.reach_transfer_rate),
    ):
        col = getattr(t, name)
        up = rules.sum_by_actor(
            t.n,
            a,
            c,
            rules.catch_up(col[a], col[c], ok, rate),
            rules.catch_up(col[c], col[a], ok, rate),
        )
        col[: t.n] += np.where(firms, up, 0.0)
    reach, home = t.market_reach[: t.n], t.home_reach[: t.n]
    reach -= s.reach_decay * np.maximum(reach - home, 0.0)  # borrowed reach needs upkeep
    # export reach needs a certification
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
    dropped = budget.unaffordable(holder, cost, own_trust, t.cash)
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
    )
    ending = reason != EndReason.none
    led.end(rows[ending], w.month, reason[ending])
