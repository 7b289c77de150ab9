"""Stable orderings of non-negative integer keys, in linear time.

`np.argsort(keys, kind="stable")` sorts 64-bit integers by merging (about 60 ms for a
million); numpy sorts 16-bit integers by radix instead (about 18 ms). Keys below 2**32 are
ordered by two radix passes, low half then high half: the same stable order (least
significant digit first), so every caller's results are unchanged.
"""

import numpy as np

_HALF = 16
_LOW = (1 << _HALF) - 1


def stable_order(keys: np.ndarray) -> np.ndarray:
    """The indices that sort `keys` (non-negative integers), ties kept in their order."""
    keys = np.asarray(keys)
    if len(keys) == 0:
        return np.zeros(0, dtype=np.intp)
    top = int(keys.max())
    if keys.dtype.kind not in "iu" or int(keys.min()) < 0 or top >= 1 << (2 * _HALF):
        return np.argsort(keys, kind="stable")
    if top <= _LOW:
        return np.argsort(keys.astype(np.uint16), kind="stable")
    order = np.argsort((keys & _LOW).astype(np.uint16), kind="stable")
    high = (keys[order] >> _HALF).astype(np.uint16)
    return order[np.argsort(high, kind="stable")]


def group_lists(
    keys: np.ndarray, members: np.ndarray, n_keys: int
) -> tuple[np.ndarray, np.ndarray]:
    """CSR lists of `members` grouped by `keys` (e.g. alive actors by region): (indptr, lists)."""
    return group_starts(keys, n_keys), members[stable_order(keys)]


def group_starts(keys: np.ndarray, n_keys: int) -> np.ndarray:
    """CSR index pointer of `keys` once ordered: where each key's run starts (n_keys + 1)."""
    indptr = np.zeros(n_keys + 1, dtype=np.int64)
    np.cumsum(np.bincount(keys, minlength=n_keys), out=indptr[1:])
    return indptr


def first_of_runs(ordered: np.ndarray) -> np.ndarray:
    """Mask of the items of a sorted array that differ from the one before (run starts)."""
    first = np.ones(len(ordered), dtype=bool)
    first[1:] = ordered[1:] != ordered[:-1]
    return first


class GroupOrder:
    """The stable order of rows by a group column that rows keep (e.g. actors by region).

    Kept from month to month: rows appended since the last call are merged in after the
    earlier rows of their group (the same order `stable_order` gives, without sorting all
    rows again). If an earlier row's group changed, the order is rebuilt.
    """

    def __init__(self) -> None:
        self._groups = np.zeros(0, dtype=np.int64)  # each row's group when last ordered
        self._order = np.zeros(0, dtype=np.intp)
        self._sorted = np.zeros(0, dtype=np.int64)  # the groups in that order

    def order(self, groups: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(rows in stable order of `groups`, their groups in that order)."""
        known = len(self._groups)
        if known > len(groups) or not np.array_equal(groups[:known], self._groups):
            self._order = stable_order(groups)
            self._sorted = np.asarray(groups)[self._order]
        elif len(groups) > known:
            added = stable_order(groups[known:]) + known
            at = np.searchsorted(self._sorted, groups[added], side="right")
            self._order = np.insert(self._order, at, added)
            self._sorted = np.insert(self._sorted, at, groups[added])
        self._groups = np.array(groups, copy=True)
        return self._order, self._sorted
