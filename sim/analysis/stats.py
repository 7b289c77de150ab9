"""Small statistics used by the comparisons: quantile bands, pairing by run, bootstrap intervals."""

import zlib
from collections.abc import Iterator

import numpy as np
import pandas as pd


def band(values: np.ndarray, low: float = 0.1, high: float = 0.9) -> tuple[float, float, float]:
    """Median and a `low`..`high` quantile band of values across seeds."""
    q = np.quantile(values, [0.5, low, high])
    return float(q[0]), float(q[1]), float(q[2])


def bootstrap_mean(
    diffs: np.ndarray, rng: np.random.Generator, draws: int = 2000, level: float = 0.95
) -> tuple[float, float, float]:
    """Mean of paired differences and its percentile bootstrap interval (none from one pair)."""
    diffs = np.asarray(diffs, dtype=float)
    if len(diffs) == 0:
        return np.nan, np.nan, np.nan
    if len(diffs) == 1:
        return float(diffs[0]), np.nan, np.nan
    picks = rng.integers(0, len(diffs), (draws, len(diffs)))
    means = diffs[picks].mean(axis=1)
    tail = (1.0 - level) / 2.0
    low, high = np.quantile(means, [tail, 1.0 - tail])
    return float(diffs.mean()), float(low), float(high)


def bootstrap_ratio(
    numerator: np.ndarray,
    denominator: np.ndarray,
    rng: np.random.Generator,
    draws: int = 2000,
    level: float = 0.95,
) -> tuple[float, float, float]:
    """sum(numerator) / sum(denominator) over pairs, with a percentile bootstrap interval.

    The estimate is NaN when the denominator's sum is not positive (no jobs created: no cost
    per job), and the interval is NaN when resampled denominators reach zero (the ratio is then
    unbounded: a cost per job when the effect on jobs cannot be told from zero).
    """
    numerator, denominator = np.asarray(numerator, float), np.asarray(denominator, float)
    if len(numerator) == 0 or denominator.sum() <= 0:  # e.g. no jobs created: no cost per job
        return np.nan, np.nan, np.nan
    if len(numerator) == 1:
        return float(numerator.sum() / denominator.sum()), np.nan, np.nan
    picks = rng.integers(0, len(numerator), (draws, len(numerator)))
    num, den = numerator[picks].sum(axis=1), denominator[picks].sum(axis=1)
    tail = (1.0 - level) / 2.0
    estimate = float(numerator.sum() / denominator.sum())
    if (den <= 0).any() and (den >= 0).any():
        return estimate, np.nan, np.nan
    low, high = np.quantile(num / den, [tail, 1.0 - tail])
    return estimate, float(low), float(high)


KEYS = ["scenario", "point", "run"]  # a run of an experiment


def stream(seed: int, *labels: object) -> np.random.Generator:
    """A bootstrap stream of its own for one interval: seed and labels, nothing else."""
    return np.random.default_rng([seed, *(zlib.crc32(str(x).encode()) for x in labels)])


def paired(
    wide: pd.DataFrame, baseline: str, horizons: tuple[int, ...], by: list[str]
) -> Iterator[tuple[int, tuple, pd.DataFrame]]:
    """Yield (horizon, group key, rows) of each non-baseline scenario at each horizon.

    Each row stands next to the baseline's of the same point and run (columns `...@base`).
    """
    for month in horizons:
        at = wide[wide["month"] == month]
        base = at[at["scenario"] == baseline].drop(columns=["scenario"])
        pairs = at.merge(base, on=["point", "run", "month", "region"], suffixes=("", "@base"))
        for key, group in pairs[pairs["scenario"] != baseline].groupby(by, observed=True):
            yield month, key, group
