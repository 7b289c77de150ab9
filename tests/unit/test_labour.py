import numpy as np
import pytest

from sim.mechanisms.hiring import (
    job_seekers,
    matches,
    outside_employment_target,
    unemployment_path,
)


def test_job_seekers_are_the_unemployed_above_the_frictional_floor():
    seekers = job_seekers(np.array([5_000.0, 1_000.0]), np.array([100_000.0, 100_000.0]), 0.02)
    assert seekers.tolist() == [3_000.0, 0.0]


def test_matches_by_hand_and_never_more_than_seekers_or_vacancies():
    m = matches(np.array([400.0, 10.0, 1e6, 0.0]), np.array([100.0, 1e6, 10.0, 50.0]), 0.5, 0.5)
    assert m[0] == pytest.approx(0.5 * np.sqrt(400 * 100))  # 100: just fills the vacancies
    assert m[1] == pytest.approx(10.0)  # few seekers: all of them
    assert m[2] == pytest.approx(10.0)  # few vacancies: all of them
    assert m[3] == 0.0


def test_matches_fall_as_seekers_grow_scarce():
    seekers = np.array([1e4, 1e3, 1e2, 1e1])
    m = matches(seekers, np.full(4, 1e3), 0.6, 0.5)
    assert np.all(np.diff(m) < 0)
    assert np.all(m / seekers <= 1.0)


def test_outside_jobs_move_by_the_employment_elasticity_of_growth_surprises():
    one, zero = np.ones(1), np.zeros(1)
    after_a_year = np.array([1000.0])
    for _ in range(12):
        after_a_year = outside_employment_target(
            after_a_year, one, one, np.array([0.05]), zero, 0.4
        )
    assert after_a_year[0] == pytest.approx(1000.0 * 1.05**0.4)
    as_expected = outside_employment_target(
        np.array([1000.0]), one, one, zero + 0.05, zero + 0.05, 0.4
    )
    assert as_expected[0] == pytest.approx(1000.0)
    shrinking = outside_employment_target(np.array([1000.0]), one, one, zero - 0.1, zero, 0.4)
    assert shrinking[0] < 1000.0


def test_outside_jobs_keep_pace_with_the_labour_force_and_the_unemployment_path():
    one = np.ones(1)
    grown = outside_employment_target(np.array([1000.0]), one * 1.01, one * 0.99, one, one, 0.4)
    assert grown[0] == pytest.approx(1000.0 * 1.01 * 0.99)


def test_unemployment_moves_toward_the_natural_rate():
    start, natural = np.array([0.08]), np.array([0.04])
    path = [unemployment_path(start, natural, 0.2, m)[0] for m in (0, 12, 120, 1200)]
    assert path[0] == pytest.approx(0.08)
    assert path[1] == pytest.approx(0.04 + 0.04 * np.exp(-0.2))
    assert path[0] > path[1] > path[2] > path[3] == pytest.approx(0.04)
