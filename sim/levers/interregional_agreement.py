"""Inter-regional agreements (kerja sama antardaerah): firms of paired regions can meet."""

from typing import TYPE_CHECKING, override

import numpy as np
from pydantic import Field

from sim.levers.base import LeverInForce, named_indexes
from sim.levers.declaration import Lever
from sim.params.base import param

if TYPE_CHECKING:
    from sim.world.state import World


class InterregionalAgreement(Lever):
    """Kerja sama antar daerah: firms of the paired regions can meet (chance = intensity)."""

    name = "interregional_agreement"
    label = {"en": "Inter-regional agreement", "id": "Kerja sama antardaerah"}
    tip = {
        "en": "Two regions agree to work together: their firms meet, and cross-border "
        "permits are quicker.",
        "id": "Dua daerah sepakat bekerja sama: usahanya saling bertemu, dan izin lintas "
        "daerah lebih cepat.",
    }
    evidence = "assumed"
    evidence_note = "no trial evidence; seed 001 (OKU) describes the agreements, sizes assumed"
    cost_basis = "assumed"

    pairs: tuple[tuple[str, str], ...] = Field(
        ...,
        min_length=1,
        description="Pairs of region names, e.g. [[OKU, OKU Timur]].",
        json_schema_extra={
            "unit": "region names",
            "source": "setting: the regions that signed the agreement (seed 001: OKU)",
        },
    )
    search_share: float = param(
        0.3,
        "fraction",
        "Chance a searcher's local candidate comes with one more from the partner region.",
        ge=0.0,
        le=1.0,
        source="seed 001: OKU's agreements redirect part of the search; share assumed",
    )
    permit_cut: float = param(
        0.5,
        "fraction",
        "Cut of the permit delay of partnerships across the pair.",
        ge=0,
        le=1,
        source="seed 001: agreements streamline cross-border procedures; size assumed",
    )
    cost_per_month: float = param(
        50e6,
        "rupiah per month per pair",
        "Secretariat and meetings.",
        ge=0.0,
        source="assumption: secretariat and meetings of a joint agreement",
    )

    @override
    def in_force(self, world: "World") -> "InterregionalAgreementInForce":
        return InterregionalAgreementInForce(self, world)


class InterregionalAgreementInForce(LeverInForce[InterregionalAgreement]):
    """Firms and agencies of two paired regions can meet with chance `intensity`."""

    def __init__(self, spec: InterregionalAgreement, world: "World") -> None:
        super().__init__(spec, world)
        ends = [name for pair in spec.pairs for name in pair]
        self.pairs = named_indexes(world.regions.name, tuple(ends), "pairs").reshape(-1, 2)

    @override
    def apply(self, m: "World") -> None:
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
