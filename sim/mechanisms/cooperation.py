"""A month of cooperation: what success brings each side (docs/odd.md §7.4)."""

import numpy as np

from sim.barriers.culture import culture_fit


def base_value(
    firm_a: np.ndarray, firm_b: np.ndarray, value_added_a: np.ndarray, value_added_b: np.ndarray
) -> np.ndarray:
    """Value a partnership's benefit is a share of (rupiah per month).

    Two firms: the smaller one's value added; a firm with an agency: the firm's.
    """
    return np.where(
        firm_a & firm_b,
        np.minimum(value_added_a, value_added_b),
        np.where(firm_a, value_added_a, value_added_b),
    )


def catch_up(
    own: np.ndarray, partner: np.ndarray, succeeded: np.ndarray, rate: float
) -> np.ndarray:
    """Gain of `own` toward a better partner after a successful month (0 otherwise)."""
    return np.where(succeeded, rate * np.maximum(partner - own, 0.0), 0.0)


def absorbed(own: np.ndarray, gain: np.ndarray, learned: np.ndarray, ceiling: float) -> np.ndarray:
    """Factor by which know-how rises from partners' lessons `gain`, within absorptive capacity.

    `learned` is the factor already learned; learning stops once it reaches 1 + `ceiling`.
    """
    headroom = np.maximum((1.0 + ceiling) / learned - 1.0, 0.0)
    relative = np.divide(gain, own, out=np.zeros_like(gain), where=own > 0)
    return 1.0 + np.minimum(relative, headroom)


def forgotten(learned: np.ndarray, depreciation: float) -> np.ndarray:
    """Factor by which productivity falls as a month's share of learned know-how is lost.

    The learned factor L moves to 1 + (L - 1)(1 - depreciation); productivity falls by the
    same ratio. Firms that learned nothing (L = 1) lose nothing.
    """
    return (1.0 + (learned - 1.0) * (1.0 - depreciation)) / learned


def monthly_benefit(
    succeeded: np.ndarray,
    benefit_rate: np.ndarray,
    base_value: np.ndarray,
    distance: np.ndarray,
    culture_weight: float,
) -> np.ndarray:
    """Benefit to a firm side of one month (rupiah): cost sharing and joint orders on success."""
    return np.where(
        succeeded, benefit_rate * base_value * culture_fit(distance, culture_weight), 0.0
    )


def upgrade(quality: np.ndarray, step: float) -> np.ndarray:
    """Quality gained by a product upgrade: `step` of the gap to top quality (1)."""
    return step * (1.0 - np.clip(quality, 0.0, 1.0))


def sum_by_actor(
    n_actors: int, a: np.ndarray, b: np.ndarray, value_a: np.ndarray, value_b: np.ndarray
) -> np.ndarray:
    """Total per actor of values held by side a and side b of many partnerships."""
    return np.bincount(a, weights=value_a, minlength=n_actors) + np.bincount(
        b, weights=value_b, minlength=n_actors
    )
