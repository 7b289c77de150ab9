import numpy as np
import pytest

from sim.mechanisms.demography import death_hazard, dies_this_month, exiting, expected_entrants


def test_exit_after_months_of_negative_cash_firms_only():
    out = exiting(
        alive=np.array([True, True, True, False]),
        negative_cash_months=np.array([6, 5, 9, 9]),
        is_firm=np.array([True, True, False, True]),
        exit_after=6,
    )
    assert out.tolist() == [True, False, False, False]


def test_entry_replaces_expected_deaths_adds_the_trend_and_rises_with_the_climate():
    e = expected_entrants(
        expected_deaths=np.array([1.0, 1.0, 1.0, 1.0, 1.0]),
        firms=np.full(5, 120.0),
        stock_growth=np.array([0.0, 0.1, 0.0, 0.0, 0.0]),
        growth_gap=np.array([0.0, 0.0, 0.05, 0.0, -1.0]),
        infrastructure_gap=np.array([0.0, 0.0, 0.0, 0.5, 0.0]),
        growth_sensitivity=5.0,
        infrastructure_sensitivity=1.0,
    )
    assert e == pytest.approx([1.0, 2.0, 1.25, 1.5, 0.0])


def test_death_hazard_falls_with_age_and_size():
    h = death_hazard(
        np.array([0, 240, 240, 240]), np.array([2.0, 2.0, 1.0, 32.0]), 0.06, 1.0, 2.0, 0.25, 2.0
    )
    assert h[0] == pytest.approx(0.06 * (1 + 1.0))  # a newborn: twice the old rate
    assert h[1] == pytest.approx(0.06 * (1 + np.exp(-10)))
    assert h[2] > h[1] > h[3]
    assert h[3] == pytest.approx(h[1] * 16**-0.25)


def test_a_monthly_death_from_the_annual_hazard():
    u = np.linspace(0.0005, 0.9995, 1000)
    assert dies_this_month(np.full(1000, 0.12), u).mean() == pytest.approx(
        1 - np.exp(-0.01), abs=1e-3
    )
