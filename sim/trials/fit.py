"""Fitting a lever's size to trial evidence: the calibration's method on virtual trials.

A grid over one or more parameters (every combination of their values); at each point the
lever's trial runs on the same seeds; its distance is the mean over the target rows of
((model - the published range's middle) / half the range)^2, as `kemitraan calibrate` scores
data rows against their tolerance. The closest point is the fit; the points whose every target
lies inside its published range are the accepted set (how tightly the evidence pins the sizes).
"""

import itertools
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from sim.trials.assignment import TrialDesign
from sim.trials.run import run_trial


@dataclass(frozen=True)
class Fit:
    """Every grid point scored (closest first) and the targets."""

    parameters: tuple[str, ...]
    points: pd.DataFrame  # each parameter's value, each target's model effect, distance, inside
    targets: pd.DataFrame

    @property
    def best(self) -> dict[str, float]:
        """The closest point."""
        return {p: float(self.points.iloc[0][p]) for p in self.parameters}

    @property
    def accepted(self) -> dict[str, tuple[float, float]] | None:
        """Each parameter's lowest and highest value among the points with every target inside."""
        inside = self.points[self.points["inside"]]
        if inside.empty:
            return None
        return {p: (float(inside[p].min()), float(inside[p].max())) for p in self.parameters}


def parameter_path(lever: str, parameter: str) -> str:
    """`practice_gain` -> `policies.training.practice_gain`; a dotted name is the model's."""
    return parameter if "." in parameter else f"policies.{lever}.{parameter}"


def score(effects: dict[str, float], targets: pd.DataFrame) -> tuple[float, bool]:
    """A point's distance to the targets' ranges, and whether every target lies inside."""
    gaps, inside = [], True
    for _, target in targets.iterrows():
        model = effects[str(target["id"])]
        half = (target["high"] - target["low"]) / 2.0
        gaps.append((model - (target["high"] + target["low"]) / 2.0) / half)
        inside &= bool(target["low"] <= model <= target["high"])
    return float(np.mean(np.square(gaps))), inside


def fit_lever(design: TrialDesign, grid: dict[str, list[float]], targets: pd.DataFrame) -> Fit:
    """Score every combination of the `grid`'s values against the target rows.

    A parameter is the lever's (`practice_gain`) or, dotted, the model's (`economy.displacement`),
    fitted on the lever's rows.
    """
    if targets.empty:
        raise ValueError(f"no evidence rows with a range to fit {design.lever}'s {list(grid)} to")
    paths = tuple(parameter_path(design.lever, p) for p in grid)
    rows = []
    for values in itertools.product(*grid.values()):
        overrides = tuple(f"{path}={value}" for path, value in zip(paths, values, strict=True))
        trial = run_trial(replace(design, overrides=(*design.overrides, *overrides)))
        row: dict[str, float | bool] = dict(zip(paths, values, strict=True))
        effects = {
            str(target["id"]): float(
                trial.effect(
                    target["comparison"], target["outcome"], int(target["horizon_months"])
                )["effect"]
            )
            for _, target in targets.iterrows()
        }
        row.update(effects)
        row["distance"], row["inside"] = score(effects, targets)
        rows.append(row)
    points = pd.DataFrame(rows).sort_values("distance", kind="stable").reset_index(drop=True)
    return Fit(paths, points, targets)
