"""Scenario comparison with honest uncertainty (Covasim-style bands, paired differences)."""

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from sim.analysis.stats import bootstrap_mean, bootstrap_ratio
from sim.experiments.results import Results, ResultsError
from sim.metrics import TOTAL

KEYS = ["scenario", "point", "run"]


@dataclass
class Comparison:
    """Bands by month, paired differences at horizons, cost-effectiveness, a ranking."""

    bands: pd.DataFrame  # scenario, region, metric, month, median, p10, p90, runs
    differences: pd.DataFrame  # scenario, region, metric, horizon, mean, ci_low, ci_high, pairs
    cost_effectiveness: pd.DataFrame  # scenario, horizon, jobs, spending, cost_per_job, ...
    ranking: pd.DataFrame  # scenarios ranked by jobs at the last horizon
    baseline: str
    horizons: tuple[int, ...]

    def write(self, folder: Path) -> list[Path]:
        """Each table as CSV and Markdown in `folder`."""
        folder.mkdir(parents=True, exist_ok=True)
        paths = []
        for name in ("bands", "differences", "cost_effectiveness", "ranking"):
            table: pd.DataFrame = getattr(self, name)
            table.to_csv(folder / f"{name}.csv", index=False)
            (folder / f"{name}.md").write_text(table.to_markdown(index=False, floatfmt=",.4g"))
            paths += [folder / f"{name}.csv", folder / f"{name}.md"]
        return paths


def compare(
    results: Results,
    baseline: str = "baseline",
    horizons: Sequence[int] = (12, 60, 120),
    metrics: Sequence[str] | None = None,
    draws: int = 2000,
    seed: int = 0,
) -> Comparison:
    """Compare every scenario of an experiment with `baseline`, paired by run."""
    traj = results.trajectories
    if baseline not in set(traj["scenario"]):
        raise ResultsError(
            f"no scenario {baseline!r} in {results.folder}; scenarios: "
            f"{sorted(set(traj['scenario']))}"
        )
    if metrics:
        traj = traj[traj["metric"].isin(metrics)]
    last = int(traj["month"].max())
    horizons = tuple(h for h in horizons if h <= last) or (last,)
    rng = np.random.default_rng(seed)
    wide = _wide(traj)
    bands = _bands(traj)
    differences = _differences(wide, baseline, horizons, rng, draws)
    cost = _cost_effectiveness(wide, baseline, horizons, rng, draws)
    return Comparison(
        bands, differences, cost, _ranking(differences, cost, horizons[-1]), baseline, horizons
    )


def _wide(traj: pd.DataFrame) -> pd.DataFrame:
    """One row per (scenario, point, run, month, region); one column per metric."""
    return traj.pivot_table(
        index=[*KEYS, "month", "region"],
        columns="metric",
        values="value",
        observed=True,
        dropna=False,
    ).reset_index()


def _bands(traj: pd.DataFrame) -> pd.DataFrame:
    grouped = traj.groupby(["scenario", "region", "metric", "month"], observed=True)["value"]
    out = grouped.quantile([0.5, 0.1, 0.9]).unstack()
    out.columns = ["median", "p10", "p90"]
    out["runs"] = grouped.count()
    return out.reset_index()


def _paired(
    wide: pd.DataFrame, baseline: str, horizons: tuple[int, ...], by: list[str]
) -> Iterator[tuple[int, tuple, pd.DataFrame]]:
    """Yield (horizon, group key, rows) of each non-baseline scenario at each horizon.

    Each row stands next to the baseline's of the same point and run (columns `...@base`).
    """
    for month in horizons:
        at = wide[wide["month"] == month]
        base = at[at["scenario"] == baseline].drop(columns=["scenario"])
        pairs = at.merge(base, on=["point", "run", "month", "region"], suffixes=("", "@base"))
        for key, group in pairs[pairs["scenario"] != baseline].groupby(by, observed=True):
            yield month, key, group


def _differences(
    wide: pd.DataFrame,
    baseline: str,
    horizons: tuple[int, ...],
    rng: np.random.Generator,
    draws: int,
) -> pd.DataFrame:
    metrics = [c for c in wide.columns if c not in (*KEYS, "month", "region")]
    rows = []
    for horizon, (scenario, region), group in _paired(
        wide, baseline, horizons, ["scenario", "region"]
    ):
        for metric in metrics:
            diff = (group[metric] - group[f"{metric}@base"]).dropna().to_numpy()
            mean, low, high = bootstrap_mean(diff, rng, draws)
            rows.append((scenario, region, metric, horizon, mean, low, high, len(diff)))
    return pd.DataFrame(
        rows,
        columns=["scenario", "region", "metric", "horizon", "mean", "ci_low", "ci_high", "pairs"],
    )


def _cost_effectiveness(
    wide: pd.DataFrame,
    baseline: str,
    horizons: tuple[int, ...],
    rng: np.random.Generator,
    draws: int,
) -> pd.DataFrame:
    total = wide[wide["region"] == TOTAL].sort_values([*KEYS, "month"])
    total = total.assign(
        spent=total.groupby(KEYS, observed=True)["policy_spending"].cumsum(),
        output=total.groupby(KEYS, observed=True)["pdrb"].cumsum() / 12.0,
    )  # rupiah produced
    rows = []
    for horizon, (scenario,), g in _paired(total, baseline, horizons, ["scenario"]):
        jobs = (g["employment"] - g["employment@base"]).to_numpy()
        spent = (g["spent"] - g["spent@base"]).to_numpy()
        gained = (g["output"] - g["output@base"]).to_numpy()
        cost, cost_low, cost_high = bootstrap_ratio(spent, jobs, rng, draws)
        per_rp, per_low, per_high = bootstrap_ratio(gained, spent, rng, draws)
        rows.append(
            (
                scenario,
                horizon,
                jobs.mean(),
                spent.mean(),
                cost,
                cost_low,
                cost_high,
                per_rp,
                per_low,
                per_high,
                len(g),
            )
        )
    return pd.DataFrame(
        rows,
        columns=[
            "scenario",
            "horizon",
            "jobs_created",
            "spending_rupiah",
            "rupiah_per_job",
            "rupiah_per_job_low",
            "rupiah_per_job_high",
            "pdrb_per_rupiah",
            "pdrb_per_rupiah_low",
            "pdrb_per_rupiah_high",
            "pairs",
        ],
    )


def _ranking(differences: pd.DataFrame, cost: pd.DataFrame, horizon: int) -> pd.DataFrame:
    jobs = differences[
        (differences["region"] == TOTAL)
        & (differences["metric"] == "employment")
        & (differences["horizon"] == horizon)
    ]
    table = jobs[["scenario", "mean", "ci_low", "ci_high"]].rename(
        columns={"mean": "jobs_vs_baseline", "ci_low": "jobs_ci_low", "ci_high": "jobs_ci_high"}
    )
    table = table.merge(
        cost[cost["horizon"] == horizon][
            ["scenario", "spending_rupiah", "rupiah_per_job", "pdrb_per_rupiah"]
        ],
        on="scenario",
        how="left",
    )
    table = table.sort_values("jobs_vs_baseline", ascending=False, ignore_index=True)
    table.insert(0, "rank", np.arange(1, len(table) + 1))
    table.insert(2, "horizon", horizon)
    return table
