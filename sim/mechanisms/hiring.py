"""The labour market (docs/odd.md §7.7): job seekers above a frictional floor, and matches."""

import numpy as np


def job_seekers(unemployed: np.ndarray, labour_force: np.ndarray, frictional: float) -> np.ndarray:
    """Unemployed persons hiring can reach: those above the frictional floor (never < 0)."""
    return np.maximum(unemployed - frictional * labour_force, 0.0)


def matches(
    seekers: np.ndarray, vacancies: np.ndarray, efficiency: float, elasticity: float
) -> np.ndarray:
    """Hires a month: Cobb-Douglas matching, never more than the seekers or the vacancies."""
    seekers, vacancies = np.maximum(seekers, 0.0), np.maximum(vacancies, 0.0)
    met = efficiency * np.power(seekers, elasticity) * np.power(vacancies, 1.0 - elasticity)
    return np.minimum(met, np.minimum(seekers, vacancies))


def unemployment_path(
    start: np.ndarray, natural: np.ndarray, convergence: float, month: int
) -> np.ndarray:
    """Open unemployment without policy at a month: from `start` toward `natural`.

    u(t) = natural + (start - natural) exp(-convergence t / 12), t in months (0 before).
    """
    return natural + (start - natural) * np.exp(-convergence * max(month, 0) / 12.0)


def outside_employment_target(
    other_employment: np.ndarray,
    labour_force_ratio: np.ndarray,
    employment_rate_ratio: np.ndarray,
    rest_growth: np.ndarray,
    expected_growth: np.ndarray,
    elasticity: float,
) -> np.ndarray:
    """Employment outside the modelled firms after a month.

    It keeps pace with the labour force and the region's path of unemployment (the ratios
    of this month's to last month's), and, Okun-type, moves `elasticity` percent per
    percent that the rest of the economy grows above or below its expected growth.
    """
    surprise = np.power((1.0 + rest_growth) / (1.0 + expected_growth), elasticity / 12.0)
    return other_employment * labour_force_ratio * employment_rate_ratio * surprise
