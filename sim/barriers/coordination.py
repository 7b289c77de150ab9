"""Coordination and communication: how often a month of working together goes right.

The sources name poor communication and coordination as common causes of failed
partnerships (seeds 000, 004). The chance rises with the partners' digital adoption (they
can reach each other), with the months they have already worked together, with business
forums, and when the agency side works with other agencies (inter-agency partnerships,
seed 002: Sumatera Utara). It multiplies the monthly success chance (`sim.barriers.trust`).
"""

import numpy as np

from sim.params.base import Frozen, param


class CoordinationParams(Frozen):
    """Parameters of the coordination barrier (scenario section `barriers`)."""

    coordination: float = param(
        0.8,
        "probability",
        "Base chance a month of cooperation goes right "
        "with full trust and no culture gap (communication, "
        "coordination).",
        ge=0.0,
        le=1.0,
        source="seeds 000 and 004: communication and coordination fail some months; base assumed",
    )
    coordination_digital: float = param(
        0.15,
        "probability per unit digital adoption",
        "Better coordination when both partners are online (mean of their adoption).",
        ge=0.0,
        le=1.0,
        source="seed 003: digital tools ease communication with buyers; size assumed",
    )
    coordination_experience: float = param(
        0.1,
        "probability after a year together",
        "Better coordination as partners learn to work together (full after 12 months).",
        ge=0.0,
        le=1.0,
        source="Gulati 1995 (AMJ): repeated ties ease coordination; size assumed",
    )
    coordination_interagency: float = param(
        0.05,
        "probability",
        "Better coordination for firms served by an agency that partners other agencies.",
        ge=0.0,
        le=1.0,
        source="seed 002: inter-agency partnerships in Sumatera Utara improve coordination; "
        "size assumed",
    )


EXPERIENCE_MONTHS = 12.0  # months after which experience adds its full gain


def coordination(
    p: CoordinationParams,
    digital_a: np.ndarray,
    digital_b: np.ndarray,
    months_together: np.ndarray,
    boost: np.ndarray,
) -> np.ndarray:
    """Chance (0..1) that communication and coordination go right in a month.

    `boost` is what forums and inter-agency ties add for this pair.
    """
    experience = np.clip(months_together / EXPERIENCE_MONTHS, 0.0, 1.0)
    mean_digital = 0.5 * (np.asarray(digital_a) + np.asarray(digital_b))
    return np.clip(
        p.coordination
        + p.coordination_digital * mean_digital
        + p.coordination_experience * experience
        + boost,
        0.0,
        1.0,
    )
