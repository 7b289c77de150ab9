"""Global sensitivity of outcomes to the design's parameters (Sobol indices via SALib)."""

import numpy as np
import pandas as pd
from SALib.analyze import morris, sobol

from sim.analysis.numbers import number, when
from sim.analysis.wording import TEXT
from sim.experiments.results import Results, ResultsError
from sim.metrics import METRIC, TOTAL


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


def morris_table(
    problem: dict, inputs: np.ndarray, outputs: np.ndarray, levels: int, seed: int = 0
) -> pd.DataFrame:
    """Morris elementary effects: mu* (importance) with its 95% interval, and sigma."""
    result = morris.analyze(
        problem, np.asarray(inputs, float), np.asarray(outputs, float), num_levels=levels, seed=seed
    )
    return pd.DataFrame(
        {
            "parameter": problem["names"],
            "mu_star": result["mu_star"],
            "mu_star_conf": result["mu_star_conf"],
            "sigma": result["sigma"],
        }
    )


def morris_indices(
    results: Results, metric: str, months: list[int] | None = None, region: str = TOTAL
) -> pd.DataFrame:
    """Morris indices of a metric (mean over seeds at each design point) at chosen months."""
    design = _design_of(results, "morris")
    names, inputs, problem = _design(results)
    tables = []
    for month, y in _outcomes(results, metric, months, region):
        tables.append(
            morris_table(problem, inputs, y, design.get("levels", 4)).assign(
                metric=metric, month=month
            )
        )
    return pd.concat(tables, ignore_index=True)


def _design_of(results: Results, kind: str) -> dict:
    """The experiment's design settings, if it is of the given kind."""
    design = results.manifest.get("experiment", {}).get("design", {})
    if design.get("kind") != kind:
        raise ResultsError(
            f"{results.folder}: not a {kind.capitalize()} experiment (design: "
            f"{design.get('kind', 'none')}); run one like "
            "scenarios/experiments/sensitivity_sobol.yaml with design.kind set"
        )
    return design


def _design(results: Results) -> tuple[list[str], np.ndarray, dict]:
    names = results.manifest["design_parameters"]
    points = results.runs.groupby("point")[names].first().sort_index()
    problem = {
        "num_vars": len(names),
        "names": names,
        "bounds": [[points[n].min(), points[n].max()] for n in names],
    }
    return names, points.to_numpy(float), problem


def _outcomes(
    results: Results, metric: str, months: list[int] | None, region: str
) -> list[tuple[int, np.ndarray]]:
    traj = results.trajectories
    mine = traj[(traj["metric"] == metric) & (traj["region"] == region)]
    months = months or [int(mine["month"].max())]
    return [
        (m, mine[mine["month"] == m].groupby("point")["value"].mean().sort_index().to_numpy())
        for m in months
    ]


def sobol_indices(
    results: Results, metric: str, months: list[int] | None = None, region: str = TOTAL
) -> pd.DataFrame:
    """Sobol indices of a metric (mean over seeds at each design point) at chosen months."""
    design = _design_of(results, "sobol")
    _, _, problem = _design(results)
    return pd.concat(
        [
            sobol_table(problem, y, design.get("second_order", False)).assign(
                metric=metric, month=month
            )
            for month, y in _outcomes(results, metric, months, region)
        ],
        ignore_index=True,
    )


def seed_variance_share(results: Results, metric: str, region: str = TOTAL) -> float:
    """Share of the variance of a metric at the last month that is between seeds of a point.

    NaN with one seed per point (the seeds' share cannot be measured then).
    """
    traj = results.trajectories
    mine = traj[(traj["metric"] == metric) & (traj["region"] == region)]
    last = mine[mine["month"] == mine["month"].max()]
    if last.groupby("point")["run"].nunique().min() < 2:
        return float("nan")
    within = last.groupby("point")["value"].var(ddof=1).mean()
    total = last["value"].var(ddof=1)
    return float(within / total) if total > 0 else float("nan")


def sensitivity_warnings(results: Results, indices: pd.DataFrame, lang: str) -> list[str]:
    """Sentences on how far the indices can be trusted: seed noise, impossible values.

    In the reader's language, metrics by their names and numbers in her format. The seeds'
    share is at most all of the variance (with few design points its estimate can exceed
    the total's).
    """
    t, out = TEXT[lang], []
    for metric, table in indices.groupby("metric", sort=False):
        m = METRIC[str(metric)]
        name = m.label_id if lang == "id" else m.label_en
        share = seed_variance_share(results, str(metric))
        if np.isnan(share):
            out.append(t["sensitivity_one_seed"].format(metric=name))
        else:
            percent = f"{number(100 * min(share, 1.0), lang)}%"
            out.append(t["sensitivity_seed_share"].format(share=percent, metric=name))
        if "S1" not in table:
            continue
        what = []
        if (table["S1"] < -0.05).any():
            what.append("S1 < 0")
        if (table["ST"] > 1.05).any():
            what.append("ST > 1")
        if table["S1"].sum() > 1.1:
            what.append(t["sum_s1"].format(sum=number(table["S1"].sum(), lang, 2)))
        if what:
            out.append(t["sensitivity_bad"].format(metric=name, what=", ".join(what)))
    return out


def design_indices(results: Results) -> pd.DataFrame | None:
    """The Sobol or Morris indices of jobs, partnerships and PDRB (None without such a design)."""
    kind = results.manifest.get("experiment", {}).get("design", {}).get("kind")
    indices = {"sobol": sobol_indices, "morris": morris_indices}.get(str(kind))
    if indices is None:
        return None
    return pd.concat(
        [indices(results, metric) for metric in ("employment", "partnerships_active", "pdrb")],
        ignore_index=True,
    )


def sensitivity_section(results: Results, lang: str) -> tuple:
    """The report's sensitivity section: the indices table and its warnings, or why none."""
    t = TEXT[lang]
    indices = design_indices(results)
    if indices is None:
        return ([t["sensitivity_none"]],)
    return _indices_table(indices, lang), " ".join(sensitivity_warnings(results, indices, lang))


def _indices_table(indices: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The indices in the reader's words and format, two decimals (S1, ST, mu* keep symbols).

    Three decimals in Indonesian (1,362) would read as thousands to an English reader.
    """
    t = TEXT[lang]
    shown = pd.DataFrame(
        {
            t["col_parameter"]: indices["parameter"],
            t["col_measure"]: [
                METRIC[str(m)].label_id if lang == "id" else METRIC[str(m)].label_en
                for m in indices["metric"]
            ],
            t["col_month"]: [when(int(m), None, lang) for m in indices["month"]],
        }
    )
    for column in indices.columns:
        if column not in ("parameter", "metric", "month"):
            shown[column] = [number(float(v), lang, 2) for v in indices[column]]
    return shown
