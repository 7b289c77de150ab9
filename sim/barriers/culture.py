"""Culture: the distance between two actors' working cultures, and what it costs them.

Distance d in [0, 1] is the mean absolute difference of the culture vectors. It lowers the
value of a match (search), the chance that a month of cooperation succeeds and what a good
month brings (cooperation), through one factor, `culture_fit` = 1 - culture_weight x d.
Training narrows it (the culture of trained firms moves toward their region's profile).
"""

import numpy as np

from sim.params.base import Frozen, param


class CultureParams(Frozen):
    """Parameters of the culture barrier (scenario section `barriers`)."""

    culture_dimensions: int = param(
        4,
        "dimensions",
        "Length of culture vectors (hierarchy, formality, risk, collectivism).",
        ge=1,
        le=32,
        source="Hofstede-style dimensions (hierarchy, formality, risk, collectivism)",
    )
    culture_spread: float = param(
        0.15,
        "culture units (sd)",
        "Spread of actors' culture around their region's profile.",
        ge=0.0,
        le=1.0,
        source="assumption: actors differ moderately from their region's profile",
    )
    culture_weight: float = param(
        0.6,
        "fraction",
        "How much culture distance lowers match value and monthly success.",
        ge=0.0,
        le=1.0,
        source="seeds 000, 004: differing culture is a main barrier; strength assumed",
    )
    region_culture_spread: float = param(
        0.1,
        "culture units (sd)",
        "How far a region's culture profile lies from the middle when a scenario gives none "
        "(partners across regions meet a culture gap).",
        ge=0.0,
        le=0.5,
        source="seeds 000, 001: working cultures differ between places; size assumed",
    )


def culture_distance(culture_a: np.ndarray, culture_b: np.ndarray) -> np.ndarray:
    """Mean absolute difference of culture vectors (rows), in [0, 1].

    The dimensions are added one after another, as `mean` adds a row of fewer than eight,
    but over columns: quicker than `mean(axis=-1)` for many short rows.
    """
    gap = np.abs(culture_a - culture_b)
    total = gap[..., 0].copy()
    for dimension in range(1, gap.shape[-1]):
        total += gap[..., dimension]
    return np.clip(total / gap.shape[-1], 0.0, 1.0)


def culture_fit(distance: np.ndarray | float, culture_weight: float) -> np.ndarray | float:
    """How much of a partnership's value survives the culture gap: 1 - weight x distance."""
    return 1.0 - culture_weight * distance


def toward_profile(
    culture: np.ndarray, profile: np.ndarray, gap_factor: np.ndarray | float
) -> np.ndarray:
    """Cultures with their gap to `profile` scaled by `gap_factor` (one per row, or one for all).

    Below 1 a culture moves toward the profile (training aligns it); above 1 it moves back
    (an aligned culture lapses).
    """
    return profile + (culture - profile) * np.reshape(gap_factor, (-1, 1))
