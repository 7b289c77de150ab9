"""Calibration of free parameters by simulated method of moments (SMM), on data rows.

The scenario's `calibration` section names target rows of data/bps_figures.csv and a range
for each parameter the data do not pin. A Latin hypercube over the ranges runs through the
sweep machinery (resumable, Parquet); each point's moments are the mean over its seeds of
the model's value at each target's date; its distance is the mean over targets of
((moment - figure) / (tolerance x |figure|))^2, with a tolerance per indicator. The closest
point is the result; the closest
`accept` share of the points (ABC rejection) shows how tightly the data pin each parameter.
"""

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import yaml

from sim.analysis.hindcast import INDICATORS, hindcast_rows

BASE_SEED = 20261201  # entropy of the calibration runs' seeds (any fixed number)


@dataclass(frozen=True)
class Outcome:
    """Every point scored (closest first), the best point and the accepted ranges."""

    points: pd.DataFrame  # point -> parameters, each target's moment, distance
    parameters: tuple[str, ...]
    targets: pd.DataFrame  # the target rows (hindcast_rows columns)
    runs: int

    @property
    def best(self) -> pd.Series:
        """The closest point."""
        return self.points.iloc[0]

    def accepted(self, share: float) -> pd.DataFrame:
        """The closest `share` of the points (at least one)."""
        return self.points.iloc[: max(1, math.ceil(share * len(self.points)))]


def target_rows(scenario: Any, figures: pd.DataFrame) -> pd.DataFrame:
    """The calibration's target rows, with the model months they are read at."""
    calibration = scenario.calibration
    if calibration is None:
        raise ValueError(f"scenario {scenario.meta.name!r} has no calibration section")
    rows = hindcast_rows(scenario, figures)
    found = set(rows["id"]) if not rows.empty else set()
    missing = [t for t in calibration.targets if t not in found]
    if missing:
        raise ValueError(
            f"calibration.targets {missing}: not a figure the model produces inside the "
            f"horizon ({scenario.horizon.start} + {scenario.horizon.months} months); allowed: "
            f"{sorted(found)}"
        )
    targets = rows[rows["id"].isin(calibration.targets)].reset_index(drop=True)
    for indicator in targets["indicator"]:
        _tolerance(calibration, indicator)
    return targets


CENTRAL_PATH = ("labour.labour_force_growth_sd=0", "economy.rest_growth_sd=0")


def experiment(scenario: Any, file: Path, targets: pd.DataFrame) -> dict[str, Any]:
    """The sweep that calibrates `file`: a Latin hypercube over the calibration's ranges."""
    c = scenario.calibration
    return {
        "name": f"{scenario.meta.name}-calibration",
        "description": f"SMM calibration of {file.name} on {', '.join(c.targets)}",
        "scenarios": [str(file.resolve())],
        "seeds": c.seeds,
        "base_seed": BASE_SEED,
        "months": max(1, max(max(m) for m in targets["months"])),
        # the central path: each run's own growth draws (the bands' spread) would be fitted
        # away by the few seeds of a calibration
        "overrides": list(CENTRAL_PATH),
        "uncertainties": {k: {"low": u.low, "high": u.high} for k, u in c.parameters.items()},
        "design": {"kind": "latin_hypercube", "samples": c.samples},
        "outputs": {
            "metrics": sorted({INDICATORS[i].metric for i in targets["indicator"]}),
            "per_region": True,
            "events": False,
        },
    }


def score(scenario: Any, targets: pd.DataFrame, trajectories: pd.DataFrame) -> Outcome:
    """Each design point's moments and distance, closest first."""
    c = scenario.calibration
    names = tuple(c.parameters)
    regions = [r.name for r in scenario.regions]
    points = (
        trajectories[["point", *names]].drop_duplicates("point").set_index("point").sort_index()
    )
    misfits = []
    for row in targets.itertuples(index=False):
        tolerance = _tolerance(c, row.indicator)
        how = INDICATORS[row.indicator]
        pick = trajectories[
            (trajectories["metric"] == how.metric)
            & (trajectories["region"] == regions[row.region_index])
            & trajectories["month"].isin(row.months)
        ]
        per_run = pick.groupby(["point", "run"], observed=True)["value"].mean() * how.scale
        moment = per_run.groupby(level="point").mean()
        points[row.id] = moment
        misfits.append(((moment - row.data) / (tolerance * abs(row.data))) ** 2)
    points["distance"] = sum(misfits) / len(misfits)
    runs = int(trajectories.groupby(["point", "run"], observed=True).ngroups)
    return Outcome(points.sort_values("distance", kind="stable"), names, targets, runs)


def _tolerance(calibration: Any, indicator: str) -> float:
    if indicator not in calibration.tolerance:
        raise ValueError(
            f"calibration.tolerance has no entry for {indicator!r}; allowed: one per target "
            f"indicator, e.g. {indicator}: 0.05"
        )
    return float(calibration.tolerance[indicator])


def result_lines(outcome: Outcome, date: str, accept: float) -> list[str]:
    """The `result:` and `fit:` entries of the calibration section (two-space indented)."""
    best, closest = outcome.best, outcome.accepted(accept)
    values = {name: float(f"{best[name]:.4g}") for name in outcome.parameters}
    ranges = {
        name: [float(f"{closest[name].min():.4g}"), float(f"{closest[name].max():.4g}")]
        for name in outcome.parameters
    }
    fit = {
        "distance": float(f"{best['distance']:.4g}"),
        "runs": outcome.runs,
        "date": date,
        "accepted": ranges,
    }
    text = yaml.safe_dump({"result": values, "fit": fit}, sort_keys=False, width=1000)
    return ["  " + line for line in text.splitlines()]


def write_result(file: Path, lines: list[str]) -> str:
    """The file's text with its calibration section's `result` and `fit` replaced by `lines`."""
    text = file.read_text(encoding="utf-8").splitlines()
    start = next((k for k, line in enumerate(text) if line.startswith("calibration:")), None)
    if start is None:
        raise ValueError(f"{file}: no top-level `calibration:` section to write the result in")
    end = next(
        (k for k in range(start + 1, len(text)) if text[k][:1] not in ("", " ", "#")),
        len(text),
    )
    while end > start + 1 and text[end - 1][:1] in ("", "#"):  # the next section's comments
        end -= 1
    block, k = [], start + 1
    while k < end:  # drop the old result and fit, with their deeper-indented lines
        if text[k].startswith(("  result:", "  fit:")):
            k += 1
            while k < end and (text[k].startswith("   ") or not text[k].strip()):
                k += 1
            continue
        block.append(text[k])
        k += 1
    while block and not block[-1].strip():
        block.pop()
    tail = text[end:]
    return "\n".join([*text[: start + 1], *block, *lines, *([""] if tail else []), *tail]) + "\n"


def markdown(scenario: Any, outcome: Outcome) -> str:
    """What was fitted, how well, and how tightly the data pin each parameter."""
    c = scenario.calibration
    best, accepted = outcome.best, outcome.accepted(c.accept)
    lines = [
        f"Simulated method of moments: {len(outcome.points)} Latin hypercube points x "
        f"{c.seeds} seeds = {outcome.runs} runs.",
        "",
        "| target row | BPS | best point (mean over seeds) | tolerance | misfit (tolerances) |",
        "|---|---|---|---|---|",
    ]
    for row in outcome.targets.itertuples(index=False):
        tolerance = _tolerance(c, row.indicator)
        gap = (best[row.id] - row.data) / (tolerance * abs(row.data))
        lines.append(
            f"| {row.id} | {row.data:,.4g} | {best[row.id]:,.4g} | {tolerance:.0%} | {gap:+.2f} |"
        )
    lines += [
        "",
        f"Distance of the best point: {best['distance']:.3g} (1 = every target off by one "
        "tolerance).",
        "",
        f"| parameter | range searched | best | closest {c.accept:.0%} of points |",
        "|---|---|---|---|",
    ]
    for name in outcome.parameters:
        u = c.parameters[name]
        low, high = accepted[name].min(), accepted[name].max()
        lines.append(
            f"| {name} | {u.low:.4g} .. {u.high:.4g} | {best[name]:.4g} | {low:.4g} .. {high:.4g} |"
        )
    lines += [
        "",
        "A parameter whose accepted range spans most of its searched range is not pinned by "
        "these targets: its value is then an assumption, whatever the best point says.",
    ]
    return "\n".join(lines)


def accepted_share_of_range(scenario: Any, outcome: Outcome) -> dict[str, float]:
    """Per parameter: the width of the accepted points' range over the searched range."""
    accepted = outcome.accepted(scenario.calibration.accept)
    out = {}
    for name in outcome.parameters:
        u = scenario.calibration.parameters[name]
        out[name] = float(np.ptp(accepted[name].to_numpy()) / (u.high - u.low))
    return out
