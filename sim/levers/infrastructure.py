"""Infrastructure: roads, internet and logistics close part of the region's gap each year."""

from typing import TYPE_CHECKING, override

import numpy as np

from sim.levers.base import PerRegionLever
from sim.levers.declaration import Lever
from sim.params.base import param

if TYPE_CHECKING:
    from sim.world.state import World


class Infrastructure(Lever):
    """Roads, internet and logistics: raises the region's infrastructure index over time."""

    name = "infrastructure"
    label = {"en": "Infrastructure", "id": "Infrastruktur"}
    tip = {
        "en": "Roads, internet and logistics improve over time.",
        "id": "Jalan, internet dan logistik membaik dari waktu ke waktu.",
    }
    evidence = "assumed"
    evidence_note = "no trial evidence on IKM; gain and cost assumed"
    cost_basis = "assumed"

    gain_per_year: float = param(
        0.05,
        "index per year",
        "Infrastructure gained per year of the gap to 1.",
        ge=0.0,
        le=1.0,
        source="assumption: a programme closes 5% of the infrastructure gap a year",
    )
    cost_per_year: float = param(
        200e9,
        "rupiah per year per region",
        "Capital spending.",
        ge=0.0,
        source="assumption: order of a kabupaten's road and network capital spending",
    )

    @override
    def in_force(self, world: "World") -> "InfrastructureInForce":
        return InfrastructureInForce(self, world)


class InfrastructureInForce(PerRegionLever[Infrastructure]):
    """The region's infrastructure index closes `gain_per_year` of its gap to 1 each year."""

    @override
    def monthly_cost(self) -> float:
        return float(self.spec.cost_per_year) / 12.0

    @override
    def change(self, m: "World", regions: np.ndarray, strength: float) -> None:
        infra = m.regions.infrastructure
        infra[regions] += strength * self.spec.gain_per_year / 12.0 * (1.0 - infra[regions])
