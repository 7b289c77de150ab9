"""Culture distance, monthly cooperation success and trust with forgetting (DESIGN §2)."""

import numpy as np


def culture_distance(culture_a: np.ndarray, culture_b: np.ndarray) -> np.ndarray:
    """Mean absolute difference of culture vectors (rows), in [0, 1]."""
    return np.clip(np.abs(culture_a - culture_b).mean(axis=-1), 0.0, 1.0)


def success_probability(
    trust_a: np.ndarray,
    trust_b: np.ndarray,
    distance: np.ndarray,
    coordination: float,
    culture_weight: float,
    trust_independent: float,
) -> np.ndarray:
    """Chance a month of cooperation succeeds.

    coordination x (1 - culture_weight x distance) x (f + (1 - f) sqrt(trust_a trust_b)),
    where f is the part of success that does not depend on trust (communication and
    coordination are in `coordination`).
    """
    mutual = np.sqrt(np.clip(trust_a, 0, 1) * np.clip(trust_b, 0, 1))
    fit = 1.0 - culture_weight * distance
    return coordination * fit * (trust_independent + (1.0 - trust_independent) * mutual)


def update_trust(trust: np.ndarray, succeeded: np.ndarray, learning_rate: float) -> np.ndarray:
    """Exponential forgetting: old experience fades, the latest month counts `learning_rate`."""
    return (1.0 - learning_rate) * trust + learning_rate * succeeded.astype(float)


def trust_fixed_point(
    coordination: float, culture_weight: float, distance: float, trust_independent: float
) -> float:
    """Long-run expected trust of a symmetric pair: t* = p(t*) (analytic check of the rule)."""
    c = coordination * (1.0 - culture_weight * distance)
    return c * trust_independent / (1.0 - c * (1.0 - trust_independent))
