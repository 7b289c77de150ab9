"""Fitting a lever's size to trial evidence: the calibration's method on virtual trials.

A grid over one lever parameter; at each value the lever's trial runs on the same seeds;
its distance is the mean over the target rows of ((model - the published range's middle) /
half the range)^2, as `kemitraan calibrate` scores data rows against their tolerance. The closest
value is the fit; the values whose every target lies inside its published range are the
accepted set (how tightly the evidence pins the size).
"""

from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from sim.trials.assignment import TrialDesign
from sim.trials.run import run_trial


@dataclass(frozen=True)
class Fit:
    """Every grid point scored (closest first) and the targets."""

    parameter: str
    points: pd.DataFrame  # value, each target's model effect, distance, inside
    targets: pd.DataFrame

    @property
    def best(self) -> float:
        """The closest value."""
        return float(self.points.iloc[0]["value"])

    @property
    def accepted(self) -> tuple[float, float] | None:
        """The lowest and highest value whose every target is inside its range."""
        inside = self.points[self.points["inside"]]
        if inside.empty:
            return None
        return float(inside["value"].min()), float(inside["value"].max())


def fit_lever(
    design: TrialDesign, parameter: str, values: list[float], targets: pd.DataFrame
) -> Fit:
    """Score each value of `policies.<lever>.<parameter>` against the target rows.

    A dotted `parameter` (`economy.displacement`) is a model parameter, fitted on the lever's
    rows.
    """
    if targets.empty:
        raise ValueError(f"no evidence rows with a range to fit {design.lever}.{parameter} to")
    path = parameter if "." in parameter else f"policies.{design.lever}.{parameter}"
    rows = []
    for value in values:
        trial = run_trial(replace(design, overrides=(*design.overrides, f"{path}={value}")))
        row: dict[str, float | bool] = {"value": value}
        gaps, inside = [], True
        for _, target in targets.iterrows():
            effect = trial.effect(
                target["comparison"], target["outcome"], int(target["horizon_months"])
            )
            model = float(effect["effect"])
            half = (target["high"] - target["low"]) / 2.0
            row[str(target["id"])] = model
            gaps.append((model - (target["high"] + target["low"]) / 2.0) / half)
            inside &= bool(target["low"] <= model <= target["high"])
        row["distance"] = float(np.mean(np.square(gaps)))
        row["inside"] = inside
        rows.append(row)
    points = pd.DataFrame(rows).sort_values("distance", kind="stable").reset_index(drop=True)
    return Fit(path, points, targets)
