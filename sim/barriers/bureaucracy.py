"""Bureaucracy: partnerships that need a permit or a formal agreement wait for it.

Agency, strategic and inter-regional partnerships (by default) wait a gamma-distributed
delay with the region's mean (`permit_delay_mean`; the slower region counts across a border);
each waiting month some are abandoned. Permit reform and inter-regional agreements shorten
the wait.
"""

import numpy as np

from sim.params.base import Frozen, param
from sim.params.per_kind import PERMIT_KINDS


class BureaucracyParams(Frozen):
    """Parameters of the bureaucracy barrier (scenario section `barriers`)."""

    permit_kinds: tuple[str, ...] = param(
        PERMIT_KINDS,
        "kinds",
        "Kinds that need a permit or formal agreement.",
        source="docs/odd.md §7.3: agency, strategic, inter-regional need a formal agreement",
    )
    permit_delay_shape: float = param(
        2.0,
        "gamma shape",
        "Dispersion of permit delays (large = every delay equals the mean).",
        gt=0.0,
        source="assumption: gamma shape 2: delays vary about as much as their mean",
    )
    permit_abandon_rate: float = param(
        0.05,
        "probability per waiting month",
        "Chance a waiting partnership is abandoned.",
        ge=0.0,
        le=1.0,
        source="assumption: one in twenty waiting proposals gives up each month",
    )


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
