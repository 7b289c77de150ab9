"""One-off programmes offered to firms: who takes them up, in what order the budget allows."""

from typing import TYPE_CHECKING

import numpy as np

from sim.levers.base import LeverInForce, grown_to
from sim.levers.declaration import Lever

if TYPE_CHECKING:
    from sim.world.state import World


class OneOffLever[S: Lever](LeverInForce[S]):
    """Each offered firm decides once (a keyed draw) whether it takes the programme up.

    Firms that take it up get it in the first month they are offered it while the lever is
    in force (the cohort at its start, entrants later), once, in the order of their draw
    until the budget is spent. `take_up` and `cost_per_firm` are the lever's; `receive` says
    what the programme does to the firms.
    """

    def __init__(self, spec: S, world: "World") -> None:
        super().__init__(spec, world)
        self.done = np.zeros(0, dtype=bool)  # by actor row: already had the programme

    def take_up(self) -> float:
        """Share of the offered firms that take the programme up (x intensity)."""
        raise NotImplementedError  # pragma: no cover

    def cost_per_firm(self) -> float:
        """Rupiah per real firm that takes it up."""
        raise NotImplementedError  # pragma: no cover

    def receive(self, m: "World", rows: np.ndarray) -> None:
        """What the programme does to the firms that take it up this month."""
        raise NotImplementedError  # pragma: no cover

    def apply(self, m: "World") -> None:
        """This month's newly offered firms that take it up, within the budget."""
        t = m.actors
        self.done = grown_to(self.done, t.n)
        rows = self.targeted(m)
        rows = rows[~self.done[rows]]
        self.done[rows] = True  # offered once: a firm that declines is not asked again
        u = m.draws.uniforms("take_up", self.draw_slot, t.key[rows])
        chance = self.take_up() * self.spec.intensity
        takers = rows[u < chance][np.argsort(u[u < chance], kind="stable")]
        each = m.real_units(takers) * self.cost_per_firm()
        takers = np.sort(self.within_budget(takers, each))  # no more firms than it can pay for
        if len(takers):
            self.receive(m, takers)
            self.spend(m, t.region[takers], m.real_units(takers) * self.cost_per_firm())
