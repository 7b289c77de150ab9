"""Grants (hibah): a one-off grant to each firm that takes it up, and partnership co-finance.

The one-off grant goes into the equipment and stock the firm's workers lack (up to
`firms.capital_per_worker` each, the ceiling of the model's own investment rule); the rest
stays in its cash. What the capital returns is the model's own marginal product: about 10 % a
month where capital binds (capital share 0.3 x value added / capital), nothing where orders
bind. Its trial's return to capital (de Mel, McKenzie & Woodruff's 2008 estimate, the grant
instrumenting capital) is about 5 % a month, inside their 4.6-6.0 % in Sri Lanka, with no
employment gain (docs/levers.md).
The matching part co-finances `intensity` of the targeted firms' partnership costs and pays
each firm side of a new partnership once.
"""

from typing import TYPE_CHECKING, override

import numpy as np

from sim.levers.cost_relief import firm_costs_by_actor, new_partnerships_by_actor
from sim.levers.declaration import Lever
from sim.levers.offer import OneOffLever
from sim.mechanisms.production import capital_gap
from sim.params.base import param

if TYPE_CHECKING:
    from sim.world.state import World


class Grant(Lever):
    """A one-off grant per firm, plus co-finance of a share (intensity) of partnership costs."""

    name = "grant"
    label = {"en": "Grant", "id": "Hibah"}
    tip = {
        "en": "A one-off grant for equipment and stock, and a share of partnership costs "
        "co-financed with a payment for each new partnership.",
        "id": "Hibah sekali untuk peralatan dan bahan, serta sebagian biaya kemitraan "
        "dibiayai bersama, ditambah bantuan untuk setiap kemitraan baru.",
    }
    evidence = "evidence"
    evidence_note = (
        "de Mel, McKenzie & Woodruff (2008): return 5.7%/month, no employment gain; "
        "the partnership co-finance has no trial evidence"
    )
    cost_basis = "transfer"

    per_firm: float = param(
        3e6,
        "rupiah per firm",
        "One-off grant to each firm that takes it up: equipment and stock its workers lack, "
        "the rest cash.",
        ge=0.0,
        source="de Mel, McKenzie & Woodruff (2008): grants of US$100-200 (about Rp 1.5-3 juta)",
    )
    take_up: float = param(
        0.95,
        "fraction of offered firms",
        "Share of the offered firms that accept the grant (at intensity 1).",
        ge=0.0,
        le=1.0,
        source="assumption: nearly every firm accepts free money (in de Mel et al. 2008 "
        "almost all winners received it)",
    )
    per_partnership: float = param(
        5e6,
        "rupiah per new partnership",
        "One-off payment to each firm side of a new partnership (times intensity).",
        ge=0.0,
        source="assumption: Rp 5 juta per firm side, the order of a small IKM grant; "
        "no trial evidence",
    )
    cost_share: float = param(
        1.0,
        "fraction of partnership costs",
        "Share of the targeted firms' partnership costs co-financed at intensity 1.",
        ge=0.0,
        le=1.0,
        source="setting: intensity 0.5 pays half, as matching grants usually do (World Bank "
        "matching-grant projects, Campos et al. 2013); no trial evidence of their effect",
    )

    @override
    def in_force(self, world: "World") -> "GrantInForce":
        return GrantInForce(self, world)


class GrantInForce(OneOffLever[Grant]):
    """Pays the one-off grants, then this month's partnership co-finance."""

    @override
    def take_up(self) -> float:
        return self.spec.take_up

    @override
    def cost_per_firm(self) -> float:
        return self.spec.per_firm

    @override
    def receive(self, m: "World", rows: np.ndarray) -> None:
        """Equipment and stock up to what the firm's workers need; the rest stays cash."""
        t = m.actors
        gap = capital_gap(t.capital[rows], t.workers[rows], m.params.firms.capital_per_worker)
        into_capital = np.minimum(self.spec.per_firm, gap)
        t.capital[rows] += into_capital
        t.cash[rows] += self.spec.per_firm - into_capital

    @override
    def apply(self, m: "World") -> None:
        if self.spec.per_firm > 0:
            super().apply(m)
        self.co_finance(m)

    def co_finance(self, m: "World") -> None:
        """Pay `cost_share` x intensity of partnership costs and the new-partnership payment."""
        s = self.spec
        rows = self.targeted(m)
        share = s.cost_share * s.intensity
        if share == 0.0 and s.per_partnership == 0.0:
            return
        costs = firm_costs_by_actor(m, self.kinds)[rows]
        extra = new_partnerships_by_actor(m, self.kinds)[rows] * s.per_partnership * s.intensity
        real = m.real_units(rows)
        f = self.affordable(float(((share * costs + extra) * real).sum()))
        m.actors.cash[rows] += f * (share * costs + extra)
        if share > 0.0:
            m.effects.cost_relief[np.ix_(rows, self.kinds)] += f * share
            m.effects.has_relief = True
        self.spend(m, m.actors.region[rows], f * (share * costs + extra) * real)
