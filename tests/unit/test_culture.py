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


@pytest.mark.parametrize("width", [1, 2, 4, 7])
def test_culture_distance_is_exactly_numpys_mean_of_a_row(width):
    """Summed a column at a time, to the last bit what `mean(axis=-1)` gives."""
    rng = np.random.default_rng(width)
    a, b = rng.random((5_000, width)), rng.random((5_000, width))
    expected = np.clip(np.abs(a - b).mean(axis=-1), 0.0, 1.0)
    np.testing.assert_array_equal(culture_distance(a, b), expected)
    assert culture_distance(a[0], b[0]) == expected[0]  # one pair's vectors


def test_a_culture_aligned_by_training_lapses_back_to_where_it_was():
    from sim.barriers.culture import toward_profile
    from sim.mechanisms.cooperation import forgotten

    culture, profile = np.array([[0.2, 0.9]]), np.array([[0.6, 0.5]])
    gap = np.array([0.7])  # training closed 30 % of the gap
    aligned = toward_profile(culture, profile, gap)
    np.testing.assert_allclose(aligned, [[0.32, 0.78]])
    for _ in range(600):  # fifty years of a lapse of 30 % a year, a month at a time
        back = forgotten(gap, 1.0 - 0.7 ** (1 / 12))
        aligned, gap = toward_profile(aligned, profile, back), gap * back
    np.testing.assert_allclose(aligned, culture, atol=1e-6)
    np.testing.assert_allclose(gap, [1.0], atol=1e-9)
