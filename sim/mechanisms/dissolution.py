"""Why partnerships end (docs/odd.md §7.5); unaffordable ones: `sim.barriers.budget`."""

import numpy as np

from sim.barriers.trust import too_low
from sim.core.kinds import EndReason


def end_reasons(
    trust_a: np.ndarray,
    trust_b: np.ndarray,
    threshold: float,
    loss_months: np.ndarray,
    patience: int,
    term_end: np.ndarray,
    month: int,
    age: np.ndarray | None = None,
    grace: int = 0,
) -> np.ndarray:
    """Reason code per active partnership (EndReason.none to go on).

    Low trust on either side comes first (not before `grace` months of `age`, a honeymoon),
    then persistent loss, then the end of the term.
    """
    reason = np.full(len(trust_a), EndReason.none, dtype=np.int8)
    reason[month >= term_end] = EndReason.term_end
    reason[loss_months >= patience] = EndReason.unprofitable
    settled = np.ones(len(trust_a), dtype=bool) if age is None else age >= grace
    reason[too_low(trust_a, trust_b, threshold) & settled] = EndReason.low_trust
    return reason
