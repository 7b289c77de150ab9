"""Trust: each side's trust in the other, learnt month by month with forgetting.

A first partnership starts from the kind's initial trust (a previous partner from what was
remembered); every month trust moves toward 1 after success and toward 0 after failure
(Cowan, Jonard and Zimmermann 2007); a partnership whose trust falls below the threshold
ends. Trust and the culture fit set the chance that a month succeeds.
"""

import numpy as np

from sim.barriers.culture import culture_fit
from sim.params.base import Frozen, param
from sim.params.per_kind import InitialTrust


class TrustParams(Frozen):
    """Parameters of the trust barrier (scenario section `barriers`)."""

    initial_trust: InitialTrust = param(
        InitialTrust(),
        "trust 0..1",
        "Trust at the start of a first partnership, by kind.",
        source="assumption: per kind (KindSpec, sim/core/kinds.py); strangers start lowest",
    )
    trust_grace_months: int = param(
        3,
        "months",
        "A new partnership is not ended for low trust in its first months (a honeymoon).",
        ge=0,
        le=120,
        source="Fichman & Levinthal 1991 (AMR): new relationships have an initial honeymoon",
    )
    trust_learning_rate: float = param(
        0.15,
        "weight of one month",
        "Trust update with forgetting: t <- (1-r) t + r outcome (Cowan et al.).",
        ge=0.0,
        le=1.0,
        source="Cowan, Jonard and Zimmermann (2007): trust updated with forgetting; rate assumed",
    )
    trust_threshold: float = param(
        0.3,
        "trust 0..1",
        "A partnership ends when either side's trust falls below this.",
        ge=0.0,
        le=1.0,
        source="assumption: partners part when trust falls below 0.3",
    )
    trust_independent_success: float = param(
        0.5,
        "fraction",
        "Part of the success chance that does not depend on trust.",
        ge=0.0,
        le=1.0,
        source="assumption: half of the success chance does not depend on trust",
    )


def success_probability(
    trust_a: np.ndarray,
    trust_b: np.ndarray,
    distance: np.ndarray,
    coordination: np.ndarray | float,
    culture_weight: float,
    trust_independent: float,
) -> np.ndarray:
    """Chance a month of cooperation succeeds.

    coordination x culture fit x (f + (1 - f) sqrt(trust_a trust_b)), where f is the part of
    success that does not depend on trust (communication and coordination are in
    `coordination`).
    """
    mutual = np.sqrt(np.clip(trust_a, 0, 1) * np.clip(trust_b, 0, 1))
    fit = culture_fit(distance, culture_weight)
    return coordination * fit * (trust_independent + (1.0 - trust_independent) * mutual)


def update_trust(trust: np.ndarray, succeeded: np.ndarray, learning_rate: float) -> np.ndarray:
    """Exponential forgetting: old experience fades, the latest month counts `learning_rate`."""
    return (1.0 - learning_rate) * trust + learning_rate * succeeded.astype(float)


def too_low(trust_a: np.ndarray, trust_b: np.ndarray, threshold: float) -> np.ndarray:
    """Partnerships in which either side's trust is below the threshold (they end)."""
    return (trust_a < threshold) | (trust_b < threshold)


def trust_fixed_point(
    coordination: float, culture_weight: float, distance: float, trust_independent: float
) -> float:
    """Long-run expected trust of a symmetric pair: t* = p(t*) (analytic check of the rule)."""
    c = coordination * float(culture_fit(distance, culture_weight))
    return c * trust_independent / (1.0 - c * (1.0 - trust_independent))
