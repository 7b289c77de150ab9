"""Experiment files: scenarios x seeds x an optional design over their uncertainties."""

from pathlib import Path
from typing import Literal, Self

from pydantic import Field, ValidationError, model_validator

from sim.params.base import Frozen, param
from sim.scenario.describe import describe
from sim.scenario.problems import Problem, ScenarioError
from sim.scenario.resolve import resolve_file
from sim.scenario.schema import Description, Outputs, Uncertainty


class Design(Frozen):
    """How to vary the scenarios' uncertainties (none: every scenario as written)."""

    kind: Literal["none", "grid", "latin_hypercube", "sobol", "morris"] = Field(
        "none", description="Full grid, Latin hypercube, Sobol/Saltelli or Morris (SALib)."
    )
    samples: int = param(
        16,
        "points",
        "Latin hypercube points, Sobol base N (a power of two), or Morris trajectories.",
        ge=1,
        le=2**20,
        source="setting: a choice of the experiment design",
    )
    levels: int = param(
        3,
        "values per range",
        "Grid values per range, or Morris grid levels.",
        ge=2,
        le=100,
        source="setting: a choice of the experiment design",
    )
    second_order: bool = Field(False, description="Sobol: sample for second-order indices.")
    parameters: tuple[str, ...] = Field(
        (), description="Uncertainties to vary (default: all the scenarios declare)."
    )
    seed: int = param(
        0,
        "integer",
        "Seed of the sampling design itself.",
        ge=0,
        source="setting: a choice of the experiment design",
    )

    @model_validator(mode="after")
    def _sobol_needs_power_of_two(self) -> Self:
        n = self.samples
        if self.kind == "sobol" and n & (n - 1):
            raise ValueError(
                f"Sobol samples must be a power of two (got {n}; nearest "
                f"allowed: {1 << (n.bit_length() - 1)} or {1 << n.bit_length()})"
            )
        return self


class ExperimentOutputs(Outputs):
    """What each run keeps: region-level monthly metrics by default."""

    snapshot_every: int = param(
        0,
        "months",
        "Agent snapshots every so many months (0 = none).",
        ge=0,
        le=1200,
        source="setting: a choice of the experiment design",
    )


class Experiment(Frozen):
    """An experiment: which scenarios, how many seeds, which design, what to keep."""

    name: str = Field(
        pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$", description="Results go to results/<name>/."
    )
    description: str | Description = Field(
        "", description="What the experiment asks: one text, or {en: ..., id: ...}."
    )
    scenarios: tuple[str, ...] = Field(
        min_length=1, description="Scenario files, relative to this file."
    )
    seeds: int = param(
        10,
        "runs per scenario and design point",
        "Replicates.",
        ge=1,
        le=100_000,
        source="setting: a choice of the experiment design",
    )
    base_seed: int = param(
        12345,
        "integer",
        "Entropy of every run's seed.",
        ge=0,
        source="setting: a choice of the experiment design",
    )
    months: int | None = param(
        None,
        "months",
        "Horizon for every run (default: each scenario's).",
        ge=1,
        le=1200,
        source="setting: a choice of the experiment design",
    )
    overrides: tuple[str, ...] = Field(
        (),
        description="path=value applied to every scenario "
        "(e.g. firms.scale=10); policies.<lever>.* only where "
        "the scenario has that lever.",
    )
    uncertainties: dict[str, Uncertainty] = Field(
        {}, description="Ranges that replace or add to the scenarios' uncertainties."
    )
    design: Design = Design()
    outputs: ExperimentOutputs = ExperimentOutputs()


def load_experiment(path: str | Path) -> tuple[Experiment, Path]:
    """The validated experiment and its file (scenario paths are relative to it).

    Raises:
        ScenarioError: every problem, as `file:line: field: what is wrong`.
    """
    file = Path(path)
    data, origins, problems = resolve_file(file)
    if data is None or problems:
        raise ScenarioError(problems)
    try:
        experiment = Experiment.model_validate(data)
    except ValidationError as err:
        raise ScenarioError(describe(err, Experiment, origins)) from None
    missing = [
        Problem(
            origins.where(("scenarios", k)), f"scenarios[{k}]", f"file not found: {file.parent / s}"
        )
        for k, s in enumerate(experiment.scenarios)
        if not (file.parent / s).is_file()
    ]
    if missing:
        raise ScenarioError(missing)
    return experiment, file
