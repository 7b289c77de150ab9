"""Budget: partnerships cost each side every month, and only free cash pays for them.

An actor takes on a partner only while its free cash covers `cash_cover_months` of all its
partnership costs (search); each month both sides pay (cooperation); an actor that cannot
pay keeps its most trusted partnerships and drops the rest (dissolution). Grants and tax
incentives lower what a firm pays. A partnership with a bank gives a firm a credit line
that counts as cash for all of this (seeds 003, 004: access to finance).
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
        source="assumption: per kind: time, transport, communication (KindSpec, sim/core/kinds.py)",
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
    bank_credit_months: float = param(
        2.0,
        "months of value added",
        "Credit line a firm gets from a bank partnership (counts as cash for costs and exit).",
        ge=0.0,
        le=60.0,
        source="seeds 003, 004: access to finance (e.g. KUR) limits IKM; size assumed",
    )


def credit_line(value_added: np.ndarray, has_bank_partner: np.ndarray, months: float) -> np.ndarray:
    """Credit a bank partner extends: `months` of the firm's value added (0 without a bank)."""
    return np.where(has_bank_partner, months * np.maximum(value_added, 0.0), 0.0)


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
