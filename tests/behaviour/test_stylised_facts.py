"""Stylised facts of firms and partnership networks (shared/data/README.md), on the default
world at 3,000 firms and 120 months, for a few seeds.

Firm sizes right-skewed with a Zipf-like tail (Axtell 2001); annual growth rates tent-shaped
with fat tails (Stanley et al. 1996; Bottazzi & Secchi 2006); growth volatility falling with
size about as size^-0.2 (Amaral et al. 1997); sparse partnership networks with hubs (Powell
et al. 2005).
"""

from functools import cache

import numpy as np
import pytest
from scipy import stats

from sim import PartnershipModel
from sim.core.kinds import State

SEEDS = (1, 2, 3)


@cache
def _history(seed: int) -> tuple[dict[int, dict[int, float]], PartnershipModel]:
    """Workers of every firm by its key, each January, and the model at month 120."""
    model = PartnershipModel(n_firms=3000, n_agencies=30, rng=seed)
    t, years = model.actors, {}
    for month in range(1, 121):
        model.step()
        if month % 12 == 0:
            firms = np.flatnonzero(model.is_alive_firm())
            years[month] = dict(zip(t.key[firms].tolist(), t.workers[firms].tolist(), strict=True))
    return years, model


def _growth(seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Annual log growth of workers of firms alive a year apart, and their starting size."""
    years, _ = _history(seed)
    growth, size = [], []
    for month in range(24, 121, 12):
        before, after = years[month - 12], years[month]
        for key, workers in before.items():
            if key in after:
                growth.append(np.log(after[key] / workers))
                size.append(workers)
    return np.array(growth), np.array(size)


@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_growth_rates_are_fat_tailed(seed):
    growth, _ = _growth(seed)
    assert stats.kurtosis(growth) > 1.0  # a normal has 0


@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_volatility_falls_with_size(seed):
    growth, size = _growth(seed)
    size_class = np.floor(np.log2(size)).astype(int)  # 2-3, 4-7, ... workers
    # one-worker firms are left out: their owner keeps working, so they cannot shrink
    kept = [c for c in np.unique(size_class) if (size_class == c).sum() >= 30 and c >= 1]
    sd = [growth[size_class == c].std() for c in kept]
    mean_size = [np.log(size[size_class == c]).mean() for c in kept]
    slope = np.polyfit(mean_size, np.log(sd), 1)[0]
    assert -0.35 <= slope <= -0.1


@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_sizes_are_right_skewed_with_a_zipf_like_tail_and_everyone_works(seed):
    _, model = _history(seed)
    workers = model.actors.workers[: model.actors.n][model.is_alive_firm()]
    assert (workers >= 1.0).all()  # the owner
    assert stats.skew(workers) > 2 and np.mean(workers) > np.median(workers)
    top = np.sort(workers)[-len(workers) // 20 :]  # the largest 5%
    survival = np.arange(len(top), 0, -1) / len(workers)
    exponent = -np.polyfit(np.log(top), np.log(survival), 1)[0]
    # Zipf (about 1) holds for all firms; here the top 5% are mostly small IKM, whose BPS
    # size class ends at 19 workers, so the tail is steeper (measured 2.3; docs/validation)
    assert 0.5 < exponent < 3.0


@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_the_partnership_network_is_sparse_with_hubs(seed):
    _, model = _history(seed)
    led, t = model.ledger, model.actors
    rows = led.rows_in(State.active)
    degree = np.bincount(np.concatenate([led.a[rows], led.b[rows]]), minlength=t.n)
    degree = degree[np.flatnonzero(t.alive[: t.n])]
    assert degree.max() / degree.mean() > 4
    assert model.latest("network_density") < 0.01
