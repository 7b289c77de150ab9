"""How well a pair communicates and coordinates this month.

Read by the search (step 2: the expected success of a new pair) and by cooperation (step 4:
a month's outcome), so it belongs to neither.
"""

import numpy as np

from sim.barriers.coordination import coordination
from sim.core.kinds import ActorKind, State
from sim.world.state import World


def pair_coordination(
    w: World, a: np.ndarray, c: np.ndarray, months_together: np.ndarray
) -> np.ndarray:
    """Chance each pair's communication and coordination go right this month.

    Forums raise it for their participants; an agency that partners other agencies brings
    better coordination to the firms it serves.
    """
    t, led = w.actors, w.ledger
    rows = led.rows_in(State.active)
    agency = t.actor_kind[: t.n] == ActorKind.agency
    both = rows[agency[led.a[rows]] & agency[led.b[rows]]]
    networked = np.zeros(t.n, dtype=bool)
    networked[led.a[both]] = networked[led.b[both]] = True
    e = w.effects
    boost = np.maximum(e.coordination_boost[a], e.coordination_boost[c]) + np.where(
        networked[a] | networked[c], w.params.barriers.coordination_interagency, 0.0
    )
    return coordination(w.params.barriers, t.digital[a], t.digital[c], months_together, boost)
