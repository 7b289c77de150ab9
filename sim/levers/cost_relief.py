"""Paying part of the firms' partnership costs (the grant's matching part)."""

from typing import TYPE_CHECKING

import numpy as np

from sim.core.kinds import ActorKind, State
from sim.mechanisms.cooperation import sum_by_actor

if TYPE_CHECKING:
    from sim.world.state import World


def firm_costs_by_actor(m: "World", kinds: np.ndarray) -> np.ndarray:
    """Monthly partnership costs each firm carries in active partnerships of these kinds."""
    led, t = m.ledger, m.actors
    rows = led.rows_in(State.active)
    rows = rows[np.isin(led.kind[rows], kinds)]
    a, b = led.a[rows], led.b[rows]
    firm_a, firm_b = t.actor_kind[a] == ActorKind.firm, t.actor_kind[b] == ActorKind.firm
    return sum_by_actor(t.n, a, b, led.cost_a[rows] * firm_a, led.cost_b[rows] * firm_b)


def new_partnerships_by_actor(m: "World", kinds: np.ndarray) -> np.ndarray:
    """Real partnerships of these kinds each actor row started last month (both sides)."""
    led = m.ledger
    new = np.flatnonzero(led.start_month[: led.n] == m.month - 1)
    new = new[np.isin(led.kind[new], kinds)]
    sides = np.concatenate([led.a[new], led.b[new]])
    real = np.concatenate([led.weight[new], led.weight[new]]) / m.actors.weight[sides]
    return np.bincount(sides, weights=real, minlength=m.actors.n)
