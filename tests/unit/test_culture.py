import numpy as np
import pytest

from sim.barriers.culture import culture_distance, culture_fit


def test_culture_distance_is_mean_absolute_difference():
    a = np.array([[0.0, 0.0, 1.0, 1.0], [0.5, 0.5, 0.5, 0.5]])
    b = np.array([[1.0, 0.0, 1.0, 0.0], [0.5, 0.5, 0.5, 0.5]])
    assert culture_distance(a, b) == pytest.approx([0.5, 0.0])


def test_culture_fit_is_one_minus_weight_times_distance():
    assert culture_fit(np.array([0.0, 0.5, 1.0]), 0.6) == pytest.approx([1.0, 0.7, 0.4])
    assert culture_fit(0.5, 0.0) == 1.0  # a weight of 0 switches the barrier off
