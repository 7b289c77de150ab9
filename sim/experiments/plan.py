"""The runs of an experiment: scenario x design point x replicate, each with its seed."""

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from sim.experiments.design import design_points, design_size
from sim.experiments.spec import Experiment
from sim.infra.provenance import files_sha256, sha256
from sim.metrics import METRICS
from sim.scenario import Scenario, ScenarioError, load_scenario, resolve_scenario
from sim.scenario.problems import Problem
from sim.scenario.resolve import get_at, parse_path, set_at
from sim.scenario.schema import Uncertainty


@dataclass(frozen=True)
class RunTask:
    """Everything a worker needs for one run (no file access: works on remote workers)."""

    run_id: str
    scenario: str
    point: int
    replicate: int
    base_seed: int
    months: int
    parameters: dict[str, float]
    scenario_data: dict[str, Any] = field(repr=False)
    outputs: dict[str, Any] = field(repr=False)

    @property
    def seed(self) -> np.random.SeedSequence:
        """Run k of every scenario and point uses SeedSequence(base_seed, spawn_key=(k,))."""
        return np.random.SeedSequence(self.base_seed, spawn_key=(self.replicate,))

    @property
    def seed_label(self) -> int:
        """An integer that identifies the run's seed in the tables."""
        return int(self.seed.generate_state(1, np.uint32)[0])


@dataclass
class Plan:
    """All runs of an experiment, the design's parameter names, and identifying hashes."""

    tasks: list[RunTask]
    parameters: list[str]
    files: dict[str, str]  # file -> sha256
    plan_hash: str
    size: dict[str, float] = field(default_factory=dict)  # runs, rows, gigabytes (plan_size)


class PlanTooLarge(ValueError):
    """An experiment whose plan would not fit: the message gives its size and the limits."""


MAX_RUNS = 200_000  # runs in one plan: each holds its scenario in memory (about 1 KB a run)
MAX_ROWS = 2_000_000_000  # trajectory rows kept over all runs (about 13 GB on disk)
BYTES_PER_ROW = 6.5  # measured: an 8-run sweep of baseline.yaml (60 months), files per kept row


def plan_size(experiment: Experiment, scenarios: list[Scenario], points: int) -> dict[str, float]:
    """Runs, trajectory rows and disk a plan needs, from its sizes alone."""
    runs = len(scenarios) * points * experiment.seeds
    outputs = experiment.outputs
    metrics = len(outputs.metrics) if outputs.metrics else len(METRICS)
    rows = 0
    for s in scenarios:
        months = experiment.months or s.horizon.months
        regions = len(s.regions) + 1 if outputs.per_region else 1
        rows += points * experiment.seeds * (months + 1) * regions * metrics
    return {"runs": runs, "rows": rows, "gigabytes": rows * BYTES_PER_ROW / 1e9}


def check_size(file: Path, experiment: Experiment, scenarios: list[Scenario], points: int) -> None:
    """Refuse a plan beyond the limits before any of it is built, giving the numbers."""
    size = plan_size(experiment, scenarios, points)
    if size["runs"] <= MAX_RUNS and size["rows"] <= MAX_ROWS:
        return
    raise PlanTooLarge(
        f"{file}: the plan is too large: {size['runs']:,} runs ({len(scenarios)} scenarios x "
        f"{points:,} design points x {experiment.seeds:,} seeds), {size['rows']:,} trajectory "
        f"rows, about {size['gigabytes']:,.0f} GB; allowed: at most {MAX_RUNS:,} runs and "
        f"{MAX_ROWS:,} rows. Use fewer seeds or design samples, or keep fewer metrics "
        "(outputs.metrics) or only the totals (outputs.per_region: false)"
    )


def plan_experiment(experiment: Experiment, file: Path) -> Plan:
    """Load the scenarios, check the plan's size, and lay out every run."""
    scenarios = [_load(file.parent / s, experiment.overrides) for s in experiment.scenarios]
    _check_unique_names(experiment, scenarios)
    ranges = _ranges(experiment, scenarios)
    points = design_size(experiment.design, ranges)
    check_size(file, experiment, scenarios, points)
    names, values = design_points(experiment.design, ranges)
    tasks = []
    for scenario in scenarios:
        base = scenario.model_dump(mode="json", exclude={"extends"})
        for point, row in enumerate(values):
            data = _with_point(base, names, row, scenario.meta.name)
            months = experiment.months or scenario.horizon.months
            for k in range(experiment.seeds):
                tasks.append(
                    RunTask(
                        run_id=f"{scenario.meta.name}__p{point:05d}__r{k:05d}",
                        scenario=scenario.meta.name,
                        point=point,
                        replicate=k,
                        base_seed=experiment.base_seed,
                        months=months,
                        parameters=dict(zip(names, map(float, row), strict=True)),
                        scenario_data=data,
                        outputs=experiment.outputs.model_dump(mode="json"),
                    )
                )
    files = {str(file.resolve()): sha256(file)}  # the experiment, its scenarios and parents
    for name in experiment.scenarios:
        _, origins = resolve_scenario(file.parent / name, experiment.overrides)
        files.update(files_sha256(origins.places.values()))
    content = json.dumps(
        [
            (t.run_id, t.months, t.scenario_data, t.outputs)
            for t in tasks[:: max(experiment.seeds, 1)]
        ],
        sort_keys=True,
        default=str,
    )
    # the seeds count is left out: more seeds resume (runs 0..k-1 keep their seeds)
    plan_hash = hashlib.sha256(f"{content}|{experiment.base_seed}".encode())
    return Plan(
        tasks, names, files, plan_hash.hexdigest(), plan_size(experiment, scenarios, points)
    )


def _load(path: Path, overrides: tuple[str, ...]) -> Scenario:
    """A scenario with the experiment's overrides.

    Those under `policies.<lever>` apply only where the scenario has that lever: they never
    add a lever to, say, the baseline.
    """
    data, _ = resolve_scenario(path)
    levers = data.get("policies") or {}
    kept = [
        o
        for o in overrides
        if not (o.startswith("policies.") and o.split(".")[1].split("=")[0] not in levers)
    ]
    return load_scenario(path, kept)


def _ranges(experiment: Experiment, scenarios: list[Scenario]) -> dict[str, Uncertainty]:
    ranges: dict[str, Uncertainty] = {}
    for scenario in scenarios:
        ranges.update(scenario.uncertainties)
    ranges.update(experiment.uncertainties)
    unknown = [p for p in experiment.design.parameters if p not in ranges]
    if unknown:
        raise ScenarioError(
            [
                Problem(
                    "experiment",
                    "design.parameters",
                    f"no uncertainty declared for {unknown}; declared: {sorted(ranges)}",
                )
            ]
        )
    return ranges


def _holds(data: Any, path: Any) -> bool:
    """Whether the path names a field of the scenario (one whose default is None counts)."""
    parent = get_at(data, path[:-1])
    return isinstance(parent, dict) and path[-1] in parent


def _with_point(
    base: dict[str, Any], names: list[str], row: np.ndarray, scenario: str
) -> dict[str, Any]:
    data = json.loads(json.dumps(base))
    for name, value in zip(names, row, strict=True):
        path = parse_path(data, name.split("."))
        current = get_at(data, path) if not isinstance(path, str) else None
        if isinstance(path, str) or (current is None and not _holds(data, path)):
            raise ScenarioError(
                [
                    Problem(
                        scenario,
                        name,
                        f"the design varies {name}, which scenario {scenario!r} does not have",
                    )
                ]
            )
        set_at(data, path, round(value) if isinstance(current, int) else float(value))
    Scenario.model_validate(data)
    return data


def _check_unique_names(experiment: Experiment, scenarios: list[Scenario]) -> None:
    names = [s.meta.name for s in scenarios]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise ScenarioError(
            [
                Problem(
                    "experiment",
                    "scenarios",
                    f"scenario names must differ (results are kept by name); used twice: {twice}",
                )
            ]
        )
