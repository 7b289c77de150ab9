"""IKM sizes by BPS size class, and productivity that covers a firm's costs at entry.

BPS counts an IKM as micro (1-4 workers) or small (5-19). A firm's class is drawn from the
class shares, its workers within the class from a discrete power law whose exponent is
solved so that the class mean is the one the data give (see `class_means`).
"""

from functools import cache

import numpy as np
from scipy import optimize, special

MICRO = (1, 4)  # workers, BPS size classes of manufacturing
SMALL = (5, 19)


def class_means(
    workers_per_ikm: float, micro_share: float, micro_jobs_share: float
) -> tuple[float, float]:
    """Mean workers of a micro and of a small IKM from the overall mean and the two shares.

    micro_share of the firms hold micro_jobs_share of the jobs, so
    mean_micro = W x jobs share / firm share, and the same for small firms.
    """
    micro = workers_per_ikm * micro_jobs_share / micro_share
    small = workers_per_ikm * (1.0 - micro_jobs_share) / (1.0 - micro_share)
    return micro, small


@cache
def class_probabilities(low: int, high: int, mean: float) -> np.ndarray:
    """P(workers = k) for k = low..high, proportional to k^-a, with the given mean.

    The mean is clipped into the class (a mean at its lower end puts every firm there).
    """
    k = np.arange(low, high + 1, dtype=float)
    target = float(np.clip(mean, low + 1e-6, high - 1e-6))

    def mean_at(a: float) -> float:
        w = k**-a
        return float(np.sum(k * w) / np.sum(w)) - target

    a = optimize.brentq(mean_at, -60.0, 60.0)
    w = k**-a
    return w / w.sum()


def ikm_workers(
    u_class: np.ndarray,
    u_size: np.ndarray,
    micro_share: float,
    micro_mean: float,
    small_mean: float,
) -> np.ndarray:
    """Workers of each IKM from two uniforms: its size class, then its size within it."""
    out = np.empty(len(u_class))
    micro = u_class < micro_share
    for mask, (low, high), mean in ((micro, MICRO, micro_mean), (~micro, SMALL, small_mean)):
        cdf = np.cumsum(class_probabilities(low, high, round(mean, 9)))
        index = np.minimum(np.searchsorted(cdf, u_size[mask], side="right"), len(cdf) - 1)
        out[mask] = low + index
    return out


def viable_productivity(u: np.ndarray, break_even: np.ndarray, dispersion: float) -> np.ndarray:
    """Value added per worker, relative to the mean, of firms that cover their costs.

    Potential firms draw log value added per worker from a normal of sd `dispersion`; only
    those at or above `break_even` (relative to the mean) start (Melitz 2003-style selection
    at entry). The potential firms' mean is set so that the firms that do start have mean 1:
    `value_added_per_worker` stays the mean of the firms in the market. Drawn by inverting
    the truncated normal at `u`.
    """
    if dispersion == 0.0:
        return np.ones(len(u))
    out = np.empty(len(u))
    levels, which = np.unique(break_even, return_inverse=True)
    for k, level in enumerate(levels):
        scale, cut = _truncation(float(level), dispersion)
        rows = which == k
        p_cut = special.ndtr(cut)
        z = special.ndtri(p_cut + u[rows] * (1.0 - p_cut))
        out[rows] = scale * np.exp(dispersion * z - 0.5 * dispersion**2)
    return out


@cache
def _truncation(break_even: float, sigma: float) -> tuple[float, float]:
    """(scale, cut): potential firms' mean multiplier and the normal cut-off, solved jointly.

    A firm starts when scale exp(sigma z - sigma^2/2) >= break_even; the mean of those that
    start, scale x Phi(sigma - cut) / Phi(-cut), must be 1.
    """
    if break_even <= 0.0:
        return 1.0, -np.inf

    def cut_of(scale: float) -> float:
        return (np.log(break_even / scale) + 0.5 * sigma**2) / sigma

    def kept_mean(log_scale: float) -> float:
        scale = np.exp(log_scale)
        c = cut_of(scale)
        return float(np.log(scale) + special.log_ndtr(sigma - c) - special.log_ndtr(-c))

    log_scale = optimize.brentq(kept_mean, np.log(break_even) - 40.0 * sigma, 0.0)
    scale = float(np.exp(log_scale))
    return scale, float(cut_of(scale))
