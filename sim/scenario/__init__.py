"""Scenario files: load, resolve `extends` and `--set`, validate, report every problem.

scenario = load_scenario("scenarios/lebak.yaml", overrides=["policies.grant.intensity=0.5"])
model = PartnershipModel.from_scenario(scenario, rng=1)
"""

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from sim.scenario.checks import cross_checks
from sim.scenario.describe import describe
from sim.scenario.modelled import modelled_shares
from sim.scenario.problems import Origins, Problem, ScenarioError
from sim.scenario.resolve import apply_override, get_at, parse_path, resolve_file, set_at
from sim.scenario.schema import Scenario
from sim.scenario.uncertainty import check_uncertainties

__all__ = ["Scenario", "ScenarioError", "load_scenario", "resolve_scenario", "validate_data"]


def load_scenario(
    path: str | Path, overrides: Sequence[str] = (), label: str = "override"
) -> Scenario:
    """The validated, frozen scenario of a file (with its parents and overrides).

    A problem with an override is placed at `label path=value` (the command line passes
    "--set"; from Python it is an "override").

    Raises:
        ScenarioError: listing every problem as `file:line: field: what is wrong`.
    """
    data, origins = resolve_scenario(path, overrides, label)
    return validate_data(data, origins)


def resolve_scenario(
    path: str | Path, overrides: Sequence[str] = (), label: str = "override"
) -> tuple[dict[str, Any], Origins]:
    """The merged data of a file, its parents and overrides, before validation."""
    data, origins, problems = resolve_file(Path(path))
    if data is None:
        raise ScenarioError(problems)
    if "scenarios" in data and "regions" not in data and "meta" not in data:
        raise ScenarioError(
            [
                Problem(
                    origins.where(("scenarios",)),
                    "scenarios",
                    f"{path} is an experiment file (it lists scenarios), not a scenario: "
                    f"run it with `kemitraan sweep {path}`",
                )
            ]
        )
    problems += apply_calibration(data, origins)
    for assignment in overrides:
        problem = apply_override(data, assignment, origins, label)
        if problem is not None:
            problems.append(problem)
    if problems:
        raise ScenarioError(problems)
    return data, origins


def apply_calibration(data: dict[str, Any], origins: Origins) -> list[Problem]:
    """Set each `calibration.result` value, except where the files give the parameter one."""
    calibration = data.get("calibration")
    result = calibration.get("result") if isinstance(calibration, dict) else None
    problems = []
    for name, value in (result if isinstance(result, dict) else {}).items():
        path = parse_path(data, str(name).split("."))
        if isinstance(path, str):
            where = origins.where(("calibration", "result", name))
            problems.append(Problem(where, f"calibration.result.{name}", path))
        elif get_at(data, path) is None:
            set_at(data, path, value)
    return problems


def validate_data(data: dict[str, Any], origins: Origins) -> Scenario:
    """Validate merged data; all schema and cross-section problems together."""
    problems: list[Problem] = []
    scenario = None
    try:
        scenario = Scenario.model_validate(data)
    except ValidationError as err:
        problems += describe(err, Scenario, origins)
    problems += cross_checks(data, origins)
    if scenario is not None:
        problems += check_uncertainties(data, scenario.model_dump(), origins)
        world = _world_problem(scenario, origins)
        problems += [world] if world else _too_big_for_their_regions(scenario, origins)
    if problems:
        raise ScenarioError(sorted(set(problems), key=_order))
    assert scenario is not None
    return scenario


def _world_problem(scenario: Scenario, origins: Origins) -> Problem | None:
    """The model world the regions make (agents = firms / scale) must be one we can build."""
    try:
        scenario.model_params()
    except ValidationError as err:
        first = err.errors()[0]
        field = ".".join(map(str, first["loc"]))
        return Problem(
            origins.where(("regions",)),
            "regions",
            f"the world these regions make is too large: {field} {first['msg'].lower()} "
            f"(got {first.get('input')!r}); allowed: at most 500 regions and 5,000,000 firm "
            "agents (raise firms.scale to let one agent stand for more firms)",
        )
    return None


MAX_MODELLED_SHARE = 0.8  # of PDRB or of the employed: the rest of the economy must remain


def _too_big_for_their_regions(scenario: Scenario, origins: Origins) -> list[Problem]:
    """Regions whose modelled firms would (in expectation) outgrow the region's figures."""
    out = []
    for k, share in enumerate(modelled_shares(scenario.model_params(), scenario.regions)):
        for what, value, total, ratio, field in (
            ("value added", share.value_added, share.pdrb, share.pdrb_share, "pdrb"),
            ("jobs", share.jobs, share.employed, share.jobs_share, "firms"),
        ):
            if ratio is not None and total is not None and ratio > MAX_MODELLED_SHARE:
                out.append(
                    Problem(
                        origins.where(("regions", k, field)),
                        f"regions.{share.region}.{field}",
                        f"the modelled firms' expected {what} ({value:,.0f}) is {ratio:.0%} "
                        f"of the region's ({total:,.0f}); allowed: at most "
                        f"{MAX_MODELLED_SHARE:.0%} (fewer firms or large firms, or a "
                        "larger region)",
                    )
                )
    return out


def _order(problem: Problem) -> tuple[str, int, str]:
    file, _, line = problem.where.rpartition(":")
    return (file, int(line), problem.field) if line.isdigit() else (problem.where, 0, problem.field)
