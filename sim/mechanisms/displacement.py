"""Displacement: an IKM that sells more takes part of it from the others of its market.

A market is a region's IKM of one sector. Its index is what they sell for each rupiah of
their base demand (reach, quality and price raise it). When the index rises above where it
stood at month 0, every IKM of the market sells (reference / index)^d of what it otherwise
would: with d = 0 a firm's gain is all new sales; with d = 1 the market's total stays put
and a treated firm's gain is all its competitors' loss. The index is last month's, so a
month's sales need no second pass.
"""

import numpy as np


def market_index(
    sold: np.ndarray, base: np.ndarray, market: np.ndarray, markets: int
) -> np.ndarray:
    """Sales per rupiah of base demand in each market (1 where a market has no firm)."""
    total_sold = np.bincount(market, weights=sold, minlength=markets)
    total_base = np.bincount(market, weights=base, minlength=markets)
    return np.divide(total_sold, total_base, out=np.ones(markets), where=total_base > 0)


def crowding(index: np.ndarray, reference: np.ndarray, displacement: float) -> np.ndarray:
    """Factor on each market's sales: (reference / index)^displacement."""
    if displacement == 0.0:
        return np.ones(len(index))
    return np.power(reference / index, displacement)
