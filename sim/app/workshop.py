"""A workshop session: the model with the chosen levers and its paired baseline, month by month.

Pure Python (no web framework), so the app's behaviour is testable on its own: the page only
shows what a `Workshop` holds and calls its methods.
"""

import copy
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from sim.app.controls import barriers_of, clamp, model_for, paired_models
from sim.app.layout import NetworkLayout, firm_groups
from sim.core.kinds import ActorKind, EndReason, Kind, Stage, State
from sim.model import PartnershipModel

MONITORED = ("firm_employment", "unemployment_rate", "partnerships_active")
GAP_METRIC = "firm_employment"  # the effect the gap chart and the ensemble follow


@dataclass(frozen=True)
class NetworkView:
    """What the network view draws: alive actors and active partnerships, as arrays."""

    x: np.ndarray  # node positions (layout units)
    y: np.ndarray
    region: np.ndarray  # region index of each node
    is_agency: np.ndarray  # bool per node
    edges: np.ndarray  # (partnerships, 4): x0, y0, x1, y1
    edge_kind: np.ndarray  # Kind code of each edge
    edge_is_new: np.ndarray  # bool per edge: the partnership formed this month
    edge_age: np.ndarray  # months since each partnership formed (0: this month)
    edge_anchors: np.ndarray  # (partnerships, 4): the centres of its two ends' clusters
    region_names: tuple[str, ...]
    region_centres: np.ndarray  # (regions, 2), for the regions' labels


@dataclass
class Workshop:
    """Two models stepped together: the chosen levers, and the same seed without them."""

    path: Path
    values: dict[str, float]
    seed: int
    model: PartnershipModel = field(init=False)
    baseline: PartnershipModel = field(init=False)
    layout: NetworkLayout = field(init=False)
    others: list[tuple[PartnershipModel, PartnershipModel]] = field(default_factory=list)

    def __post_init__(self) -> None:
        """Build both models; a bad scenario raises `ScenarioError` (a ValueError)."""
        self.values = clamp(self.values)
        self.model, self.baseline = paired_models(self.path, self.values, self.seed)
        t, n_groups = self.model.actors, len(Stage) * len(self.model.params.world.sectors)
        self.layout = NetworkLayout.for_actors(
            t.region[: t.n], self.groups(), self.model.regions.count, n_groups
        )

    def groups(self) -> np.ndarray:
        """Each actor's place in its region's disc (`layout.firm_groups`)."""
        t = self.model.actors
        return firm_groups(t.stage[: t.n], t.sector[: t.n], len(self.model.params.world.sectors))

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

    def step(self, months: int = 1, others: bool = True) -> None:
        """Advance both models by up to `months` months, and the other seeds' pairs.

        With `others` False those wait for `catch_up` (the page shows the month first).
        """
        for _ in range(min(months, self.horizon - self.month)):
            self.model.step()
            self.baseline.step()
        if others:
            self.catch_up()

    def catch_up(self) -> None:
        """Step the other seeds' pairs to this simulation's month."""
        for chosen, baseline in self.others:
            while chosen.month < self.month:
                chosen.step()
                baseline.step()

    @property
    def compared_month(self) -> int:
        """The last month every simulation compared has reached."""
        return min([self.month, *(chosen.month for chosen, _ in self.others)])

    def replay(self, values: dict[str, float]) -> "Workshop":
        """The same scenario and seed with other slider values, run again to the same month.

        When only levers changed, the baseline is kept (it does not depend on them).
        """
        month, again = self.month, copy.copy(self)
        again.values, again.others = clamp(values), []  # the other seeds had other values
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

    def compare_seeds(self, seeds: int) -> None:
        """Follow `seeds` paired simulations from now on: this one and the next seeds' pairs.

        The others are run to this month at once, then step with this one.
        """
        self.others = []
        for seed in range(self.seed + 1, self.seed + seeds):
            chosen, baseline = paired_models(self.path, self.values, seed)
            chosen.run(self.month)
            baseline.run(self.month)
            self.others.append((chosen, baseline))

    @property
    def simulations(self) -> int:
        """How many paired simulations the gap is followed in (1 without a comparison)."""
        return 1 + len(self.others)

    def gaps(self, metric: str = GAP_METRIC) -> np.ndarray:
        """(simulations, months + 1): with minus without the levers, this simulation first.

        NaN for months another seed's pair has not reached yet (see `catch_up`).
        """
        out = np.full((self.simulations, self.month + 1), np.nan)
        for row, (chosen, base) in enumerate([(self.model, self.baseline), *self.others]):
            gap = chosen.series(metric) - base.series(metric)
            out[row, : len(gap)] = gap
        return out

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
        groups = self.groups()
        x, y = self.layout.positions(t.region[: t.n], groups)
        anchor = self.layout.anchors(t.region[: t.n], groups)
        active = np.flatnonzero(ledger.state[: ledger.n] == State.active)
        a, b = ledger.a[active], ledger.b[active]
        return NetworkView(
            x=x[alive],
            y=y[alive],
            region=t.region[alive],
            is_agency=t.actor_kind[alive] == ActorKind.agency,
            edges=np.column_stack([x[a], y[a], x[b], y[b]]),
            edge_kind=ledger.kind[active],
            edge_is_new=ledger.start_month[active] == self.model.month,
            edge_age=self.model.month - ledger.start_month[active],
            edge_anchors=np.column_stack([anchor[a], anchor[b]]),
            region_names=tuple(self.model.regions.name),
            region_centres=self.layout.centres,
        )
