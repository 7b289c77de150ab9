"""Why partnerships end (DESIGN §3.5)."""

import numpy as np

from sim.kinds import EndReason


def end_reasons(
    trust_a: np.ndarray,
    trust_b: np.ndarray,
    threshold: float,
    loss_months: np.ndarray,
    patience: int,
    term_end: np.ndarray,
    month: int,
) -> np.ndarray:
    """Reason code per active partnership (EndReason.none to go on).

    Low trust on either side comes first, then persistent loss, then the end of the term.
    """
    reason = np.full(len(trust_a), EndReason.none, dtype=np.int8)
    reason[month >= term_end] = EndReason.term_end
    reason[loss_months >= patience] = EndReason.unprofitable
    reason[(trust_a < threshold) | (trust_b < threshold)] = EndReason.low_trust
    return reason


def unaffordable(
    actor: np.ndarray, cost: np.ndarray, priority: np.ndarray, cash: np.ndarray
) -> np.ndarray:
    """Which (actor, partnership) holdings the actor cannot pay this month.

    Each actor keeps its partnerships in order of `priority` (highest first) while the running
    total of their costs stays within its cash; the rest are dropped. Returns a mask.
    """
    mask = np.zeros(len(actor), dtype=bool)
    owed = np.bincount(actor, weights=cost, minlength=len(cash))
    short = (owed > np.maximum(cash, 0.0) + 1e-9)[actor]
    if short.any():
        mask[short] = _over_budget(actor[short], cost[short], priority[short], cash)
    return mask


def _over_budget(
    actor: np.ndarray, cost: np.ndarray, priority: np.ndarray, cash: np.ndarray
) -> np.ndarray:
    order = np.lexsort((-priority, actor))
    sorted_actor, sorted_cost = actor[order], cost[order]
    running = np.cumsum(sorted_cost)
    group_start = np.flatnonzero(np.r_[True, sorted_actor[1:] != sorted_actor[:-1]])
    before_group = np.repeat(
        running[group_start] - sorted_cost[group_start], np.diff(np.r_[group_start, len(actor)])
    )
    over = (running - before_group) > np.maximum(cash[sorted_actor], 0.0) + 1e-9
    mask = np.zeros(len(actor), dtype=bool)
    mask[order] = over
    return mask
