"""Global sensitivity of outcomes to the design's parameters (Sobol indices via SALib)."""

import numpy as np
import pandas as pd
from SALib.analyze import sobol

from sim.experiments.results import Results, ResultsError
from sim.metrics import TOTAL


def sobol_table(
    problem: dict, outputs: np.ndarray, second_order: bool = False, seed: int = 0
) -> pd.DataFrame:
    """First-order and total indices with 95% confidence half-widths, one row per parameter."""
    result = sobol.analyze(
        problem, np.asarray(outputs, dtype=float), calc_second_order=second_order, seed=seed
    )
    return pd.DataFrame(
        {
            "parameter": problem["names"],
            "S1": result["S1"],
            "S1_conf": result["S1_conf"],
            "ST": result["ST"],
            "ST_conf": result["ST_conf"],
        }
    )


def sobol_indices(
    results: Results, metric: str, months: list[int] | None = None, region: str = TOTAL
) -> pd.DataFrame:
    """Sobol indices of a metric (mean over seeds at each design point) at chosen months."""
    manifest = results.manifest
    design = manifest.get("experiment", {}).get("design", {})
    if design.get("kind") != "sobol":
        raise ResultsError(
            f"{results.folder}: not a Sobol experiment (design: "
            f"{design.get('kind', 'none')}); run one like "
            "scenarios/experiments/sensitivity_sobol.yaml"
        )
    names = manifest["design_parameters"]
    traj = results.trajectories
    mine = traj[(traj["metric"] == metric) & (traj["region"] == region)]
    months = months or [int(mine["month"].max())]
    runs = results.runs
    bounds = runs.groupby("point")[names].first().sort_index()
    problem = {
        "num_vars": len(names),
        "names": names,
        "bounds": [[bounds[n].min(), bounds[n].max()] for n in names],
    }
    tables = []
    for month in months:
        y = mine[mine["month"] == month].groupby("point")["value"].mean().sort_index()
        table = sobol_table(problem, y.to_numpy(), design.get("second_order", False))
        tables.append(table.assign(metric=metric, month=month))
    return pd.concat(tables, ignore_index=True)
