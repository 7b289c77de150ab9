"""Produce and employ: Cobb-Douglas output sold within market reach (docs/odd.md §7.6).

Quantities are valued at the firm's entry price. Demand is CES: a firm whose productivity
A rises passes the saving on as a lower price p = (A0 / A)^pass_through and sells
p^-sigma more; its value added p q grows as A^(pass_through (sigma - 1)) and the labour it
needs as (A^(pass_through sigma - 1) / K^a)^(1 / (1 - a)): productivity raises jobs when
pass_through x sigma > 1 (with the defaults 1 x 3 it does).
"""

from collections.abc import Callable

import numpy as np


def capital_term(capital: np.ndarray, capital_elasticity: float) -> np.ndarray:
    """K^a, the capital factor of Cobb-Douglas output (computed once a month per firm)."""
    return np.power(capital, capital_elasticity)


def capacity_output(
    productivity: np.ndarray,
    capital_term: np.ndarray,
    workers: np.ndarray,
    capital_elasticity: float,
) -> np.ndarray:
    """Value added the firm can make in a month: A K^a L^(1-a) (`capital_term` is K^a)."""
    return productivity * capital_term * np.power(workers, 1.0 - capital_elasticity)


def labour_needed(
    demand: np.ndarray,
    productivity: np.ndarray,
    capital_term: np.ndarray,
    capital_elasticity: float,
) -> np.ndarray:
    """Workers needed to make `demand`, given capital: (D / (A K^a))^(1/(1-a)).

    A firm with no capital (an entrant that could hire no one) needs no one.
    """
    scale = productivity * capital_term
    ratio = np.divide(demand, scale, out=np.zeros(np.shape(demand)), where=scale > 0)
    return np.power(ratio, 1.0 / (1.0 - capital_elasticity))


def labour_worth_hiring(
    price: np.ndarray,
    productivity: np.ndarray,
    capital_term: np.ndarray,
    wage: np.ndarray,
    capital_elasticity: float,
    unpaid: np.ndarray | float = 0.0,
) -> np.ndarray:
    """Workers at which the last paid one adds as much value as its wage.

    The marginal value product (1 - a) p A K^a L^-a equals the wage at
    L* = ((1 - a) p A K^a / w)^(1/a); a firm hires no further, even with orders left.
    Its `unpaid` workers (the owner) work whatever the wage.
    """
    if capital_elasticity == 0.0:
        return np.full(np.shape(price), np.inf)
    value = (1.0 - capital_elasticity) * price * productivity * capital_term / wage
    return np.maximum(np.power(value, 1.0 / capital_elasticity), unpaid)


def relative_price(
    productivity: np.ndarray, entry_productivity: np.ndarray, pass_through: np.ndarray | float
) -> np.ndarray:
    """Price relative to the firm's entry price: (A0 / A)^pass_through."""
    return _power_unless_one(entry_productivity / productivity, pass_through)


def price_effect(price: np.ndarray, elasticity: float) -> np.ndarray:
    """How much more a firm sells at a relative price (CES demand): price^-sigma."""
    return _power_unless_one(price, -elasticity)


def _power_unless_one(base: np.ndarray, exponent: np.ndarray | float) -> np.ndarray:
    """base^exponent, raised only where base is not 1 (1^y is exactly 1).

    Most firms' productivity has not moved since entry, so their price is 1 and a power
    (about 20 ns a firm) is skipped.
    """
    base = np.asarray(base, dtype=float)
    out = np.ones(base.shape)
    moved = np.flatnonzero(base != 1.0)
    if np.ndim(exponent) == 0:
        out[moved] = np.power(base[moved], exponent)
    else:
        out[moved] = np.power(base[moved], np.asarray(exponent)[moved])
    return out


def market_multiplier(
    reach: np.ndarray,
    quality: np.ndarray,
    infrastructure: np.ndarray,
    reach_gain: float,
    quality_gain: float,
) -> np.ndarray:
    """How much of its base market a firm reaches.

    Wider reach and better quality sell more; poor roads and logistics shrink the reach that
    counts.
    """
    effective_reach = reach * (0.5 + 0.5 * infrastructure)
    return (1.0 + reach_gain * effective_reach) * (1.0 + quality_gain * quality)


def demand_shock(
    demand_base: np.ndarray,
    workers: np.ndarray,
    normal: np.ndarray,
    volatility: float,
    size_exponent: float,
    jump: np.ndarray | None = None,
    jump_size: float = 0.0,
) -> np.ndarray:
    """Idiosyncratic demand growth, mean one: small noise plus, in some months, a lumpy jump.

    Both log sds fall with size as size^-b (a large firm's orders are many small ones).
    `normal` is the month's standard normal; `jump` a standard normal where an order was won
    or lost this month and 0 elsewhere.
    """
    size = np.power(np.maximum(workers, 1.0), -size_exponent)
    sigma = volatility * size
    shock = sigma * normal - 0.5 * sigma**2
    if jump is not None:
        moved = np.flatnonzero(jump != 0)  # a few firms a month: the rest add nothing
        big = jump_size * size[moved]
        shock[moved] += big * jump[moved] - 0.5 * big**2
    return demand_base * np.exp(shock)


def revert_demand(shocked: np.ndarray, home: np.ndarray, reversion: float) -> np.ndarray:
    """Demand after a month's pull back toward the firm's own level (in levels, not logs).

    D' = (1 - k) D e + k H with mean-one shocks e: the mean of D converges to H whatever the
    shocks, so firm sizes are stationary, and D stays positive.
    """
    if reversion == 0.0:
        return shocked
    return (1.0 - reversion) * shocked + reversion * home


def hire(
    workers: np.ndarray,
    needed: np.ndarray,
    adjustment: float,
    region: np.ndarray,
    hires_possible: Callable[[np.ndarray], np.ndarray],
    weight: np.ndarray | float,
) -> np.ndarray:
    """Move workers toward need; a region's hires are what its labour market can match.

    `weight` is the real firms one row stands for; `hires_possible(vacancies)` gives the
    persons a region can hire this month for its vacancies (persons per region).
    """
    change = adjustment * (needed - workers)
    hires = np.maximum(change, 0.0) * weight
    wanted = np.bincount(region, weights=hires)
    free = hires_possible(wanted)
    ratio = np.where(wanted > 0, np.minimum(1.0, free / np.maximum(wanted, 1e-12)), 1.0)
    change = np.where(change > 0, change * ratio[region], change)
    return np.maximum(workers + change, 0.0)


def shared_fixed_cost(
    fixed_cost: np.ndarray, cluster_partners: np.ndarray, saving: float, most: float
) -> np.ndarray:
    """Fixed costs left after sharing premises, transport and marketing with cluster partners."""
    return fixed_cost * (1.0 - np.minimum(most, saving * cluster_partners))


def profit(
    value_added: np.ndarray,
    workers: np.ndarray,
    wage: np.ndarray,
    fixed_cost: np.ndarray,
    unpaid: np.ndarray | float = 0.0,
) -> np.ndarray:
    """Monthly operating profit before partnership costs (rupiah).

    `unpaid` workers (an IKM's owner) draw no wage: their income is this profit.
    """
    return value_added - wage * np.maximum(workers - unpaid, 0.0) - fixed_cost


def investment(
    profit: np.ndarray,
    cash: np.ndarray,
    capital: np.ndarray,
    workers_needed: np.ndarray,
    capital_per_worker: float,
    share: float,
    depreciation: float,
) -> np.ndarray:
    """Reinvested profit (rupiah).

    A share of a positive profit, only while cash is positive, and no more than equipping
    the workers the market asks for needs.
    """
    gap = capital_gap(capital * (1.0 - depreciation), workers_needed, capital_per_worker)
    return np.where(cash > 0, np.minimum(share * np.maximum(profit, 0.0), gap), 0.0)


def capital_gap(capital: np.ndarray, workers: np.ndarray, capital_per_worker: float) -> np.ndarray:
    """The equipment and stock (rupiah) a firm lacks to equip `workers`; 0 where it has enough."""
    return np.maximum(capital_per_worker * workers - capital, 0.0)


def blended_price(
    price: np.ndarray, market_factor: np.ndarray, market_sold: np.ndarray, orders: np.ndarray
) -> np.ndarray:
    """The price a firm gets on average over what it sells.

    Its market sales fetch `market_factor` x its price, its partners' orders its price.
    """
    total = market_sold + orders
    blend = np.divide(
        market_sold * market_factor + orders, total, out=np.ones_like(total), where=total > 0
    )
    return price * blend
