import numpy as np
import pytest

from sim.barriers.trust import success_probability, too_low, trust_fixed_point, update_trust


def test_success_probability_by_hand():
    # 0.9 * (1 - 0.6*0.5) * (0.5 + 0.5*sqrt(0.64*0.25)) = 0.9 * 0.7 * 0.7
    p = success_probability(
        np.array([0.64]),
        np.array([0.25]),
        np.array([0.5]),
        coordination=0.9,
        culture_weight=0.6,
        trust_independent=0.5,
    )
    assert p == pytest.approx([0.441])


def test_success_falls_with_culture_distance_and_rises_with_trust():
    d = np.linspace(0, 1, 5)
    p = success_probability(np.full(5, 0.5), np.full(5, 0.5), d, 0.9, 0.6, 0.5)
    assert np.all(np.diff(p) < 0)
    t = np.linspace(0, 1, 5)
    q = success_probability(t, t, np.zeros(5), 0.9, 0.6, 0.5)
    assert np.all(np.diff(q) > 0)


def test_trust_update_moves_toward_outcome_with_forgetting():
    t = update_trust(np.array([0.5, 0.5]), np.array([True, False]), 0.2)
    assert t == pytest.approx([0.6, 0.4])


def test_expected_trust_converges_to_analytic_fixed_point():
    c, w, d, f, r = 0.9, 0.6, 0.3, 0.5, 0.15
    t = np.array([0.1])
    for _ in range(500):  # expected dynamics: t <- (1-r) t + r p(t)
        t = (1 - r) * t + r * success_probability(t, t, np.array([d]), c, w, f)
    assert t[0] == pytest.approx(trust_fixed_point(c, w, d, f), abs=1e-9)


def test_fixed_point_by_hand():
    # c' = 0.9*(1-0.6*0.5) = 0.63; t* = 0.63*0.5 / (1 - 0.63*0.5) = 0.315/0.685
    assert trust_fixed_point(0.9, 0.6, 0.5, 0.5) == pytest.approx(0.315 / 0.685)


def test_too_low_ends_when_either_side_is_below_the_threshold():
    a, b = np.array([0.2, 0.5, 0.5, 0.3]), np.array([0.9, 0.1, 0.5, 0.3])
    assert too_low(a, b, 0.3).tolist() == [True, True, False, False]
