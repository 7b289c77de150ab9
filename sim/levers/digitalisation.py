"""Digitalisation: platform support each month; adoption and market reach close their gaps."""

from typing import TYPE_CHECKING, override

import numpy as np

from sim.levers.base import LeverInForce
from sim.levers.declaration import Lever
from sim.params.base import param

if TYPE_CHECKING:
    from sim.world.state import World


class Digitalisation(Lever):
    """Digital platforms and e-commerce: adoption, search reach and market reach."""

    name = "digitalisation"
    label = {"en": "Digitalisation", "id": "Digitalisasi"}
    tip = {
        "en": "Marketplaces and digital payment: wider search and wider markets.",
        "id": "Lokapasar dan pembayaran digital: pencarian mitra dan pasar makin luas.",
    }
    evidence = "assumed"
    evidence_note = (
        "no trial evidence of its size: supply-side e-commerce training did not raise "
        "adoption in Georgia (Coville, Osman & Piza); Indonesian studies are observational"
    )
    cost_basis = "sourced"

    adoption_per_year: float = param(
        0.2,
        "share of the gap per year",
        "Digital adoption gained.",
        ge=0.0,
        le=1.0,
        source="seed 003: digitalisation programmes for Lebak IKM; rate assumed, no trial evidence",
    )
    reach_gain_per_year: float = param(
        0.02,
        "share of the gap per year",
        "Market reach gained (kept: online sales are the firm's own reach).",
        ge=0.0,
        le=1.0,
        source="seed 003: marketplaces widen markets; rate assumed, no trial evidence",
    )
    cost_per_firm_year: float = param(
        3e6,
        "rupiah per firm per year",
        "Support: workshops, onboarding onto marketplaces, photographs and catalogues.",
        ge=0.0,
        source="Kemenperin's e-Smart IKM: Rp 4.5 miliar for about 1,400 IKM in 2017 and Rp 15 "
        "miliar planned for 5,000 in 2018, about Rp 3 juta per IKM a year (Kontan 23 Oct 2017)",
    )

    @override
    def in_force(self, world: "World") -> "DigitalisationInForce":
        return DigitalisationInForce(self, world)


class DigitalisationInForce(LeverInForce[Digitalisation]):
    """Paid per targeted firm and month; adoption and reach close part of their gaps."""

    @override
    def apply(self, m: "World") -> None:
        t, s = m.actors, self.spec
        rows = self.targeted(m)
        cost = s.cost_per_firm_year / 12.0 * m.real_units(rows)
        f = self.affordable(float(cost.sum() * s.intensity))
        month_share = f * s.intensity / 12.0
        t.digital[rows] += month_share * s.adoption_per_year * (1.0 - t.digital[rows])
        cap = np.where(t.certified[rows], 1.0, m.params.barriers.uncertified_reach_cap)
        for column in (t.home_reach, t.market_reach):  # online sales are the firm's own reach
            reach = column[rows]
            reach += month_share * s.reach_gain_per_year * (1.0 - reach)
            column[rows] = np.maximum(column[rows], np.minimum(reach, cap))
        self.spend(m, t.region[rows], f * s.intensity * cost)
