import numpy as np
import pytest

from sim.mechanisms.labour import job_seekers, matches, outside_employment_target


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


def test_outside_jobs_grow_by_the_employment_elasticity_of_growth():
    after_a_year = np.array([1000.0])
    for _ in range(12):
        after_a_year = outside_employment_target(after_a_year, np.array([0.05]), 0.4)
    assert after_a_year[0] == pytest.approx(1000.0 * 1.05**0.4)
    shrinking = outside_employment_target(np.array([1000.0]), np.array([-0.1]), 0.4)
    assert shrinking[0] < 1000.0
