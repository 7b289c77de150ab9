"""One browser tab's state: the scenario, slider values, seed and the run, behind one lock.

The page calls these methods from button handlers and from its play loop (another thread);
the lock makes a step, a replay and a reset happen one at a time. Problems never escape: a
scenario that does not validate, or a month that fails, becomes `error`, shown in the page.
"""

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sim.app.controls import MAX_REGIONS, clamp, initial_values
from sim.app.workshop import Workshop
from sim.scenario import Scenario, load_scenario


def scenario_choices(start: Path) -> list[Path]:
    """The scenario picker's files: the YAML files beside the starting one, and it."""
    return sorted({start, *start.parent.glob("*.yaml")}, key=lambda p: p.name)


def scenario_labels(paths: list[Path]) -> dict[Path, dict[str, str]]:
    """The picker's label of each file, per language: "Hibah kemitraan (grant.yaml)".

    From the file's `meta.title`; a file that does not load is shown by its name. Files of
    more regions than the app shows (the national one) are left out.
    """
    from sim.scenario import resolve_scenario  # the merged file, not validated: quicker

    labels = {}
    for path in paths:
        try:
            data = resolve_scenario(path)[0]
            title = data.get("meta", {}).get("title")
        except (ValueError, OSError, AttributeError):  # AttributeError: meta is not a mapping
            data, title = {}, None
        regions = data.get("regions")
        if isinstance(regions, list) and len(regions) > MAX_REGIONS:
            continue
        ok = isinstance(title, dict) and all(isinstance(title.get(k), str) for k in ("en", "id"))
        labels[path] = {
            lang: f"{title[lang]} ({path.name})" if ok else path.name for lang in ("en", "id")
        }
    return labels


@dataclass
class Session:
    """What a browser tab is looking at."""

    path: Path
    seed: int = 1
    values: dict[str, float] = field(default_factory=dict)
    workshop: Workshop | None = None
    problem: Exception | None = None  # what stops the views (the page puts it in its language)
    failed_step: bool = False  # the error came from a month, not from the scenario
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    opened: int = 0  # counts runs opened (scenario, seed, reset): a play loop's run is one
    scenario: Scenario | None = None  # the open file, validated (None if it does not load)

    def __post_init__(self) -> None:
        """Open the scenario; an invalid one leaves the session with its error message."""
        self.choose(self.path)

    @property
    def error(self) -> str | None:
        """The problem's message in English (None when there is none)."""
        if self.problem is None:
            return None
        return str(self.problem) or type(self.problem).__name__

    @property
    def month(self) -> int:
        """Months simulated (0 without a run)."""
        return self.workshop.month if self.workshop else 0

    @property
    def running(self) -> bool:
        """There is a run and it has months left."""
        return self.workshop is not None and self.error is None and self.workshop.running

    def choose(self, path: Path) -> None:
        """Open another scenario file at month 0, sliders at the scenario's own values."""
        with self.lock:
            self.opened += 1
            self.path = path
            self.workshop = None
            self.scenario = None
            try:
                self.scenario = load_scenario(path)
                self.values = initial_values(self.scenario)
                self.workshop = Workshop(path, self.values, self.seed)
            except (ValueError, OSError) as problem:  # ScenarioError is a ValueError
                self._fail(problem, during_step=False)
            else:
                self.problem = None

    def restore(self) -> None:
        """The sliders back at the scenario's own values, from month 0."""
        self.choose(self.path)

    def per_partnership(self) -> float:
        """Rupiah the grant pays per new partnership at full strength (the scenario's own)."""
        from sim.levers.grant import Grant

        grant = self.scenario.policies.grant if self.scenario is not None else None
        return float((grant or Grant.model_construct()).per_partnership)

    def description(self, lang: str) -> str:
        """What the open scenario is, in the language (from its `meta.description`)."""
        if self.scenario is None:
            return ""
        described = self.scenario.meta.description
        return described.id if lang == "id" else described.en

    def reset(self, seed: int | None = None) -> None:
        """Back to month 0 with the current sliders (and a new seed, if given)."""
        with self.lock:
            self.opened += 1
            if seed is not None:
                self.seed = abs(int(seed))  # seeds are non-negative; -7 means 7
            self._rebuild(lambda: Workshop(self.path, self.values, self.seed))

    def set_value(self, key: str, value: float) -> None:
        """Move one slider: the run is replayed to the current month with the new value."""
        with self.lock:
            self.values = clamp({**self.values, key: value})
            current = self.workshop
            if current is None:
                self._rebuild(lambda: Workshop(self.path, self.values, self.seed))
            else:
                self._rebuild(lambda: current.replay(self.values))

    def step(self, months: int = 1, run: int | None = None, others: bool = True) -> bool:
        """Advance the run; a failure stops it with a message.

        With `run` (an `opened` count), only if that run is still the open one: a play loop
        that slept through a reset or a new scenario does not step the new run. False when
        nothing was stepped. With `others` False the seeds compared wait for `catch_up`.
        """
        return self._in_run(
            lambda w: w.step(months, others=others), lambda _: run is None or run == self.opened
        )

    def catch_up(self) -> bool:
        """Bring the seeds compared to the month shown; False if there was nothing to do."""
        return self._in_run(
            lambda w: w.catch_up(),
            lambda w: w.compared_month != w.month,
        )

    def compare_seeds(self, seeds: int) -> None:
        """Follow the jobs gap in `seeds` paired runs from now on (this one and the next seeds)."""
        self._in_run(lambda w: w.compare_seeds(seeds))

    def read[T](self, view: Callable[[Workshop], T]) -> T | None:
        """What `view` reads from the open run, under the lock (None without a run).

        Every reading of a run the page shows goes through here: the play loop and the seeds
        compared step in other threads, and a half-stepped month has tables of two lengths.
        """
        with self.lock:
            return None if self.workshop is None else view(self.workshop)

    def _in_run(
        self,
        action: Callable[[Workshop], object],
        wanted: Callable[[Workshop], bool] = lambda _: True,
    ) -> bool:
        """The action on the open run, under the lock; False when nothing was done.

        Nothing is done without a run, after a failure, or unless `wanted(run)`; a failure of the
        action stops the run with its message.
        """
        with self.lock:
            workshop = self.workshop
            if workshop is None or self.error is not None or not wanted(workshop):
                return False
            try:
                action(workshop)
            except Exception as problem:  # noqa: BLE001 - shown in the page, never a crash
                self._fail(problem, during_step=True)
            return True

    def _rebuild(self, build: Callable[[], Workshop]) -> None:
        try:
            self.workshop = build()
        except Exception as problem:  # noqa: BLE001 - shown in the page, never a crash
            self.workshop = None
            self._fail(problem, during_step=False)
        else:
            self.problem = None

    def _fail(self, problem: Exception, during_step: bool) -> None:
        self.problem = problem
        self.failed_step = during_step
