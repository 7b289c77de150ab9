"""Business-as-usual is the region as it is: the baseline benchmark's criteria, reduced.

`benchmarks/bench_baseline.py` checks them over 20 seeds and 120 months for every shipped
regional scenarios; here the default world (20 seeds) and Lebak (4) run 36 months.
"""

import numpy as np
import pytest

from sim.analysis.baseline_check import baseline_figures, levers_off_model, medians, verdicts

SEEDS = {"default": 20, "lebak": 4}  # the default world is small (600 firm agents): noisier
MONTHS = 36


@pytest.fixture(scope="module", params=list(SEEDS))
def figures(request: pytest.FixtureRequest) -> dict:
    name = request.param
    return medians([baseline_figures(name, k, MONTHS) for k in range(SEEDS[name])])


def test_no_build_up_wave_and_few_firms_losing_money_at_the_start(figures: dict) -> None:
    held = verdicts(figures, MONTHS)
    assert held["wave"], figures["jobs_m24_m0"]
    assert held["losses"], figures["losing_month1"]
    assert held["floor"], figures["months_at_floor"]


def test_firm_stock_and_sizes_stay_where_the_data_put_them(figures: dict) -> None:
    # four years of the 2.2%/year IMK trend: about +9%
    assert 0.95 <= figures["firms_m120_m0"] <= 1.20
    assert 0.9 <= figures["size_m120_m0"] <= 1.15
    assert figures["under_five_m0"] >= 0.8  # BPS: micro firms are 88% of IKM


def test_firms_die_at_the_small_firm_rate_every_year(figures: dict) -> None:
    assert all(5.0 <= e <= 12.0 for e in figures["exit_by_year"]), figures["exit_by_year"]
    # entry replaces deaths and adds the stock's trend
    assert np.mean(figures["entry_by_year"]) > np.mean(figures["exit_by_year"])


def test_workers_per_ikm_at_month_0_are_the_data_figure() -> None:
    model = levers_off_model("lebak", 0)
    t = model.actors
    ikm = np.flatnonzero(model.world.is_alive_firm() & ~t.large[: t.n])
    mean = np.average(t.workers[ikm], weights=t.weight[ikm])
    assert mean == pytest.approx(model.params.firms.workers_per_ikm, rel=1e-9)


def test_the_spin_up_is_deterministic_and_shared_by_paired_runs() -> None:
    a, b = levers_off_model("lebak", 3), levers_off_model("lebak", 3)
    ta, tb = a.actors, b.actors
    assert ta.n == tb.n and a.ledger.n == b.ledger.n > 0
    assert np.array_equal(ta.workers[: ta.n], tb.workers[: tb.n])
    assert np.array_equal(ta.cash[: ta.n], tb.cash[: tb.n])
    assert a.month == 0 and len(a.world.history) == 1
