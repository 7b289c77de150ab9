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
COST_METRICS = ("employment", "pdrb", "policy_spending")  # read by the cost-effectiveness table


@dataclass
class Comparison:
    """Bands by month, paired differences at horizons, cost-effectiveness, a ranking."""

    bands: pd.DataFrame  # scenario, region, metric, month, median, p10, p90, runs (, date)
    # scenario, region, metric, horizon, mean, ci_low, ci_high, pairs, noise_floor, beyond_noise
    differences: pd.DataFrame
    cost_effectiveness: pd.DataFrame  # scenario, horizon, jobs, spending, cost_per_job, ...
    ranking: pd.DataFrame  # scenarios ranked by jobs at the last horizon
    baseline: str
    horizons: tuple[int, ...]
    placebo: str | None = None  # the placebo (A/A) scenario behind the noise floor

    def write(self, folder: Path) -> list[Path]:
        """Each table as CSV and Markdown in `folder`; the Markdown says what the noise floor is."""
        folder.mkdir(parents=True, exist_ok=True)
        paths = []
        for name in ("bands", "differences", "cost_effectiveness", "ranking"):
            table: pd.DataFrame = getattr(self, name)
            table.to_csv(folder / f"{name}.csv", index=False)
            note = self.noise_note() + "\n\n" if name in ("differences", "ranking") else ""
            text = note + table.to_markdown(index=False, floatfmt=",.4g")
            (folder / f"{name}.md").write_text(text)
            paths += [folder / f"{name}.csv", folder / f"{name}.md"]
        return paths

    def noise_note(self) -> str:
        """One sentence on the noise floor of the difference tables."""
        if self.placebo is None:
            return (
                "Noise floor: not measured (no placebo scenario in this experiment; add "
                "scenarios/placebo.yaml to it and compare with `--placebo placebo`)."
            )
        return (
            f"Noise floor: the largest |mean difference| within the 95% interval of the "
            f"placebo (A/A) scenario '{self.placebo}' against '{self.baseline}', per region, "
            "metric and month: what a lever that does nothing appears to do. An effect counts "
            "(`beyond_noise`) when its whole interval lies outside plus or minus the floor."
        )


def compare(
    results: Results,
    baseline: str = "baseline",
    horizons: Sequence[int] = (12, 60, 120),
    metrics: Sequence[str] | None = None,
    draws: int = 2000,
    seed: int = 0,
    placebo: str | None = None,
) -> Comparison:
    """Compare every scenario of an experiment with `baseline`, paired by run.

    `placebo` names a placebo (A/A) scenario of the experiment, a lever too weak to matter:
    its paired differences from the baseline give every difference its noise floor. By
    default a scenario named "placebo" is used when the experiment has one.
    """
    traj = results.trajectories
    names = set(traj["scenario"])
    for role, name in (("baseline", baseline), ("placebo", placebo)):
        if name is not None and name not in names:
            raise ResultsError(
                f"no scenario {name!r} in {results.folder} (asked for as the {role}); "
                f"scenarios: {sorted(names)}"
                + (
                    "; add ../placebo.yaml to the experiment's scenarios"
                    if role == "placebo"
                    else ""
                )
            )
    if placebo is None and "placebo" in names:
        placebo = "placebo"
    if metrics:  # and what the cost-effectiveness table needs
        traj = traj[traj["metric"].isin([*metrics, *COST_METRICS])]
    last = int(traj["month"].max())
    horizons = tuple(h for h in horizons if h <= last) or (last,)
    rng = np.random.default_rng(seed)
    wide = _wide(traj)
    bands = _bands(traj)
    differences = _with_noise_floor(_differences(wide, baseline, horizons, rng, draws), placebo)
    cost = _cost_effectiveness(wide, baseline, horizons, rng, draws)
    ranking = _ranking(differences, cost, horizons[-1])
    return Comparison(bands, differences, cost, ranking, baseline, horizons, placebo)


def _with_noise_floor(differences: pd.DataFrame, placebo: str | None) -> pd.DataFrame:
    """Each difference next to the placebo's at the same region, metric and horizon.

    The floor is the largest |mean difference| inside the placebo's 95% interval; an effect
    is beyond the noise when its interval lies wholly above the floor or below minus it.
    """
    keys = ["region", "metric", "horizon"]
    if placebo is None:
        return differences.assign(noise_floor=np.nan, beyond_noise=pd.NA)
    p = differences[differences["scenario"] == placebo]
    floor = np.maximum(p["ci_low"].abs(), p["ci_high"].abs()).rename("noise_floor")
    out = differences.merge(pd.concat([p[keys], floor], axis=1), on=keys, how="left")
    beyond = (out["ci_low"] > out["noise_floor"]) | (out["ci_high"] < -out["noise_floor"])
    return out.assign(beyond_noise=beyond)


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
    out = out.reset_index()
    if "date" in traj.columns:  # dated scenarios: each month's calendar date, if all agree
        pairs = traj[["month", "date"]].drop_duplicates().astype({"date": str})
        if not pairs["month"].duplicated().any():
            out["date"] = out["month"].map(dict(zip(pairs["month"], pairs["date"], strict=True)))
    return out


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
    table = jobs[["scenario", "mean", "ci_low", "ci_high", "noise_floor", "beyond_noise"]].rename(
        columns={
            "mean": "jobs_vs_baseline",
            "ci_low": "jobs_ci_low",
            "ci_high": "jobs_ci_high",
            "noise_floor": "jobs_noise_floor",
            "beyond_noise": "jobs_beyond_noise",
        }
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
