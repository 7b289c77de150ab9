import numpy as np
import pytest

from sim.mechanisms.cooperation import absorbed, catch_up, monthly_benefit, sum_by_actor


def test_catch_up_only_toward_a_better_partner_and_only_on_success():
    gain = catch_up(
        np.array([1.0, 3.0, 1.0]), np.array([3.0, 1.0, 3.0]), np.array([True, True, False]), 0.1
    )
    assert gain == pytest.approx([0.2, 0.0, 0.0])


def test_monthly_benefit_by_hand():
    b = monthly_benefit(
        np.array([True, False]),
        np.array([0.05, 0.05]),
        np.array([10e6, 10e6]),
        np.array([0.5, 0.5]),
        0.6,
    )
    assert b == pytest.approx([0.05 * 10e6 * 0.7, 0.0])


def test_sum_by_actor_adds_both_sides():
    total = sum_by_actor(
        4, np.array([0, 1]), np.array([1, 3]), np.array([1.0, 2.0]), np.array([10.0, 20.0])
    )
    assert total.tolist() == [1.0, 12.0, 0.0, 20.0]


def test_base_value_is_smaller_firm_or_the_firm_with_an_agency():
    from sim.mechanisms.cooperation import base_value

    firm_a = np.array([True, True, False])
    firm_b = np.array([True, False, True])
    v = base_value(firm_a, firm_b, np.array([5.0, 5.0, 0.0]), np.array([3.0, 0.0, 7.0]))
    assert v.tolist() == [3.0, 5.0, 7.0]


def test_absorbed_lessons_stop_at_the_ceiling_of_absorptive_capacity():
    own = np.array([100.0, 100.0, 100.0, 100.0])
    gain = np.array([10.0, 10.0, 10.0, 0.0])
    learned = np.array([1.0, 1.45, 1.6, 1.0])  # nothing yet, near the ceiling, past it
    factor = absorbed(own, gain, learned, ceiling=0.5)
    assert factor == pytest.approx([1.10, 1.5 / 1.45, 1.0, 1.0])
    assert np.all((learned * factor <= 1.5 + 1e-12) | (learned > 1.5))
