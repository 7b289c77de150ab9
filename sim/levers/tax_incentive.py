"""Tax incentive: the government bears the IKM's final turnover tax (PPh final DTP).

IKM pay a final income tax of 0.5 % of gross turnover up to Rp 4.8 miliar a year (PP 23/2018,
kept by PP 55/2022); an individual's first Rp 500 juta of turnover a year is not taxed (UU
HPP 7/2021, PP 55/2022). In 2020-2021 the government bore that tax for UMKM (PPh final
ditanggung pemerintah, PMK 44/2020, 86/2020, 9/2021). The lever does the same: each
month it pays each targeted IKM the final tax on its turnover (intensity = the share borne).
Most IKM turn over less than Rp 500 juta a year and gain nothing: that is the instrument.
"""

from typing import TYPE_CHECKING, override

import numpy as np

from sim.levers.base import LeverInForce
from sim.levers.declaration import Lever
from sim.params.base import param

if TYPE_CHECKING:
    from sim.world.state import World


class TaxIncentive(Lever):
    """The final turnover tax of the targeted IKM, borne by the government (share = intensity)."""

    name = "tax_incentive"
    label = {"en": "Tax relief (PPh final)", "id": "Insentif pajak (PPh final DTP)"}
    tip = {
        "en": "The government pays the IKM's 0.5% final tax on turnover above Rp 500 juta "
        "a year (PPh final borne by the government).",
        "id": "Pemerintah menanggung PPh final 0,5% atas omzet IKM di atas Rp 500 juta "
        "setahun (PPh final DTP).",
    }
    evidence = "assumed"
    evidence_note = (
        "no trial evidence of a turnover-tax holiday's effect on IKM; the size is the tax"
    )
    cost_basis = "transfer"

    final_tax_rate: float = param(
        0.005,
        "fraction of turnover",
        "Final income tax on an IKM's gross turnover.",
        ge=0.0,
        le=1.0,
        source="PP 23/2018 (0.5%), kept by PP 55/2022",
    )
    tax_free_turnover: float = param(
        500e6,
        "rupiah per year",
        "Turnover a year on which an individual IKM owner pays no final tax.",
        ge=0.0,
        source="UU 7/2021 (HPP) and PP 55/2022: individual UMKM under Rp 500 juta pay none",
    )
    turnover_ceiling: float = param(
        4.8e9,
        "rupiah per year",
        "Turnover above which a firm leaves the final-tax regime (no relief).",
        ge=0.0,
        source="PP 23/2018: the final tax applies up to Rp 4.8 miliar of turnover a year",
    )
    turnover_per_value_added: float = param(
        2.5,
        "rupiah of turnover per rupiah of value added",
        "Gross turnover of an IKM per unit of its value added (inputs bought are the rest).",
        ge=1.0,
        source="assumption: value added about 40% of IKM output, the order of BPS IMK "
        "input-output ratios",
    )

    @override
    def in_force(self, world: "World") -> "TaxIncentiveInForce":
        return TaxIncentiveInForce(self, world)


def final_tax(
    turnover_per_year: np.ndarray, rate: float, tax_free: float, ceiling: float
) -> np.ndarray:
    """Final tax a year on turnover: `rate` of what exceeds `tax_free`, none above `ceiling`."""
    taxed = np.maximum(turnover_per_year - tax_free, 0.0)
    return np.where(turnover_per_year <= ceiling, rate * taxed, 0.0)


class TaxIncentiveInForce(LeverInForce[TaxIncentive]):
    """Pays each targeted IKM this month's final tax (times intensity), within the budget."""

    @override
    def apply(self, m: "World") -> None:
        t, s = m.actors, self.spec
        rows = self.targeted(m)
        rows = rows[~t.large[rows]]
        turnover = 12.0 * np.maximum(t.value_added[rows], 0.0) * s.turnover_per_value_added
        monthly = (
            final_tax(turnover, s.final_tax_rate, s.tax_free_turnover, s.turnover_ceiling) / 12
        )
        real = m.real_units(rows)
        f = self.affordable(float((s.intensity * monthly * real).sum()))
        paid = f * s.intensity * monthly
        t.cash[rows] += paid
        self.spend(m, t.region[rows], paid * real)
