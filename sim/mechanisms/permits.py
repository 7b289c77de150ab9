"""Bureaucracy: permit delays and abandonment while waiting (DESIGN §2)."""

import numpy as np


def permit_delay(mean_delay: np.ndarray, gamma_draw: np.ndarray) -> np.ndarray:
    """Whole months to wait: the mean times a unit-mean gamma draw, rounded."""
    return np.rint(mean_delay * gamma_draw).astype(np.int32)


def advance_permits(
    wait: np.ndarray, u: np.ndarray, abandon_rate: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One waiting month: some are abandoned, the others count down; at zero they are granted.

    Returns (new wait, granted mask, abandoned mask).
    """
    abandoned = u < abandon_rate
    remaining = np.where(abandoned, wait, wait - 1)
    granted = ~abandoned & (remaining <= 0)
    return np.maximum(remaining, 0), granted, abandoned
