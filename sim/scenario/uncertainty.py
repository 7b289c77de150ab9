"""Uncertainties: each path names a number of the scenario; its range must be allowed."""

import copy
from typing import Any

from pydantic import ValidationError

from sim.scenario.problems import Origins, Problem, did_you_mean, dotted
from sim.scenario.resolve import get_at, parse_path, set_at
from sim.scenario.schema import Scenario


def check_uncertainties(
    data: dict[str, Any], full: dict[str, Any], origins: Origins
) -> list[Problem]:
    """Check each uncertainty: a number of the scenario (given or default), valid range ends.

    `data` is the merged file data, `full` the validated scenario with its defaults.
    """
    out = []
    for key, spec in (data.get("uncertainties") or {}).items():
        where = origins.where(("uncertainties", key))
        path = parse_path(full, key.split("."))
        if isinstance(path, str):
            out.append(Problem(where, f"uncertainties.{key}", path))
            continue
        current = get_at(full, path)
        if current is None:
            parent = get_at(full, path[:-1])
            known = list(parent) if isinstance(parent, dict) else []
            out.append(
                Problem(
                    where,
                    f"uncertainties.{key}",
                    f"no parameter {path[-1]!r} in "
                    f"{dotted(path[:-1])}{did_you_mean(str(path[-1]), known)}",
                )
            )
            continue
        if isinstance(current, bool) or not isinstance(current, (int, float)):
            out.append(
                Problem(
                    where,
                    f"uncertainties.{key}",
                    f"{dotted(path)} is not a number (got {current!r}); allowed: the path "
                    "of a number, e.g. "
                    "barriers.trust_threshold or policies.grant.intensity",
                )
            )
            continue
        ends = spec.get("values") or [spec.get("low"), spec.get("high")]
        for value in ends:
            trial = copy.deepcopy(data)
            set_at(trial, path, value)
            try:
                Scenario.model_validate(trial)
            except ValidationError as err:
                msg = err.errors()[0]["msg"].removeprefix("Value error, ")
                out.append(
                    Problem(
                        where,
                        f"uncertainties.{key}",
                        f"{value!r} is not allowed for {dotted(path)}: {msg}",
                    )
                )
    return out
