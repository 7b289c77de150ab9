"""Firm entry and exit (DESIGN §3.7)."""

import numpy as np


def exiting(
    alive: np.ndarray, negative_cash_months: np.ndarray, is_firm: np.ndarray, exit_after: int
) -> np.ndarray:
    """Firms that have had negative cash for `exit_after` months leave."""
    return alive & is_firm & (negative_cash_months >= exit_after)


def expected_entrants(
    firms: np.ndarray,
    growth: np.ndarray,
    infrastructure: np.ndarray,
    rate: float,
    growth_sensitivity: float,
    infrastructure_sensitivity: float,
) -> np.ndarray:
    """Mean new firms per region this month (never negative).

    A base rate per firm, rising with the region's annual PDRB growth and infrastructure.
    """
    climate = (1.0 + growth_sensitivity * growth) * (
        1.0 + infrastructure_sensitivity * (infrastructure - 0.5)
    )
    return rate * firms * np.maximum(climate, 0.0)
