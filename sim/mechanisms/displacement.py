"""Displacement: an IKM that sells more, or a firm that enters, takes part of it from the others.

A market is a region's IKM of one sector. Two things can lift what it sells above its
business-as-usual path: firms selling more per rupiah of their base demand (reach, quality,
price: its index), and more base demand than the trend of its firm stock brings (entrants
beyond the trend: a registration reform). When the market's sales rise so above that path,
every IKM of the market sells (path / sales)^d of what it otherwise would: with d = 0 a gain
is all new sales; with d = 1 the market's total stays put and a treated firm's gain, or an
entrant's, is all its competitors' loss. The figures are last month's, so a month's sales
need no second pass.
"""

import numpy as np


def market_totals(values: np.ndarray, market: np.ndarray, markets: int) -> np.ndarray:
    """A column summed over each market's IKM (0 where a market has none)."""
    return np.bincount(market, weights=values, minlength=markets)


def market_index(
    sold: np.ndarray, base: np.ndarray, market: np.ndarray, markets: int
) -> np.ndarray:
    """Sales per rupiah of base demand in each market (1 where a market has no firm)."""
    total_sold = market_totals(sold, market, markets)
    total_base = market_totals(base, market, markets)
    return np.divide(total_sold, total_base, out=np.ones(markets), where=total_base > 0)


def trend_factor(annual_growth: np.ndarray, months: int) -> np.ndarray:
    """How much a market on its trend has grown after `months`: (1 + g)^(months / 12)."""
    return np.power(1.0 + annual_growth, months / 12.0)


def crowding(
    index: np.ndarray,
    reference: np.ndarray,
    displacement: float,
    base: np.ndarray | None = None,
    base_on_trend: np.ndarray | None = None,
) -> np.ndarray:
    """Factor on each market's sales: (reference x base_on_trend / (index x base))^d.

    `base` is the market's base demand and `base_on_trend` what its firm stock's trend gives
    (omit both to count only the index); a market with no base demand is left alone.
    """
    if displacement == 0.0:
        return np.ones(len(index))
    ratio = index / reference
    if base is not None and base_on_trend is not None:
        size = np.divide(base, base_on_trend, out=np.ones(len(base)), where=base_on_trend > 0)
        ratio = ratio * np.where(base > 0, size, 1.0)
    return np.power(1.0 / ratio, displacement)


def incidence(crowding: np.ndarray, on_price: float) -> tuple[np.ndarray, np.ndarray]:
    """A crowded market's loss split between its price and its sales: (price, quantity) factors.

    Their product is the crowding factor (the rupiah sales the market's IKM lose are the same);
    `on_price` is the share of it, in logs, that falls on the price.
    """
    price = np.power(crowding, on_price)
    return price, crowding / price
