"""Steps 6-7 of a month: produce and employ; firm entry and exit."""

from typing import TYPE_CHECKING

import numpy as np

from sim.kinds import ActorKind, EndReason
from sim.mechanisms import demography, production
from sim.world import firm_columns

if TYPE_CHECKING:
    from sim.model import PartnershipModel


def produce_and_employ(m: "PartnershipModel") -> None:
    """Firms meet the demand within their reach, hire toward it, earn and invest."""
    t, e, r = m.actors, m.params.economy, m.regions
    f = np.flatnonzero(t.alive[: t.n] & (t.actor_kind[: t.n] == ActorKind.firm))
    region = t.region[f]
    market_growth = np.power(1.0 + r.rest_growth, 1.0 / 12.0)[region]
    shocks = m.streams["economy"].standard_normal(len(f))
    t.demand_base[f] = (
        production.demand_shock(
            t.demand_base[f], t.workers[f], shocks, e.demand_volatility, e.volatility_size_exponent
        )
        * market_growth
    )
    t.demand[f] = t.demand_base[f] * production.market_multiplier(
        t.market_reach[f],
        t.quality[f],
        r.infrastructure[region],
        e.reach_demand_gain,
        e.quality_demand_gain,
    )
    needed = production.labour_needed(
        t.demand[f], t.productivity[f], t.capital[f], e.capital_elasticity
    )
    unemployed = r.labour_force - r.other_employment - m.firm_employment()
    t.workers[f] = production.hire(
        t.workers[f], needed, e.labour_adjustment, region, unemployed, m.params.world.scale
    )
    made = production.capacity_output(
        t.productivity[f], t.capital[f], t.workers[f], e.capital_elasticity
    )
    t.value_added[f] = np.minimum(made, t.demand[f])
    t.profit[f] = production.profit(t.value_added[f], t.workers[f], r.wage[region], t.fixed_cost[f])
    t.cash[f] += t.profit[f]
    t.investment[f] = production.investment(
        t.profit[f],
        t.cash[f],
        t.capital[f],
        needed,
        m.params.firms.capital_per_worker,
        e.investment_share,
        e.depreciation,
    )
    t.cash[f] -= t.investment[f]
    t.capital[f] = t.capital[f] * (1.0 - e.depreciation) + t.investment[f]
    t.negative_cash_months[f] = np.where(t.cash[f] < 0, t.negative_cash_months[f] + 1, 0)


def enter_and_exit(m: "PartnershipModel") -> None:
    """Firms long out of cash exit (ending their partnerships); new firms enter."""
    t, e, r = m.actors, m.params.economy, m.regions
    gone = np.flatnonzero(
        demography.exiting(
            t.alive[: t.n],
            t.negative_cash_months[: t.n],
            t.actor_kind[: t.n] == ActorKind.firm,
            e.exit_after_months,
        )
    )
    led = m.ledger
    open_rows = led.open_rows()
    touching = open_rows[np.isin(led.a[open_rows], gone) | np.isin(led.b[open_rows], gone)]
    led.end(touching, m.month, EndReason.partner_exit)
    m.monthly.exits = np.bincount(t.region[gone], minlength=r.count)
    t.alive[gone] = False
    t.workers[gone] = 0.0
    m.remove_firm_agents(gone)

    firms_now = np.bincount(t.region[: t.n], weights=m.is_alive_firm(), minlength=r.count)
    rng = m.streams["entry"]
    mean = demography.expected_entrants(
        firms_now,
        m.last_growth,
        r.infrastructure,
        e.entry_rate,
        e.entry_growth_sensitivity,
        e.entry_infrastructure_sensitivity,
    )
    born = rng.poisson(mean)
    m.monthly.entries = born
    if not born.any():  # nothing to draw: skipping changes no random stream
        m.monthly.entrant_capital = np.zeros(r.count)
        return
    region = np.repeat(np.arange(r.count), born)
    columns = firm_columns(m.params, r, region, m.month, rng)
    columns["workers"] = _hireable(m, columns["workers"], region)
    rows = m.add_firms(columns)
    m.monthly.entrant_capital = np.bincount(region, weights=t.capital[rows], minlength=r.count)


def _hireable(m: "PartnershipModel", workers: np.ndarray, region: np.ndarray) -> np.ndarray:
    """Entrants start with the workers they want, or fewer if the region has too few unemployed."""
    r = m.regions
    unemployed = np.maximum(r.labour_force - r.other_employment - m.firm_employment(), 0)
    wanted = np.bincount(region, weights=workers * m.params.world.scale, minlength=r.count)
    ratio = np.minimum(1.0, unemployed / np.maximum(wanted, 1e-12))
    return np.maximum(workers * ratio[region], 0.0)
