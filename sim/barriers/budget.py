"""Budget: partnerships cost each side every month, and only free cash pays for them.

An actor takes on a partner only while its free cash covers `cash_cover_months` of all its
partnership costs (search); each month both sides pay (cooperation); an actor that cannot
pay keeps its most trusted partnerships and drops the rest (dissolution). Grants and tax
incentives lower what a firm pays.
"""

import numpy as np

from sim.params.base import Frozen, param
from sim.params.per_kind import PartnershipCost


class BudgetParams(Frozen):
    """Parameters of the budget barrier (scenario section `barriers`)."""

    partnership_cost: PartnershipCost = param(
        PartnershipCost(),
        "rupiah per side per month",
        "Cost to a firm of one partnership (time, transport, communication).",
        source="assumption: per kind: time, transport and communication (KindSpec in sim/kinds.py)",
    )
    cash_cover_months: float = param(
        3.0,
        "months",
        "Free cash must cover this many months of "
        "partnership costs before a new partner is taken (at "
        "least one, so a budget is never overspent).",
        ge=1.0,
        le=120.0,
        source="assumption: a firm takes a partner only with three months of its costs in hand",
    )


def covers(
    free_cash: np.ndarray, committed_cost: np.ndarray, cost: np.ndarray, cover_months: float
) -> np.ndarray:
    """Whether cash covers `cover_months` of all partnership costs, the new one included."""
    return free_cash >= cover_months * (committed_cost + cost)


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
