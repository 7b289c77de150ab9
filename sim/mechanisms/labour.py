"""The labour market (DESIGN §3.6): job seekers above a frictional floor, and matches."""

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


def outside_employment_target(
    other_employment: np.ndarray, rest_growth: np.ndarray, elasticity: float
) -> np.ndarray:
    """Employment outside the modelled firms after a month of the rest of the economy's growth.

    Okun-type: it grows by `elasticity` percent per percent of growth (annual rates).
    """
    return other_employment * np.power(1.0 + rest_growth, elasticity / 12.0)
