"""Levers that build capabilities over time.

Infrastructure, training, digitalisation and certification; their effects last after the
lever ends.
"""

from typing import override

import numpy as np

from sim.levers.base import LeverInForce, PerRegionLever
from sim.state import World


class InfrastructureLever(PerRegionLever):
    """The region's infrastructure index closes `gain_per_year` of its gap to 1 each year."""

    name = "infrastructure"

    @override
    def monthly_cost(self) -> float:
        return float(self.spec.cost_per_year) / 12.0

    @override
    def change(self, m: World, regions: np.ndarray, strength: float) -> None:
        infra = m.regions.infrastructure
        infra[regions] += strength * self.spec.gain_per_year / 12.0 * (1.0 - infra[regions])


class PerFirmLever(LeverInForce):
    """A programme paid per targeted firm and month; `improve` says what it does."""

    @override
    def apply(self, m: World) -> None:
        rows = self.targeted(m)
        cost = self.spec.cost_per_firm_year / 12.0 * m.real_units(rows)
        f = self.affordable(float(cost.sum() * self.spec.intensity))
        self.improve(m, rows, f * self.spec.intensity / 12.0)
        self.spend(m, m.actors.region[rows], f * self.spec.intensity * cost)

    def improve(self, m: World, rows: np.ndarray, month_share: float) -> None:
        """Change the firms; `month_share` is intensity x affordable share / 12."""
        raise NotImplementedError  # pragma: no cover


class TrainingLever(PerFirmLever):
    """Culture moves toward the region's shared profile; productivity grows."""

    name = "training"

    @override
    def improve(self, m: World, rows: np.ndarray, month_share: float) -> None:
        t = m.actors
        profile = m.regions.culture[t.region[rows]]
        t.culture[rows] += (
            month_share * self.spec.culture_convergence_per_year * (profile - t.culture[rows])
        )
        t.productivity[rows] *= 1.0 + month_share * self.spec.productivity_gain_per_year


class DigitalisationLever(PerFirmLever):
    """Digital adoption and market reach close part of their gap to 1."""

    name = "digitalisation"

    @override
    def improve(self, m: World, rows: np.ndarray, month_share: float) -> None:
        t = m.actors
        t.digital[rows] += month_share * self.spec.adoption_per_year * (1.0 - t.digital[rows])
        cap = np.where(t.certified[rows], 1.0, m.params.barriers.uncertified_reach_cap)
        for column in (t.home_reach, t.market_reach):  # online sales are the firm's own reach
            reach = column[rows]
            reach += month_share * self.spec.reach_gain_per_year * (1.0 - reach)
            column[rows] = np.maximum(column[rows], np.minimum(reach, cap))


class CertificationLever(LeverInForce):
    """Each month some uncertified firms get certified: better quality, eligibility."""

    name = "certification"

    @override
    def apply(self, m: World) -> None:
        t = m.actors
        rows = self.targeted(m)
        rows = rows[~t.certified[rows]]
        u = m.draws.uniforms("policy", m.month, t.key[rows])
        chance = self.spec.intensity * self.spec.certified_per_year / 12.0
        ready = rows[u < chance][np.argsort(u[u < chance], kind="stable")]
        each = m.real_units(ready) * self.spec.cost_per_certificate
        if self.spec.budget is not None:  # no more certificates than it can pay
            ready = ready[np.cumsum(each) <= self.spec.budget - self.spent]
        chosen = np.sort(ready)
        t.certified[chosen] = True
        t.quality[chosen] += self.spec.quality_gain * (1.0 - t.quality[chosen])
        self.spend(m, t.region[chosen], m.real_units(chosen) * self.spec.cost_per_certificate)
