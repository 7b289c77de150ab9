"""Steps 6-7 of a month: produce and employ; firm entry and exit."""

import numpy as np
from scipy import special

from sim.kinds import ActorKind, EndReason
from sim.mechanisms import demography, production
from sim.population import firm_columns
from sim.randomness import entrant_keys, poisson
from sim.state import Demography, World

FIRMS_PER_BLOCK = 1 << 15  # firms computed at a time: each temporary 256 KiB, in cache


def produce_and_employ(w: World) -> None:
    """Firms meet their market's demand and their partners' orders, hire, earn and invest.

    Two passes over the firms, a block at a time (a block's temporaries stay in the
    processor's cache; the numbers do not depend on it): first demand and the workers it
    needs; then, once each region's hiring is rationed by its labour market, output, profit
    and investment.
    """
    t = w.actors
    f = np.flatnonzero(t.alive[: t.n] & (t.actor_kind[: t.n] == ActorKind.firm))
    credit = w.credit()  # on last month's value added, before this month's is written
    workers = t.workers[f]
    infrastructure = _infrastructure_reached(w)
    needed, demand, price, capital_term = (np.empty(len(f)) for _ in range(4))
    for part in _blocks(len(f)):
        _demand_and_need(
            w, f[part], workers[part], infrastructure, needed, demand, price, capital_term, part
        )
    e = w.params.economy
    hired = production.hire(
        workers, needed, e.labour_adjustment, t.region[f], w.hires_possible, t.weight[f]
    )
    workers = np.maximum(hired, np.minimum(e.min_workers, workers))
    t.workers[f] = workers
    for part in _blocks(len(f)):
        _earn_and_invest(
            w,
            f[part],
            workers[part],
            needed[part],
            demand[part],
            price[part],
            capital_term[part],
            credit,
        )


def _infrastructure_reached(w: World) -> np.ndarray:
    """Each region's infrastructure, or a partner region's where an agreement opens it."""
    r = w.regions
    return np.max(
        np.column_stack([r.infrastructure, w.effects.agreement * r.infrastructure[None, :]]),
        axis=1,
    )


def _blocks(n: int) -> list[slice]:
    return [slice(start, start + FIRMS_PER_BLOCK) for start in range(0, n, FIRMS_PER_BLOCK)]


def _demand_and_need(
    w: World,
    f: np.ndarray,
    workers: np.ndarray,
    infrastructure: np.ndarray,
    needed: np.ndarray,
    demand: np.ndarray,
    price: np.ndarray,
    capital_term: np.ndarray,
    part: slice,
) -> None:
    """A block of firms' demand (market and partners' orders) and the workers it needs."""
    t, e = w.actors, w.params.economy
    region, productivity = t.region[f], t.productivity[f]
    demand_base = _shocked_demand(w, f, region, workers)
    t.demand_base[f] = demand_base
    pass_through = np.where(t.large[f], e.large_cost_pass_through, e.cost_pass_through)
    price[part] = production.relative_price(productivity, t.entry_productivity[f], pass_through)
    market = demand_base * production.market_multiplier(
        t.market_reach[f],
        t.quality[f],
        infrastructure[region],
        e.reach_demand_gain,
        e.quality_demand_gain,
    )
    sold = market * production.price_effect(price[part], e.demand_elasticity)
    sold += t.partner_orders[f] / price[part]  # partners' orders, in quantities
    demand[part] = sold
    capital_term[part] = production.capital_term(t.capital[f], e.capital_elasticity)
    needed[part] = production.labour_needed(
        sold, productivity, capital_term[part], e.capital_elasticity
    )


def _earn_and_invest(
    w: World,
    f: np.ndarray,
    workers: np.ndarray,
    needed: np.ndarray,
    demand: np.ndarray,
    price: np.ndarray,
    capital_term: np.ndarray,
    credit: np.ndarray,
) -> None:
    """A block of firms' output, profit, cash and investment, with this month's workers."""
    t, e, r = w.actors, w.params.economy, w.regions
    made = production.capacity_output(
        t.productivity[f], capital_term, workers, e.capital_elasticity
    )
    value_added = price * np.minimum(made, demand)
    fixed = production.shared_fixed_cost(
        t.fixed_cost[f],
        t.cluster_partners[f],
        w.params.search.cluster_cost_saving,
        w.params.search.cluster_cost_saving_max,
    )
    profit = production.profit(value_added, workers, r.wage[t.region[f]], fixed)
    cash = t.cash[f] + profit
    capital = t.capital[f]
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
    broke = cash < -credit[f]  # beyond what its bank partners lend
    t.negative_cash_months[f] = np.where(broke, t.negative_cash_months[f] + 1, 0)
    t.demand[f], t.value_added[f] = demand, value_added
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
    leaving = np.zeros(t.n, dtype=bool)
    leaving[gone] = True
    touching = open_rows[leaving[led.a[open_rows]] | leaving[led.b[open_rows]]]
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
