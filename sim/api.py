"""The run API for external clients (EMA Workbench, notebooks, other tools).

    import sim
    traj = sim.run("scenarios/lebak.yaml", {"policies.training.intensity": 0.3}, seed=2)
    final = sim.outcomes("scenarios/lebak.yaml", {"labour.frictional_unemployment": 0.03})

Overrides are scenario paths (as `--set` takes them, list items by index or name) with
Python values; the scenario's validation applies, so a bad path or value raises
`ScenarioError` (a `ValueError`) naming it and what is allowed.
"""

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from sim.metrics import METRICS, TOTAL
from sim.model import PartnershipModel
from sim.scenario import load_scenario
from sim.scenario.schema import Scenario

MAX_MONTHS = 1200  # as the scenario schema allows


def build(
    scenario: str | Path | Scenario,
    overrides: Mapping[str, Any] | None = None,
    seed: int | np.random.SeedSequence = 1,
) -> tuple[PartnershipModel, Scenario]:
    """The model of a scenario (a file, or a loaded `Scenario`) with overrides, not yet run."""
    assignments = [f"{path}={json.dumps(value)}" for path, value in (overrides or {}).items()]
    if isinstance(scenario, Scenario):
        if assignments:
            data = scenario.model_dump(mode="json", exclude={"extends"})
            scenario = _with_overrides(data, assignments)
    else:
        scenario = load_scenario(scenario, assignments)
    return PartnershipModel.from_scenario(scenario, rng=seed), scenario


def run(
    scenario: str | Path | Scenario,
    overrides: Mapping[str, Any] | None = None,
    seed: int | np.random.SeedSequence = 1,
    months: int | None = None,
) -> pd.DataFrame:
    """Run one scenario and return its trajectories (month[, date], region, metric, value).

    `months` defaults to the scenario's horizon; units per metric are in `sim.METRIC_UNITS`.
    """
    model, loaded = build(scenario, overrides, seed)
    return model.run(_months(months, loaded)).trajectories()


def outcomes(
    scenario: str | Path | Scenario,
    overrides: Mapping[str, Any] | None = None,
    seed: int | np.random.SeedSequence = 1,
    months: int | None = None,
) -> dict[str, float]:
    """Run one scenario; every metric's value for all regions at the last month."""
    model, loaded = build(scenario, overrides, seed)
    model.run(_months(months, loaded))
    return {metric: model.latest(metric, TOTAL) for metric in METRICS}


def _months(months: int | None, scenario: Scenario) -> int:
    if months is None:
        return scenario.horizon.months
    if isinstance(months, bool) or not isinstance(months, int) or not 0 <= months <= MAX_MONTHS:
        raise ValueError(f"months={months!r}: allowed: a whole number 0..{MAX_MONTHS}")
    return months


def _with_overrides(data: dict[str, Any], assignments: list[str]) -> Scenario:
    from sim.scenario import validate_data
    from sim.scenario.problems import Origins, ScenarioError
    from sim.scenario.resolve import apply_override

    origins = Origins()
    problems = [p for a in assignments if (p := apply_override(data, a, origins)) is not None]
    if problems:
        raise ScenarioError(problems)
    return validate_data(data, origins)
