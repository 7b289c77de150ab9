"""Array tables: one row per actor (firm or agency), growing by doubling; rows never move.

Agents read and write their row through the `column` descriptor, so the arrays are the one
source of truth and the mechanisms work on whole columns.
"""

from typing import Any

import numpy as np

# name -> (dtype, unit); culture is a 2-D column (rows x culture_dimensions)
ACTOR_COLUMNS: dict[str, tuple[Any, str]] = {
    "key": (np.uint64, "stable key of the agent's random draws (equal in paired runs)"),
    "actor_kind": (np.int8, "ActorKind code"),
    "agency_type": (np.int8, "AgencyType code, -1 for firms"),
    "region": (np.int32, "region index"),
    "sector": (np.int32, "sector index; -1 = agency serving all sectors"),
    "stage": (np.int8, "Stage code, -1 for agencies"),
    "cluster": (np.int32, "production centre index within the region; -1 for agencies"),
    "large": (np.bool_, "large firm (100+ workers at entry)"),
    "workers": (np.float64, "workers per real firm"),
    "capital": (np.float64, "rupiah per real firm"),
    "cash": (np.float64, "rupiah per real firm; agencies: budget left this year"),
    "productivity": (np.float64, "total factor productivity (rupiah units)"),
    "demand": (np.float64, "rupiah of value added the market takes per month"),
    "demand_base": (np.float64, "demand before reach/quality/growth multipliers"),
    "fixed_cost": (np.float64, "rupiah per month"),
    "value_added": (np.float64, "rupiah per month, last month"),
    "profit": (np.float64, "rupiah per month, last month"),
    "investment": (np.float64, "rupiah, last month"),
    "quality": (np.float64, "index 0..1"),
    "market_reach": (np.float64, "index 0..1, local -> export"),
    "home_reach": (np.float64, "market reach a firm keeps on its own, 0..1"),
    "digital": (np.float64, "digital adoption 0..1"),
    "certified": (np.bool_, "holds a certification"),
    "capacity": (np.int32, "partnerships it can hold at once"),
    "annual_budget": (np.float64, "rupiah per year (agencies)"),
    "negative_cash_months": (np.int32, "consecutive months with cash < 0"),
    "alive": (np.bool_, "in the market (firms) or operating (agencies)"),
    "born": (np.int32, "month of entry"),
}


class GrowingColumns:
    """Equal-length numpy columns with `n` rows in use, grown by doubling; rows never move."""

    n: int
    _capacity: int
    _names: tuple[str, ...]

    def _allocate(
        self, columns: dict[str, tuple[Any, str]], capacity: int, **shaped: np.ndarray
    ) -> None:
        """Create the 1-D columns (and any given 2-D ones) with room for `capacity` rows."""
        self.n, self._capacity = 0, max(capacity, 1)
        for name, (dtype, _unit) in columns.items():
            setattr(self, name, np.zeros(self._capacity, dtype=dtype))
        for name, row in shaped.items():
            setattr(self, name, np.zeros((self._capacity, *row.shape), dtype=row.dtype))
        self._names = (*columns, *shaped)

    def _ensure(self, size: int) -> None:
        """Make room for `size` rows."""
        if size <= self._capacity:
            return
        new = max(size, 2 * self._capacity)
        for name in self._names:
            old = getattr(self, name)
            grown = np.zeros((new, *old.shape[1:]), dtype=old.dtype)
            grown[: len(old)] = old
            setattr(self, name, grown)
        self._capacity = new


class ActorTable(GrowingColumns):
    """Columns of actor state; `n` rows in use out of the allocated capacity."""

    culture: np.ndarray  # (rows, culture dimensions), each 0..1
    key: np.ndarray
    actor_kind: np.ndarray
    agency_type: np.ndarray
    region: np.ndarray
    sector: np.ndarray
    stage: np.ndarray
    cluster: np.ndarray
    large: np.ndarray
    workers: np.ndarray
    capital: np.ndarray
    cash: np.ndarray
    productivity: np.ndarray
    demand: np.ndarray
    demand_base: np.ndarray
    fixed_cost: np.ndarray
    value_added: np.ndarray
    profit: np.ndarray
    investment: np.ndarray
    quality: np.ndarray
    market_reach: np.ndarray
    home_reach: np.ndarray
    digital: np.ndarray
    certified: np.ndarray
    capacity: np.ndarray
    annual_budget: np.ndarray
    negative_cash_months: np.ndarray
    alive: np.ndarray
    born: np.ndarray

    def __init__(self, culture_dimensions: int, capacity: int = 1024) -> None:
        self._allocate(ACTOR_COLUMNS, capacity, culture=np.zeros(culture_dimensions))

    def add(self, count: int, key: np.ndarray | None = None, **values: np.ndarray) -> np.ndarray:
        """Append `count` rows with the given column values; returns their row numbers.

        `key` is the rows' stable key for random draws (default: the row numbers, as for the
        population at month 0).
        """
        missing = set(ACTOR_COLUMNS) - set(values) - {"alive", "key"}
        if missing or "culture" not in values:
            raise ValueError(f"new actors need every column; missing {sorted(missing)}")
        self._ensure(self.n + count)
        rows = np.arange(self.n, self.n + count)
        self.key[rows] = rows if key is None else key
        for name, value in values.items():
            getattr(self, name)[rows] = value
        self.alive[rows] = True
        self.n += count
        return rows

    def view(self, name: str) -> np.ndarray:
        """The used part of a column."""
        return getattr(self, name)[: self.n]


class column:  # noqa: N801 - reads like an attribute declaration
    """Agent attribute stored as a cell of a table owned by the model."""

    def __init__(self, table: str = "actors", name: str | None = None) -> None:
        self.table = table
        self.name = name or ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = self.name or name

    def __get__(self, agent: Any, owner: type | None = None) -> Any:
        if agent is None:
            return self
        value = getattr(getattr(agent.model, self.table), self.name)[agent.row]
        return value.item() if hasattr(value, "item") and np.ndim(value) == 0 else value

    def __set__(self, agent: Any, value: Any) -> None:
        getattr(getattr(agent.model, self.table), self.name)[agent.row] = value
