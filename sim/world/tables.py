"""Array tables: one row per actor (firm or agency), growing by doubling; rows never move.

Agents read and write their row through the `column` descriptor, so the arrays are the one
source of truth and the mechanisms work on whole columns.
"""

from typing import Any

import numpy as np

from sim.core.columns import ACTOR_COLUMNS, ActorColumns
from sim.core.columns import PLAIN_ACTOR_COLUMNS as PLAIN


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


class ActorTable(GrowingColumns, ActorColumns):
    """The actor columns (`sim.core.columns`); `n` rows in use out of the allocated capacity."""

    def __init__(self, culture_dimensions: int, capacity: int = 1024) -> None:
        plain = {name: (ACTOR_COLUMNS[name].dtype, ACTOR_COLUMNS[name].unit) for name in PLAIN}
        self._allocate(plain, capacity, culture=np.zeros(culture_dimensions))

    def add(self, count: int, key: np.ndarray | None = None, **values: np.ndarray) -> np.ndarray:
        """Append `count` rows with the given column values; returns their row numbers.

        `key` is the rows' stable key for random draws (default: the row numbers, as for the
        population at month 0).
        """
        missing = set(ACTOR_COLUMNS) - set(values) - {"alive", "key", "culture"}
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
