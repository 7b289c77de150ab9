"""A workshop session: the model with the chosen levers and its paired baseline, month by month.

Pure Python (no web framework), so the app's behaviour is testable on its own: the page only
shows what a `Workshop` holds and calls its methods.
"""

import copy
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from sim.app.controls import barriers_of, clamp, model_for, paired_models
from sim.app.layout import NetworkLayout
from sim.kinds import ActorKind, EndReason, Kind, State
from sim.model import PartnershipModel

MONITORED = ("firm_employment", "unemployment_rate", "partnerships_active")


@dataclass(frozen=True)
class NetworkView:
    """What the network view draws: alive actors and active partnerships, as arrays."""

    x: np.ndarray  # node positions (layout units)
    y: np.ndarray
    region: np.ndarray  # region index of each node
    is_agency: np.ndarray  # bool per node
    edges: np.ndarray  # (partnerships, 4): x0, y0, x1, y1
    edge_kind: np.ndarray  # Kind code of each edge
    region_names: tuple[str, ...]


@dataclass
class Workshop:
    """Two models stepped together: the chosen levers, and the same seed without them."""

    path: Path
    values: dict[str, float]
    seed: int
    model: PartnershipModel = field(init=False)
    baseline: PartnershipModel = field(init=False)
    layout: NetworkLayout = field(init=False)

    def __post_init__(self) -> None:
        """Build both models; a bad scenario raises `ScenarioError` (a ValueError)."""
        self.values = clamp(self.values)
        self.model, self.baseline = paired_models(self.path, self.values, self.seed)
        t = self.model.actors
        self.layout = NetworkLayout.for_regions(t.region[: t.n], self.model.regions.count)

    @property
    def month(self) -> int:
        """Months simulated so far."""
        return self.model.month

    @property
    def horizon(self) -> int:
        """The scenario's last month."""
        return self.model.params.world.months

    @property
    def running(self) -> bool:
        """False once the horizon is reached."""
        return self.model.month < self.horizon

    def step(self, months: int = 1) -> None:
        """Advance both models by up to `months` months (never past the horizon)."""
        for _ in range(min(months, self.horizon - self.month)):
            self.model.step()
            self.baseline.step()

    def replay(self, values: dict[str, float]) -> "Workshop":
        """The same scenario and seed with other slider values, run again to the same month.

        When only levers changed, the baseline is kept (it does not depend on them).
        """
        month, again = self.month, copy.copy(self)
        again.values = clamp(values)
        if barriers_of(again.values) == barriers_of(self.values):
            again.model = model_for(self.path, again.values, self.seed, levers=True)
            for _ in range(month):
                again.model.step()
        else:
            again.model, again.baseline = paired_models(self.path, again.values, self.seed)
            again.step(month)
        return again

    def monitors(self) -> dict[str, float]:
        """The levers' effect in this run now, and the policy spending so far (rupiah).

        Jobs, unemployment (percentage points) and partnerships: with minus without levers.
        """
        now = {m: self.model.latest(m) - self.baseline.latest(m) for m in MONITORED}
        now["policy_spending"] = float(self.model.series("policy_spending").sum())
        return now

    def this_month(self) -> tuple[dict[str, float], dict[str, float]]:
        """Real partnerships formed this month by kind, and ended by reason (with the levers)."""
        led, month = self.model.ledger, self.model.month
        rows = np.arange(led.n)
        new = rows[led.start_month[: led.n] == month]
        formed = np.bincount(led.kind[new], weights=led.weight[new], minlength=len(Kind))
        ended = {
            r.name: self.model.latest(f"partnerships_ended_{r.name}")
            for r in EndReason
            if r != EndReason.none
        }
        kinds = {k.name: float(formed[k]) for k in Kind if formed[k] > 0}
        return kinds, {name: n for name, n in ended.items() if n > 0}

    def across_seeds(self, seeds: int) -> np.ndarray:
        """The jobs gap (with minus without the levers) now, in `seeds` paired runs.

        This run's seed and the next ones, each run to this month.
        """
        gaps = [self.monitors()["firm_employment"]]
        for seed in range(self.seed + 1, self.seed + seeds):
            chosen, baseline = paired_models(self.path, self.values, seed)
            chosen.run(self.month)
            baseline.run(self.month)
            gaps.append(chosen.latest("firm_employment") - baseline.latest("firm_employment"))
        return np.array(gaps)

    def series(self, metric: str) -> tuple[np.ndarray, np.ndarray]:
        """A total metric by month: (with the levers, baseline)."""
        return self.model.series(metric), self.baseline.series(metric)

    def kinds(self) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """Active real partnerships of each kind, by month: (with the levers, baseline)."""
        return {k.name: self.series(f"partnerships_active_{k.name}") for k in Kind}

    def network(self) -> NetworkView:
        """The partnership network now."""
        t, ledger = self.model.actors, self.model.ledger
        alive = np.flatnonzero(t.alive[: t.n])
        x, y = self.layout.positions(t.region[: t.n])
        active = np.flatnonzero(ledger.state[: ledger.n] == State.active)
        a, b = ledger.a[active], ledger.b[active]
        return NetworkView(
            x=x[alive],
            y=y[alive],
            region=t.region[alive],
            is_agency=t.actor_kind[alive] == ActorKind.agency,
            edges=np.column_stack([x[a], y[a], x[b], y[b]]),
            edge_kind=ledger.kind[active],
            region_names=tuple(self.model.regions.name),
        )
