"""Levers that lower barriers directly: permit reform, business forums, agreements."""

from typing import Any, override

import numpy as np

from sim.levers.base import LeverInForce, PerRegionLever, named_indexes
from sim.state import World


class PermitReformLever(PerRegionLever):
    """Cuts the mean permit delay of the targeted regions by `intensity`."""

    name = "permit_reform"

    @override
    def monthly_cost(self) -> float:
        return float(self.spec.cost_per_month)

    @override
    def change(self, m: World, regions: np.ndarray, strength: float) -> None:
        m.effects.permit_delay_factor[regions] *= 1.0 - strength


class BusinessForumLever(LeverInForce):
    """Participants search more often and meet candidates farther away."""

    name = "business_forum"

    @override
    def apply(self, m: World) -> None:
        rows = self.targeted(m)
        cost = m.real_units(rows) * self.spec.cost_per_participant * self.spec.intensity
        f = self.affordable(float(cost.sum()))
        m.effects.search_boost[rows] += f * self.spec.intensity * self.spec.extra_search
        m.effects.reach_boost[rows] += f * self.spec.intensity * self.spec.extra_reach
        m.effects.coordination_boost[rows] += f * self.spec.intensity * self.spec.extra_coordination
        self.spend(m, m.actors.region[rows], f * cost)


class InterregionalAgreementLever(LeverInForce):
    """Firms and agencies of two paired regions can meet with chance `intensity`."""

    name = "interregional_agreement"

    def __init__(self, spec: Any, world: World) -> None:
        super().__init__(spec, world)
        ends = [name for pair in spec.pairs for name in pair]
        self.pairs = named_indexes(world.regions.name, tuple(ends), "pairs").reshape(-1, 2)

    @override
    def apply(self, m: World) -> None:
        a, b = self.pairs[:, 0], self.pairs[:, 1]
        cost = self.spec.cost_per_month * self.spec.intensity
        f = self.affordable(cost * len(self.pairs))
        strength = f * self.spec.intensity
        e = m.effects
        for matrix, value in (
            (e.agreement, strength),
            (e.agreement_search, strength * self.spec.search_share),
            (e.agreement_permit_cut, strength * self.spec.permit_cut),
        ):
            matrix[a, b] = np.maximum(matrix[a, b], value)
            matrix[b, a] = np.maximum(matrix[b, a], value)
        half = np.full(len(a), f * cost / 2.0)
        self.spend(m, np.concatenate([a, b]), np.concatenate([half, half]))
