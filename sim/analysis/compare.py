"""Scenario comparison with honest uncertainty (Covasim-style bands, paired differences)."""

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from sim.analysis.cost import cost_effectiveness, rank_by_jobs_per_miliar
from sim.analysis.stats import KEYS, bootstrap_mean, paired, stream
from sim.experiments.results import Results, ResultsError

COST_METRICS = ("employment", "pdrb", "policy_spending")  # read by the cost-effectiveness table
DEFAULT_HORIZONS = (12, 60, 120)  # months: one, five and ten years (and always the last)


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

    def write(self, folder: Path, results: Results | None = None) -> list[Path]:
        """Each table as CSV, and all but the long `bands` as Markdown, in `folder`.

        With `results`, a stamp lets `Comparison.cached` reuse the tables for the same results.
        """
        folder.mkdir(parents=True, exist_ok=True)
        paths = []
        for name in TABLES:
            table: pd.DataFrame = getattr(self, name)
            table.to_csv(folder / f"{name}.csv", index=False)
            paths.append(folder / f"{name}.csv")
            if name == "bands":
                continue  # every scenario, region, metric and month: CSV only
            note = self.noise_note() + "\n\n" if name in ("differences", "ranking") else ""
            text = note + table.to_markdown(index=False, floatfmt=",.4g")
            (folder / f"{name}.md").write_text(text)
            paths.append(folder / f"{name}.md")
        if results is not None:
            stamp = {**_stamp(results), "baseline": self.baseline, "placebo": self.placebo}
            stamp["horizons"] = list(self.horizons)
            (folder / STAMP).write_text(json.dumps(stamp, indent=2))
            paths.append(folder / STAMP)
        return paths

    @staticmethod
    def recorded_baseline(folder: Path, results: Results) -> str | None:
        """The baseline `kemitraan compare` last used for these results (its stamp), if any."""
        try:
            stamp = json.loads((folder / STAMP).read_text())
        except (OSError, ValueError):
            return None
        if not isinstance(stamp, dict):
            return None
        if {k: stamp.get(k) for k in _stamp(results)} != _stamp(results):
            return None
        baseline = stamp.get("baseline")
        return str(baseline) if baseline else None

    @classmethod
    def cached(cls, folder: Path, results: Results, baseline: str) -> "Comparison | None":
        """The tables `write` left in `folder` for these results and baseline, or None."""
        try:
            stamp = json.loads((folder / STAMP).read_text())
            if {k: stamp.get(k) for k in _stamp(results)} != _stamp(results):
                return None
            if stamp.get("baseline") != baseline:
                return None
            tables = {name: pd.read_csv(folder / f"{name}.csv") for name in TABLES}
        except (OSError, ValueError, KeyError):
            return None
        tables["ranking"]["rank"] = tables["ranking"]["rank"].astype("Int64")
        return cls(
            **tables,
            baseline=baseline,
            horizons=tuple(stamp["horizons"]),
            placebo=stamp.get("placebo"),
        )

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


TABLES = ("bands", "differences", "cost_effectiveness", "ranking")
STAMP = "comparison.json"  # which results and baseline the tables in a folder are of


def _stamp(results: Results) -> dict[str, object]:
    m = results.manifest
    return {"plan_hash": m.get("plan_hash"), "ended": m.get("ended"), "runs": len(results.runs)}


def compare(
    results: Results,
    baseline: str = "baseline",
    horizons: Sequence[int] | None = None,
    metrics: Sequence[str] | None = None,
    draws: int = 2000,
    seed: int = 0,
    placebo: str | None = None,
) -> Comparison:
    """Compare every scenario of an experiment with `baseline`, paired by run.

    `placebo` names a placebo (A/A) scenario of the experiment, a lever too weak to matter:
    its paired differences from the baseline give every difference its noise floor. By
    default a scenario named "placebo" is used when the experiment has one.

    `horizons` (months) must lie within the runs; by default months 12, 60 and 120, those
    the runs reach (else their last month). Every interval draws its bootstrap from its own
    stream (seed, horizon, scenario, region, metric): it does not change with what else is
    asked for.
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
                    else "; name one with --baseline NAME, or, for a sensitivity study without "
                    "a baseline, use `kemitraan report FOLDER` (its sensitivity sections need none)"
                )
            )
    if placebo is None and "placebo" in names:
        placebo = "placebo"
    if metrics:  # and what the cost-effectiveness table needs
        traj = traj[traj["metric"].isin([*metrics, *COST_METRICS])]
    last = int(traj["month"].max())
    if horizons is None:
        horizons = (*(h for h in DEFAULT_HORIZONS if h < last), last)  # and the last month
    wrong = [h for h in horizons if not 1 <= h <= last]
    if wrong or not horizons:
        raise ResultsError(
            f"horizons {list(wrong) or '(none)'}: the runs in {results.folder} last {last} "
            f"months; allowed: months 1..{last}"
        )
    horizons = tuple(sorted(set(horizons)))
    wide = wide_by_metric(traj)
    bands = _bands(traj)
    paired_diff = paired_differences(wide, baseline, horizons, seed, draws)
    differences = _with_noise_floor(paired_diff, placebo)
    cost = cost_effectiveness(wide, baseline, horizons, seed, draws, differences)
    ranking = rank_by_jobs_per_miliar(cost, horizons[-1], placebo)
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


def wide_by_metric(traj: pd.DataFrame) -> pd.DataFrame:
    """One row per (scenario, point, run, month, region); one column per metric."""
    return traj.pivot_table(
        index=[*KEYS, "month", "region"],
        columns="metric",
        values="value",
        observed=True,
        dropna=False,
    ).reset_index()


def bands_only(results: Results) -> pd.DataFrame:
    """The median and 10-90 % band of every scenario, region, metric and month.

    What an experiment without a baseline (a sensitivity study) can be compared by: how the
    outcomes spread across its design points and seeds.
    """
    return _bands(results.trajectories)


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


def paired_differences(
    wide: pd.DataFrame,
    baseline: str,
    horizons: tuple[int, ...],
    seed: int,
    draws: int,
) -> pd.DataFrame:
    """Mean paired differences from the baseline, with 95% bootstrap intervals.

    One row per scenario, region, metric and horizon; each interval from its own stream.
    """
    metrics = [c for c in wide.columns if c not in (*KEYS, "month", "region")]
    rows = []
    for horizon, (scenario, region), group in paired(
        wide, baseline, horizons, ["scenario", "region"]
    ):
        for metric in metrics:
            diff = (group[metric] - group[f"{metric}@base"]).dropna().to_numpy()
            rng = stream(seed, horizon, scenario, region, metric)
            mean, low, high = bootstrap_mean(diff, rng, draws)
            rows.append((scenario, region, metric, horizon, mean, low, high, len(diff)))
    return pd.DataFrame(
        rows,
        columns=["scenario", "region", "metric", "horizon", "mean", "ci_low", "ci_high", "pairs"],
    )
