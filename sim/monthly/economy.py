"""Steps 6-7 of a month: produce and employ; firm entry and exit."""

import numpy as np
from scipy import special

from sim.kinds import ActorKind, EndReason
from sim.mechanisms import demography, production
from sim.population import firm_columns
from sim.randomness import entrant_keys, poisson
from sim.state import Demography, World

ROWS_PER_BLOCK = 1 << 15  # actor rows computed at a time: each temporary 256 KiB, in cache


def produce_and_employ(w: World) -> None:
    """Firms meet their market's demand and their partners' orders, hire, earn and invest.

    Two passes over the actor rows, a block of rows at a time (a block's temporaries stay in
    the processor's cache, and a block's columns are views, not copies; the numbers do not
    depend on it): first demand and the workers it needs; then, once each region's hiring is
    rationed by its labour market, output, profit and investment. Only alive firms' cells
    are written; agencies and exited firms keep theirs.
    """
    t, e = w.actors, w.params.economy
    n = t.n
    firm = t.alive[:n] & (t.actor_kind[:n] == ActorKind.firm)
    credit = w.credit()  # on last month's value added, before this month's is written
    infrastructure = _infrastructure_reached(w)
    needed, demand, price, capital_term = (np.empty(n) for _ in range(4))
    for rows in _blocks(n):
        _demand_and_need(w, rows, firm[rows], infrastructure, needed, demand, price, capital_term)
    workers = t.workers[:n]
    hired = production.hire(
        workers, needed, e.labour_adjustment, t.region[:n], w.hires_possible, t.weight[:n]
    )
    np.copyto(workers, np.maximum(hired, np.minimum(e.min_workers, workers)), where=firm)
    for rows in _blocks(n):
        _earn_and_invest(
            w, rows, firm[rows], needed[rows], demand[rows], price[rows], capital_term[rows], credit
        )


def _infrastructure_reached(w: World) -> np.ndarray:
    """Each region's infrastructure, or a partner region's where an agreement opens it."""
    r = w.regions
    return np.max(
        np.column_stack([r.infrastructure, w.effects.agreement * r.infrastructure[None, :]]),
        axis=1,
    )


def _blocks(n: int) -> list[slice]:
    return [slice(start, min(start + ROWS_PER_BLOCK, n)) for start in range(0, n, ROWS_PER_BLOCK)]


def _demand_and_need(
    w: World,
    rows: slice,
    firm: np.ndarray,
    infrastructure: np.ndarray,
    needed: np.ndarray,
    demand: np.ndarray,
    price: np.ndarray,
    capital_term: np.ndarray,
) -> None:
    """A block of rows' demand (market and partners' orders) and the workers it needs.

    Rows that are not alive firms need what they have (no hiring) and keep their cells.
    """
    t, e = w.actors, w.params.economy
    region, workers = t.region[rows], t.workers[rows]
    productivity = np.where(firm, t.productivity[rows], 1.0)  # 1 elsewhere: no 0/0
    demand_base = _shocked_demand(w, rows, firm, region, workers)
    np.copyto(t.demand_base[rows], demand_base, where=firm)
    pass_through = np.where(t.large[rows], e.large_cost_pass_through, e.cost_pass_through)
    entry = np.where(firm, t.entry_productivity[rows], 1.0)
    price[rows] = production.relative_price(productivity, entry, pass_through)
    market = demand_base * production.market_multiplier(
        t.market_reach[rows],
        t.quality[rows],
        infrastructure[region],
        e.reach_demand_gain,
        e.quality_demand_gain,
    )
    sold = market * production.price_effect(price[rows], e.demand_elasticity)
    sold += t.partner_orders[rows] / price[rows]  # partners' orders, in quantities
    demand[rows] = sold
    capital = np.where(firm, t.capital[rows], 1.0)  # agencies hold no capital
    capital_term[rows] = production.capital_term(capital, e.capital_elasticity)
    needed[rows] = np.where(
        firm,
        production.labour_needed(sold, productivity, capital_term[rows], e.capital_elasticity),
        workers,
    )


def _earn_and_invest(
    w: World,
    rows: slice,
    firm: np.ndarray,
    needed: np.ndarray,
    demand: np.ndarray,
    price: np.ndarray,
    capital_term: np.ndarray,
    credit: np.ndarray,
) -> None:
    """A block of rows' output, profit, cash and investment, with this month's workers.

    Only alive firms' cells are written.
    """
    t, e, r = w.actors, w.params.economy, w.regions
    workers = t.workers[rows]
    made = production.capacity_output(
        t.productivity[rows], capital_term, workers, e.capital_elasticity
    )
    value_added = price * np.minimum(made, demand)
    fixed = production.shared_fixed_cost(
        t.fixed_cost[rows],
        t.cluster_partners[rows],
        w.params.search.cluster_cost_saving,
        w.params.search.cluster_cost_saving_max,
    )
    profit = production.profit(value_added, workers, r.wage[t.region[rows]], fixed)
    cash = t.cash[rows] + profit
    capital = t.capital[rows]
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
    broke = cash < -credit[rows]  # beyond what its bank partners lend
    months = t.negative_cash_months[rows]
    np.copyto(months, np.where(broke, months + 1, 0), where=firm)
    for column, value in (
        (t.demand, demand),
        (t.value_added, value_added),
        (t.profit, profit),
        (t.cash, cash),
        (t.investment, investment),
        (t.capital, capital * (1.0 - e.depreciation) + investment),
    ):
        np.copyto(column[rows], value, where=firm)


def _shocked_demand(
    w: World, rows: slice, firm: np.ndarray, region: np.ndarray, workers: np.ndarray
) -> np.ndarray:
    """This month's demand shocks (noise, and lumpy orders won or lost) and market growth."""
    t, e, r = w.actors, w.params.economy, w.regions
    keys = t.key[rows]
    u = w.draws.slot_uniforms("economy", w.month, keys, (0, 2))  # slot 1 only where needed
    normal = special.ndtri(u[:, 0])
    jump = np.zeros(len(keys))
    won_or_lost = (u[:, 1] < e.demand_jump_chance) & firm  # only they need the jump's normal
    jump[won_or_lost] = special.ndtri(
        w.draws.slot_uniforms("economy", w.month, keys[won_or_lost], (1,))[:, 0]
    )
    market_growth = np.power(1.0 + r.rest_growth, 1.0 / 12.0)[region]
    return market_growth * production.demand_shock(
        t.demand_base[rows],
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
