import numpy as np
import pytest

from sim.mechanisms.demography import exiting, expected_entrants


def test_exit_after_months_of_negative_cash_firms_only():
    out = exiting(
        alive=np.array([True, True, True, False]),
        negative_cash_months=np.array([6, 5, 9, 9]),
        is_firm=np.array([True, True, False, True]),
        exit_after=6,
    )
    assert out.tolist() == [True, False, False, False]


def test_entry_rises_with_growth_and_infrastructure_never_negative():
    e = expected_entrants(
        np.array([100.0, 100.0, 100.0, 100.0]),
        growth=np.array([0.0, 0.05, 0.0, -1.0]),
        infrastructure=np.array([0.5, 0.5, 1.0, 0.5]),
        rate=0.01,
        growth_sensitivity=5.0,
        infrastructure_sensitivity=1.0,
    )
    assert e == pytest.approx([1.0, 1.25, 1.5, 0.0])
