"""Steps 6-7 of a month: produce and employ; firm entry and exit."""

import numpy as np
from scipy import special

from sim.kinds import ActorKind, EndReason
from sim.mechanisms import demography, production
from sim.population import firm_columns
from sim.randomness import entrant_keys, poisson
from sim.state import Demography, World


def produce_and_employ(w: World) -> None:
    """Firms meet their market's demand and their partners' orders, hire, earn and invest.

    Each column is read once into the firms' own array and written back once (at a million
    firms every gather or scatter of a column costs about 2 ms).
    """
    t, e, r = w.actors, w.params.economy, w.regions
    f = np.flatnonzero(t.alive[: t.n] & (t.actor_kind[: t.n] == ActorKind.firm))
    region, workers, capital = t.region[f], t.workers[f], t.capital[f]
    productivity, credit = t.productivity[f], w.credit()[f]
    demand_base = _shocked_demand(w, f, region, workers)
    pass_through = np.where(t.large[f], e.large_cost_pass_through, e.cost_pass_through)
    price = production.relative_price(productivity, t.entry_productivity[f], pass_through)
    # an inter-regional agreement opens the partner region's roads and markets
    infrastructure = np.max(
        np.column_stack([r.infrastructure, w.effects.agreement * r.infrastructure[None, :]]),
        axis=1,
    )
    market = demand_base * production.market_multiplier(
        t.market_reach[f],
        t.quality[f],
        infrastructure[region],
        e.reach_demand_gain,
        e.quality_demand_gain,
    )
    demand = market * production.price_effect(price, e.demand_elasticity)
    demand += t.partner_orders[f] / price  # partners' orders, in quantities
    capital_term = production.capital_term(capital, e.capital_elasticity)  # K^a, used twice
    needed = production.labour_needed(demand, productivity, capital_term, e.capital_elasticity)
    hired = production.hire(
        workers, needed, e.labour_adjustment, region, w.hires_possible, t.weight[f]
    )
    workers = np.maximum(hired, np.minimum(e.min_workers, workers))
    t.workers[f] = workers
    made = production.capacity_output(productivity, capital_term, workers, e.capital_elasticity)
    value_added = price * np.minimum(made, demand)
    fixed = production.shared_fixed_cost(
        t.fixed_cost[f],
        t.cluster_partners[f],
        w.params.search.cluster_cost_saving,
        w.params.search.cluster_cost_saving_max,
    )
    profit = production.profit(value_added, workers, r.wage[region], fixed)
    cash = t.cash[f] + profit
    investment = production.investment(
        profit,
        cash,
        capital,
        needed,
        w.params.firms.capital_per_worker,
        e.investment_share,
        e.depreciation,
    )
    cash -= investment
    broke = cash < -credit  # beyond what its bank partners lend
    t.negative_cash_months[f] = np.where(broke, t.negative_cash_months[f] + 1, 0)
    t.demand_base[f], t.demand[f], t.value_added[f] = demand_base, demand, value_added
    t.profit[f], t.cash[f], t.investment[f] = profit, cash, investment
    t.capital[f] = capital * (1.0 - e.depreciation) + investment


def _shocked_demand(w: World, f: np.ndarray, region: np.ndarray, workers: np.ndarray) -> np.ndarray:
    """This month's demand shocks (noise, and lumpy orders won or lost) and market growth."""
    t, e, r = w.actors, w.params.economy, w.regions
    keys = t.key[f]
    u = w.draws.slot_uniforms("economy", w.month, keys, (0, 2))  # slot 1 only where needed
    normal = special.ndtri(u[:, 0])
    jump = np.zeros(len(f))
    won_or_lost = u[:, 1] < e.demand_jump_chance  # only they need the jump's normal
    jump[won_or_lost] = special.ndtri(
        w.draws.slot_uniforms("economy", w.month, keys[won_or_lost], (1,))[:, 0]
    )
    market_growth = np.power(1.0 + r.rest_growth, 1.0 / 12.0)[region]
    return market_growth * production.demand_shock(
        t.demand_base[f],
        workers,
        normal,
        e.demand_volatility,
        e.volatility_size_exponent,
        jump,
        e.demand_jump_size,
    )


def enter_and_exit(w: World) -> Demography:
    """Firms long out of cash exit (ending their partnerships); new firms enter."""
    t, r = w.actors, w.regions
    gone = np.flatnonzero(
        demography.exiting(
            t.alive[: t.n],
            t.negative_cash_months[: t.n],
            t.actor_kind[: t.n] == ActorKind.firm,
            w.params.economy.exit_after_months,
        )
    )
    led = w.ledger
    open_rows = led.open_rows()
    touching = open_rows[np.isin(led.a[open_rows], gone) | np.isin(led.b[open_rows], gone)]
    led.end(touching, w.month, EndReason.partner_exit)
    exits = np.bincount(t.region[gone], weights=t.weight[gone], minlength=r.count)
    t.alive[gone] = False
    t.workers[gone] = 0.0
    entered, capital = _enter(w)
    entries = np.bincount(t.region[entered], weights=t.weight[entered], minlength=r.count)
    return Demography(entered, gone, entries, exits, capital)


def _enter(w: World) -> tuple[np.ndarray, np.ndarray]:
    """New firms: how many per region, and each one's attributes, keyed (region, month, k)."""
    t, e, r = w.actors, w.params.economy, w.regions
    firms_now = np.bincount(t.region[: t.n], weights=w.is_alive_firm(), minlength=r.count)
    mean = demography.expected_entrants(
        firms_now,
        w.last_growth(),
        r.infrastructure,
        e.entry_rate,
        e.entry_growth_sensitivity,
        e.entry_infrastructure_sensitivity,
    )
    born = poisson(mean, w.draws.uniforms("entry", w.month, np.arange(r.count)))
    if not born.any():
        return np.zeros(0, dtype=np.int64), np.zeros(r.count)
    region = np.repeat(np.arange(r.count), born)
    k = np.arange(len(region)) - np.repeat(np.cumsum(born) - born, born)  # k-th of its region
    keys = entrant_keys(region, w.month, k)
    columns = firm_columns(w.params, r, region, w.month, w.draws.sampler("entrants", w.month, keys))
    columns["workers"] = _hireable(w, columns["workers"], region)
    rows = t.add(len(region), key=keys, **columns)
    return rows, np.bincount(region, weights=t.capital[rows] * t.weight[rows], minlength=r.count)


def _hireable(w: World, workers: np.ndarray, region: np.ndarray) -> np.ndarray:
    """Entrants start with the workers they want, or fewer if the region has too few unemployed."""
    weight = w.params.world.scale  # entrants are IKM
    wanted = np.bincount(region, weights=workers * weight, minlength=w.regions.count)
    ratio = np.minimum(1.0, w.hires_possible(wanted) / np.maximum(wanted, 1e-12))
    return np.maximum(workers * ratio[region], 0.0)
