"""Firm entry and exit (docs: ODD, submodel "entry and exit").

Firms leave for two reasons: a death hazard that falls with age and size (the small-firm
death rates of McKenzie & Paffhausen 2019, with the age and size profile of Dunne, Roberts &
Samuelson 1989), and running out of cash. Entry replaces the deaths the hazard expects and
grows the stock by its trend, more where growth and infrastructure improve.
"""

import numpy as np


def exiting(
    alive: np.ndarray, negative_cash_months: np.ndarray, is_firm: np.ndarray, exit_after: int
) -> np.ndarray:
    """Firms that have had negative cash for `exit_after` months leave."""
    return alive & is_firm & (negative_cash_months >= exit_after)


def death_hazard(
    age_months: np.ndarray,
    workers: np.ndarray,
    rate: float,
    young_excess: float,
    young_years: float,
    size_elasticity: float,
    reference_workers: float,
) -> np.ndarray:
    """Annual death hazard of each firm.

    rate x (1 + young_excess x exp(-age / young_years)) x (workers / reference)^-elasticity:
    a newborn firm dies (1 + young_excess) times as often as an old one of the same size.
    """
    young = 1.0 + young_excess * np.exp(-np.maximum(age_months, 0) / (12.0 * young_years))
    size = np.power(np.maximum(workers, 1.0) / reference_workers, -size_elasticity)
    return rate * young * size


def dies_this_month(annual_hazard: np.ndarray, u: np.ndarray) -> np.ndarray:
    """Whether each firm dies this month, from its annual hazard and a uniform."""
    return u < -np.expm1(-annual_hazard / 12.0)


def expected_entrants(
    expected_deaths: np.ndarray,
    firms: np.ndarray,
    stock_growth: np.ndarray,
    growth_gap: np.ndarray,
    infrastructure_gap: np.ndarray,
    growth_sensitivity: float,
    infrastructure_sensitivity: float,
) -> np.ndarray:
    """Mean new firms per region this month (never negative).

    Entrants replace the deaths the hazard expects (`expected_deaths`, real firms a month)
    and grow the stock by `stock_growth` a year, times a climate that rises with the
    region's PDRB growth and infrastructure above where they stood at the start (the gaps):
    without policy the stock follows its trend.
    """
    climate = (1.0 + growth_sensitivity * growth_gap) * (
        1.0 + infrastructure_sensitivity * infrastructure_gap
    )
    return (expected_deaths + firms * stock_growth / 12.0) * np.maximum(climate, 0.0)
