"""The partnership ledger: one row per partnership, arrays grown by doubling.

Partnerships change every month, so they live here rather than in a Mesa Network space.
Rows are never deleted: an ended partnership keeps its row (its history is the event log),
and `memory` remembers, for each actor, its past partners and the trust it ended with.
"""

import numpy as np

from sim.core.kinds import EndReason, State
from sim.infra.sorting import group_lists
from sim.world.memory import PartnerMemory
from sim.world.tables import GrowingColumns

NEVER = np.iinfo(np.int32).min  # start or end month of a partnership that has none (yet)

LEDGER_COLUMNS: dict[str, tuple[type, str]] = {
    "key": (np.uint64, "stable key of the partnership's random draws (parties, month)"),
    "a": (np.int32, "actor row of side a"),
    "b": (np.int32, "actor row of side b"),
    "kind": (np.int8, "Kind code"),
    "state": (np.int8, "State code"),
    "proposed_month": (np.int32, "month both sides accepted"),
    "start_month": (np.int32, "month it became active; NEVER if never"),
    "end_month": (np.int32, "month it ended; NEVER if open"),
    "end_reason": (np.int8, "EndReason code"),
    "trust_a": (np.float64, "trust of side a in side b, 0..1"),
    "trust_b": (np.float64, "trust of side b in side a, 0..1"),
    "cost_a": (np.float64, "rupiah per month paid by side a (per real partnership)"),
    "cost_b": (np.float64, "rupiah per month paid by side b (per real partnership)"),
    "permit_wait": (np.int32, "months left before the permit comes"),
    "term_end": (np.int32, "month the agreed term ends"),
    "loss_months": (np.int32, "consecutive months with a loss for either side"),
    "benefit": (np.float64, "accumulated benefit to both sides, rupiah per real partnership"),
    "culture_distance": (np.float64, "distance between the parties' cultures, 0..1"),
    "weight": (np.float64, "real partnerships this row stands for (the smaller side's weight)"),
}


class PartnershipLedger(GrowingColumns):
    """All partnerships ever proposed, with their state, trust, cost and ending."""

    key: np.ndarray
    a: np.ndarray
    b: np.ndarray
    kind: np.ndarray
    state: np.ndarray
    proposed_month: np.ndarray
    start_month: np.ndarray
    end_month: np.ndarray
    end_reason: np.ndarray
    trust_a: np.ndarray
    trust_b: np.ndarray
    cost_a: np.ndarray
    cost_b: np.ndarray
    permit_wait: np.ndarray
    term_end: np.ndarray
    loss_months: np.ndarray
    benefit: np.ndarray
    culture_distance: np.ndarray
    weight: np.ndarray

    def __init__(self, capacity: int = 1024) -> None:
        self._allocate(LEDGER_COLUMNS, capacity)
        self.memory = PartnerMemory()
        # rows by state, found once per change of states (a month asks some twenty times,
        # and the ledger keeps every partnership ever proposed): read-only arrays
        self._rows_by_state: dict[State | str, np.ndarray] = {}

    def propose(self, month: int, **values: np.ndarray) -> np.ndarray:
        """Record accepted pairs; those with no permit wait are active at once."""
        count = len(values["a"])
        self._rows_by_state.clear()
        self._ensure(self.n + count)
        rows = np.arange(self.n, self.n + count)
        for name, value in values.items():
            getattr(self, name)[rows] = value
        self.proposed_month[rows] = month
        self.end_month[rows] = NEVER
        self.end_reason[rows] = EndReason.none
        self.loss_months[rows] = 0
        self.benefit[rows] = 0.0
        self.n += count
        waiting = self.permit_wait[rows] > 0
        self.state[rows] = np.where(waiting, State.proposed, State.active)
        self.start_month[rows] = np.where(waiting, NEVER, month)
        return rows

    def activate(self, rows: np.ndarray, month: int) -> None:
        """Permits granted: the partnerships start this month."""
        self._rows_by_state.clear()
        self.state[rows] = State.active
        self.start_month[rows] = month

    def end(self, rows: np.ndarray, month: int, reason: EndReason | np.ndarray) -> None:
        """End open partnerships; active ones are remembered by both sides."""
        self._rows_by_state.clear()
        still_open = self.state[rows] != State.ended
        rows = rows[still_open]
        if isinstance(reason, np.ndarray):
            reason = reason[still_open]
        was_active = rows[self.state[rows] == State.active]
        self.state[rows] = State.ended
        self.end_month[rows] = month
        self.end_reason[rows] = reason
        a, b = self.a[was_active], self.b[was_active]
        self.memory.remember(
            np.concatenate([a, b]),
            np.concatenate([b, a]),
            np.concatenate([self.trust_a[was_active], self.trust_b[was_active]]),
        )

    def rows_in(self, state: State) -> np.ndarray:
        """Row numbers of partnerships in a state (read-only)."""
        if state not in self._rows_by_state:
            self._rows_by_state[state] = _read_only(np.flatnonzero(self.state[: self.n] == state))
        return self._rows_by_state[state]

    def open_rows(self) -> np.ndarray:
        """Proposed or active partnerships (they take partner capacity; read-only)."""
        if "open" not in self._rows_by_state:
            open_rows = np.flatnonzero(self.state[: self.n] != State.ended)
            self._rows_by_state["open"] = _read_only(open_rows)
        return self._rows_by_state["open"]

    def partner_counts(self, n_actors: int, real: bool = False, active: bool = False) -> np.ndarray:
        """Open (or `active`) partnerships per actor: rows, or (`real`) what they stand for."""
        rows = self.rows_in(State.active) if active else self.open_rows()
        weight = self.weight[rows] if real else None
        return np.bincount(self.a[rows], weights=weight, minlength=n_actors) + np.bincount(
            self.b[rows], weights=weight, minlength=n_actors
        )

    def active_adjacency(self, n_actors: int) -> tuple[np.ndarray, np.ndarray]:
        """CSR (indptr, partners) of active partnerships, both directions."""
        rows = self.rows_in(State.active)
        src = np.concatenate([self.a[rows], self.b[rows]])
        dst = np.concatenate([self.b[rows], self.a[rows]])
        return group_lists(src, dst, n_actors)


def _read_only(rows: np.ndarray) -> np.ndarray:
    rows.flags.writeable = False
    return rows
