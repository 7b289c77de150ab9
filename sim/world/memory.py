"""Memory of previous partners: who partnered whom, and the trust each side ended with.

Stored as a sorted array of directed pair keys (own << 32 | other), so look-ups are vectorised
and an actor's previous partners are one contiguous block of the array.
"""

import numpy as np

_SHIFT = np.int64(32)


def pair_key(own: np.ndarray, other: np.ndarray) -> np.ndarray:
    """Directed key of (own, other)."""
    return (own.astype(np.int64) << _SHIFT) | other.astype(np.int64)


class PartnerMemory:
    """Previous partners of each actor with the trust it last held in them."""

    def __init__(self) -> None:
        self.keys = np.zeros(0, dtype=np.int64)
        self.trust = np.zeros(0)

    def __len__(self) -> int:
        return len(self.keys)

    def remember(self, own: np.ndarray, other: np.ndarray, trust: np.ndarray) -> None:
        """Store (or overwrite with) the latest trust of `own` in `other`."""
        if len(own) == 0:
            return
        keys = pair_key(own, other)[::-1]  # the last occurrence wins
        keys, first = np.unique(keys, return_index=True)
        trust = np.asarray(trust, dtype=float)[::-1][first]
        pos = np.searchsorted(self.keys, keys)
        known = pos < len(self.keys)
        known[known] = self.keys[pos[known]] == keys[known]
        self.trust[pos[known]] = trust[known]
        self.keys = np.insert(self.keys, pos[~known], keys[~known])
        self.trust = np.insert(self.trust, pos[~known], trust[~known])

    def recall(self, own: np.ndarray, other: np.ndarray) -> np.ndarray:
        """Trust `own` last held in `other`; NaN where they never partnered."""
        keys = pair_key(own, other)
        out = np.full(len(keys), np.nan)
        if len(self.keys) == 0:
            return out
        pos = np.minimum(np.searchsorted(self.keys, keys), len(self.keys) - 1)
        found = self.keys[pos] == keys
        out[found] = self.trust[pos[found]]
        return out

    def lists(self, owners: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(start, stop) of each owner's block of previous partners in `partners()`."""
        low = owners.astype(np.int64) << _SHIFT
        return (
            np.searchsorted(self.keys, low),
            np.searchsorted(self.keys, low + (np.int64(1) << _SHIFT)),
        )

    def partners(self) -> np.ndarray:
        """The `other` side of every stored key (indexed by `lists`)."""
        return self.keys & ((np.int64(1) << _SHIFT) - 1)

    def of(self, own: int) -> dict[int, float]:
        """Previous partners of one actor with the trust it ended with."""
        start, stop = self.lists(np.array([own]))
        others = self.partners()[start[0] : stop[0]]
        return dict(zip(others.tolist(), self.trust[start[0] : stop[0]].tolist(), strict=True))
