"""The actor columns, declared once: dtype, unit and which Mesa agents show them.

`ActorColumns` is what the rules see (mechanisms type their table argument with it), the
actor table allocates exactly these columns, and the Mesa agents get one attribute per
column marked for them. A new column is one line here.
"""

from dataclasses import dataclass
from typing import Annotated, Any, get_type_hints

import numpy as np

FIRM, AGENCY = "firm", "agency"
BOTH = (FIRM, AGENCY)


@dataclass(frozen=True)
class Column:
    """One column: its numpy dtype, its unit, and the agents that show it (as `attribute`)."""

    dtype: Any
    unit: str
    agents: tuple[str, ...] = ()
    attribute: str = ""  # the agent attribute's name, when not the column's


class ActorColumns:
    """One row per firm or agency; `culture` is 2-D (rows x culture dimensions)."""

    key: Annotated[np.ndarray, Column(np.uint64, "stable key of the agent's random draws")]
    actor_kind: Annotated[np.ndarray, Column(np.int8, "ActorKind code")]
    agency_type: Annotated[np.ndarray, Column(np.int8, "AgencyType code, -1 for firms")]
    region: Annotated[np.ndarray, Column(np.int32, "region index", BOTH, "region_index")]
    sector: Annotated[
        np.ndarray, Column(np.int32, "sector index; -1: all sectors", (FIRM,), "sector_index")
    ]
    stage: Annotated[np.ndarray, Column(np.int8, "Stage code, -1 for agencies")]
    cluster: Annotated[np.ndarray, Column(np.int32, "production centre; -1 for agencies")]
    large: Annotated[np.ndarray, Column(np.bool_, "large firm (100+ workers at entry)", (FIRM,))]
    workers: Annotated[np.ndarray, Column(np.float64, "workers per real firm", (FIRM,))]
    capital: Annotated[np.ndarray, Column(np.float64, "rupiah per real firm", (FIRM,))]
    cash: Annotated[
        np.ndarray, Column(np.float64, "rupiah per real firm; agencies: budget left", BOTH)
    ]
    productivity: Annotated[
        np.ndarray, Column(np.float64, "total factor productivity (rupiah units)", BOTH)
    ]
    demand: Annotated[np.ndarray, Column(np.float64, "orders per month, at entry prices")]
    demand_base: Annotated[np.ndarray, Column(np.float64, "demand before reach, quality, price")]
    demand_home: Annotated[
        np.ndarray, Column(np.float64, "the firm's own long-run demand_base (it reverts to it)")
    ]
    entry_productivity: Annotated[np.ndarray, Column(np.float64, "productivity at entry")]
    learned: Annotated[
        np.ndarray, Column(np.float64, "productivity factor learned from partners (1: none)")
    ]
    practices: Annotated[
        np.ndarray, Column(np.float64, "productivity factor from management training (1: none)")
    ]
    culture_gap: Annotated[
        np.ndarray,
        Column(
            np.float64,
            "share of its culture's gap to the region's profile that training left (1: none)",
        ),
    ]
    partner_orders: Annotated[np.ndarray, Column(np.float64, "rupiah per month from partners")]
    cluster_partners: Annotated[np.ndarray, Column(np.float64, "active cluster partnerships")]
    fixed_cost: Annotated[np.ndarray, Column(np.float64, "rupiah per month")]
    value_added: Annotated[np.ndarray, Column(np.float64, "rupiah per month", (FIRM,))]
    profit: Annotated[np.ndarray, Column(np.float64, "rupiah per month", (FIRM,))]
    investment: Annotated[np.ndarray, Column(np.float64, "rupiah, last month")]
    quality: Annotated[np.ndarray, Column(np.float64, "index 0..1", (FIRM,))]
    market_reach: Annotated[np.ndarray, Column(np.float64, "index 0..1, local->export", (FIRM,))]
    home_reach: Annotated[np.ndarray, Column(np.float64, "reach a firm keeps on its own, 0..1")]
    digital: Annotated[np.ndarray, Column(np.float64, "digital adoption 0..1", BOTH)]
    certified: Annotated[np.ndarray, Column(np.bool_, "holds a certification", (FIRM,))]
    capacity: Annotated[np.ndarray, Column(np.int32, "partnerships it can hold at once", BOTH)]
    completed: Annotated[np.ndarray, Column(np.int32, "partnerships run to their term", (FIRM,))]
    annual_budget: Annotated[np.ndarray, Column(np.float64, "rupiah per year", (AGENCY,))]
    negative_cash_months: Annotated[np.ndarray, Column(np.int32, "months with cash < 0 in a row")]
    alive: Annotated[np.ndarray, Column(np.bool_, "in the market or operating", BOTH)]
    weight: Annotated[
        np.ndarray, Column(np.float64, "real actors the row stands for: scale (IKM), else 1", BOTH)
    ]
    born: Annotated[np.ndarray, Column(np.int32, "month of entry")]
    culture: Annotated[np.ndarray, Column(np.float64, "culture units 0..1, one per dimension")]


def declared_columns(cls: type) -> dict[str, Column]:
    """The `Column` of each annotated attribute of a columns class, in declaration order."""
    hints = get_type_hints(cls, include_extras=True)
    return {
        name: hint.__metadata__[0] for name, hint in hints.items() if hasattr(hint, "__metadata__")
    }


ACTOR_COLUMNS: dict[str, Column] = declared_columns(ActorColumns)
PLAIN_ACTOR_COLUMNS = tuple(name for name in ACTOR_COLUMNS if name != "culture")  # 1-D ones
