"""Levers that pay part of partnership costs: tax incentives and grants."""

from typing import override

import numpy as np

from sim.kinds import ActorKind, State
from sim.levers.base import LeverInForce
from sim.mechanisms.cooperation import sum_by_actor
from sim.state import World


def firm_costs_by_actor(m: World, kinds: np.ndarray) -> np.ndarray:
    """Monthly partnership costs each firm carries in active partnerships of these kinds."""
    led, t = m.ledger, m.actors
    rows = led.rows_in(State.active)
    rows = rows[np.isin(led.kind[rows], kinds)]
    a, b = led.a[rows], led.b[rows]
    firm_a, firm_b = t.actor_kind[a] == ActorKind.firm, t.actor_kind[b] == ActorKind.firm
    return sum_by_actor(t.n, a, b, led.cost_a[rows] * firm_a, led.cost_b[rows] * firm_b)


class CostRelief(LeverInForce):
    """Pays `intensity` of the targeted firms' partnership costs, and lets them count on it."""

    def relieved_firms(self, m: World) -> np.ndarray:
        """Targeted firms that get the relief."""
        return self.targeted(m)

    @override
    def apply(self, m: World) -> None:
        rows = self.relieved_firms(m)
        costs = firm_costs_by_actor(m, self.kinds)[rows]
        real = m.real_units(rows)
        extra = self.one_off(m, rows)
        planned = float(((self.spec.intensity * costs + extra) * real).sum())
        share = self.spec.intensity * self.affordable(planned)
        paid = share * costs + extra * self.affordable(planned)
        m.actors.cash[rows] += paid
        m.effects.cost_relief[np.ix_(rows, self.kinds)] += share
        m.effects.has_relief = True
        self.spend(m, m.actors.region[rows], paid * real)

    def one_off(self, m: World, rows: np.ndarray) -> np.ndarray:
        """Payments besides the cost share (rupiah per firm); none by default."""
        return np.zeros(len(rows))


class TaxIncentiveLever(CostRelief):
    """Partnership costs deductible from tax: only firms that made a profit pay tax."""

    name = "tax_incentive"

    @override
    def relieved_firms(self, m: World) -> np.ndarray:
        rows = self.targeted(m)
        return rows[m.actors.profit[rows] > 0]


class GrantLever(CostRelief):
    """Co-finances partnership costs, and pays each firm side of a new partnership once."""

    name = "grant"

    @override
    def one_off(self, m: World, rows: np.ndarray) -> np.ndarray:
        led = m.ledger
        new = np.flatnonzero(led.start_month[: led.n] == m.month - 1)
        new = new[np.isin(led.kind[new], self.kinds)]
        sides = np.concatenate([led.a[new], led.b[new]])
        real = np.concatenate([led.weight[new], led.weight[new]]) / m.actors.weight[sides]
        count = np.bincount(sides, weights=real, minlength=m.actors.n)[rows]
        return count * self.spec.per_partnership * self.spec.intensity
