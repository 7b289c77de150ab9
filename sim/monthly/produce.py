"""Step 6 of a month: produce and employ (entry and exit: `sim.monthly.entry_exit`)."""

import numpy as np
from scipy import special

from sim.core.kinds import ActorKind
from sim.mechanisms import displacement, production
from sim.world.state import World

ROWS_PER_BLOCK = 1 << 15  # actor rows computed at a time: each temporary 256 KiB, in cache
# a block whose alive firms are at least this share of its rows is computed on views of all
# its rows (no copies; the others' results are dropped); a sparser one (many exited firms) on
# copies of its firms' cells. Either gives the same numbers; only the time differs.
VIEW_SHARE = 0.85


class _Block:
    """A block of actor rows: views of every row, or copies of its alive firms' cells."""

    def __init__(self, rows: slice, firm: np.ndarray) -> None:
        mask = firm[rows]
        if mask.mean() >= VIEW_SHARE:
            self.index: slice | np.ndarray = rows
            self.firm = mask  # over the block's rows
        else:
            firms = rows.start + np.flatnonzero(mask)
            self.index = firms
            self.firm = np.ones(len(firms), dtype=bool)

    def read(self, column: np.ndarray) -> np.ndarray:
        """The block's cells of a column (or of a month's buffer)."""
        return column[self.index]

    def keep(self, buffer: np.ndarray, value: np.ndarray) -> None:
        """Store a month's working values of the block's rows (read back in pass two)."""
        buffer[self.index] = value

    def write(self, column: np.ndarray, value: np.ndarray) -> None:
        """Write a column's cells of the alive firms only."""
        if isinstance(self.index, slice):
            np.copyto(column[self.index], value, where=self.firm)
        else:
            column[self.index] = value


def produce_and_employ(w: World) -> None:
    """Firms meet their market's demand and their partners' orders, hire, earn and invest.

    Two passes over the actor rows, a block of rows at a time (a block's temporaries stay in
    the processor's cache; the numbers do not depend on it): first demand and the workers it
    needs; then, once each region's hiring is rationed by its labour market, output, profit
    and investment. Only alive firms' cells are written; agencies and exited firms keep
    theirs.
    """
    t, e = w.actors, w.params.economy
    n = t.n
    firm = t.alive[:n] & (t.actor_kind[:n] == ActorKind.firm)
    credit = w.credit()  # on last month's value added, before this month's is written
    infrastructure = _infrastructure_reached(w)
    blocks = [_Block(rows, firm) for rows in _blocks(n)]
    needed, demand, price, capital_term = (np.empty(n) for _ in range(4))
    market_sold = np.zeros(n)  # IKM sales to their markets, before crowding
    crowding = w.market_crowding()
    for block in blocks:
        _demand_and_need(
            w, block, infrastructure, crowding, needed, demand, price, capital_term, market_sold
        )
    _update_market_index(w, market_sold)
    workers = t.workers[:n]
    needed = np.where(firm, needed, workers)  # the others hire no one
    hired = production.hire(
        workers, needed, e.labour_adjustment, t.region[:n], w.hires_possible, t.weight[:n]
    )
    np.copyto(workers, np.maximum(hired, np.minimum(e.min_workers, workers)), where=firm)
    for block in blocks:
        _earn_and_invest(w, block, needed, demand, price, capital_term, credit)


def _infrastructure_reached(w: World) -> np.ndarray:
    """Each region's infrastructure, or a partner region's where an agreement opens it."""
    r = w.regions
    return np.max(
        np.column_stack([r.infrastructure, w.effects.agreement * r.infrastructure[None, :]]),
        axis=1,
    )


def _blocks(n: int) -> list[slice]:
    return [slice(start, min(start + ROWS_PER_BLOCK, n)) for start in range(0, n, ROWS_PER_BLOCK)]


def _update_market_index(w: World, market_sold: np.ndarray) -> None:
    """Each IKM market's sales per rupiah of base demand, and its base demand off its trend.

    Both are for next month's crowding (`sim.mechanisms.displacement`). The spin-up sets the
    references crowding counts from (month 0); a world without one takes its first month's.
    """
    ikm, market, base = w.ikm_markets()
    sold = market_sold[ikm] * w.actors.weight[ikm]
    w.market_index = displacement.market_index(sold, base, market, w.market_count)
    trend = displacement.trend_factor(w.market_growth(), w.month)
    w.market_base = displacement.market_totals(base, market, w.market_count) / trend
    if w.market_reference is None and w.month >= 1:  # no spin-up: count from the first month
        w.market_reference, w.market_base_at_start = w.market_index, w.market_base


def _demand_and_need(
    w: World,
    block: _Block,
    infrastructure: np.ndarray,
    crowding: np.ndarray,
    needed: np.ndarray,
    demand: np.ndarray,
    price: np.ndarray,
    capital_term: np.ndarray,
    market_sold: np.ndarray,
) -> None:
    """A block's demand (market and partners' orders) and the workers it needs."""
    t, e, firm, read = w.actors, w.params.economy, block.firm, block.read
    region, workers = read(t.region), read(t.workers)
    productivity = np.where(firm, read(t.productivity), 1.0)  # 1 elsewhere: no 0/0
    demand_base = _shocked_demand(w, block, region, workers)
    block.write(t.demand_base, demand_base)
    pass_through = np.where(read(t.large), e.large_cost_pass_through, e.cost_pass_through)
    entry = np.where(firm, read(t.entry_productivity), 1.0)
    relative_price = production.relative_price(productivity, entry, pass_through)
    market = demand_base * production.market_multiplier(
        read(t.market_reach),
        read(t.quality),
        infrastructure[region],
        e.reach_demand_gain,
        e.quality_demand_gain,
    )
    sold = market * production.price_effect(relative_price, e.demand_elasticity)
    block.keep(market_sold, np.where(firm, sold, 0.0))
    ikm = firm & ~read(t.large)
    market_of = region * len(w.params.world.sectors) + np.maximum(read(t.sector), 0)
    on_price, on_quantity = displacement.incidence(
        np.where(ikm, crowding[market_of], 1.0), e.displacement_on_price
    )
    sold = sold * on_quantity  # others' gains, this one's loss: fewer sales ...
    orders = read(t.partner_orders) / relative_price  # partners' orders, in quantities
    paid = production.blended_price(relative_price, on_price, sold, orders)  # ... lower prices
    sold += orders
    capital = production.capital_term(
        np.where(firm, read(t.capital), 1.0),  # agencies hold no capital
        e.capital_elasticity,
    )
    block.keep(price, paid)
    block.keep(demand, sold)
    block.keep(capital_term, capital)
    for_orders = production.labour_needed(sold, productivity, capital, e.capital_elasticity)
    worth_it = production.labour_worth_hiring(
        relative_price,
        productivity,
        capital,
        w.regions.wage[region],
        e.capital_elasticity,
        _unpaid(w, read(t.large)),
    )
    block.keep(needed, np.minimum(for_orders, worth_it))


def _earn_and_invest(
    w: World,
    block: _Block,
    needed: np.ndarray,
    demand: np.ndarray,
    price: np.ndarray,
    capital_term: np.ndarray,
    credit: np.ndarray,
) -> None:
    """A block's output, profit, cash and investment, with this month's workers."""
    t, e, r, read = w.actors, w.params.economy, w.regions, block.read
    workers, sold = read(t.workers), read(demand)
    made = production.capacity_output(
        read(t.productivity), read(capital_term), workers, e.capital_elasticity
    )
    value_added = read(price) * np.minimum(made, sold)
    fixed = production.shared_fixed_cost(
        read(t.fixed_cost),
        read(t.cluster_partners),
        w.params.search.cluster_cost_saving,
        w.params.search.cluster_cost_saving_max,
    )
    profit = production.profit(
        value_added, workers, r.wage[read(t.region)], fixed, _unpaid(w, read(t.large))
    )
    cash = read(t.cash) + profit
    capital = read(t.capital)
    investment = production.investment(
        profit,
        cash,
        capital,
        read(needed),
        w.params.firms.capital_per_worker,
        e.investment_share,
        e.depreciation,
    )
    cash -= investment
    broke = cash < -read(credit)  # beyond what its bank partners lend
    block.write(t.negative_cash_months, np.where(broke, read(t.negative_cash_months) + 1, 0))
    block.write(t.demand, sold)
    block.write(t.value_added, value_added)
    block.write(t.profit, profit)
    block.write(t.cash, cash)
    block.write(t.investment, investment)
    block.write(t.capital, capital * (1.0 - e.depreciation) + investment)


def _unpaid(w: World, large: np.ndarray) -> np.ndarray:
    """Workers of each row paid from profit, not a wage: an IKM's owner; none in a large firm."""
    return np.where(large, 0.0, w.params.firms.unpaid_workers)


def _shocked_demand(w: World, block: _Block, region: np.ndarray, workers: np.ndarray) -> np.ndarray:
    """This month's demand shocks (noise, lumpy orders won or lost), growth and reversion."""
    t, e = w.actors, w.params.economy
    keys = block.read(t.key)
    u = w.draws.slot_uniforms("economy", w.month, keys, (0, 2))  # slot 1 only where needed
    normal = special.ndtri(u[:, 0])
    jump = np.zeros(len(keys))
    won_or_lost = (u[:, 1] < e.demand_jump_chance) & block.firm  # only they need its normal
    jump[won_or_lost] = special.ndtri(
        w.draws.slot_uniforms("economy", w.month, keys[won_or_lost], (1,))[:, 0]
    )
    shocked = production.demand_shock(
        block.read(t.demand_base),
        workers,
        normal,
        e.demand_volatility,
        e.volatility_size_exponent,
        jump,
        e.demand_jump_size,
    )
    home = block.read(t.demand_home)
    if e.ikm_market_growth != 0.0:
        growth = (1.0 + e.ikm_market_growth) ** (1.0 / 12.0)
        home = home * growth
        shocked *= growth
        block.write(t.demand_home, home)
    return production.revert_demand(shocked, home, e.demand_reversion)
