"""Scenario comparison with honest uncertainty (Covasim-style bands, paired differences)."""

import json
import zlib
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
DEFAULT_HORIZONS = (12, 60, 120)  # months: one, five and ten years
MILIAR = 1e9  # rupiah
VERDICTS = ("creates jobs", "costs jobs", "inconclusive")


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
                    else ""
                )
            )
    if placebo is None and "placebo" in names:
        placebo = "placebo"
    if metrics:  # and what the cost-effectiveness table needs
        traj = traj[traj["metric"].isin([*metrics, *COST_METRICS])]
    last = int(traj["month"].max())
    if horizons is None:
        horizons = tuple(h for h in DEFAULT_HORIZONS if h <= last) or (last,)
    wrong = [h for h in horizons if not 1 <= h <= last]
    if wrong or not horizons:
        raise ResultsError(
            f"horizons {list(wrong) or '(none)'}: the runs in {results.folder} last {last} "
            f"months; allowed: months 1..{last}"
        )
    horizons = tuple(sorted(set(horizons)))
    wide = _wide(traj)
    bands = _bands(traj)
    differences = _with_noise_floor(_differences(wide, baseline, horizons, seed, draws), placebo)
    cost = _cost_effectiveness(wide, baseline, horizons, seed, draws, differences)
    ranking = _ranking(cost, horizons[-1])
    return Comparison(bands, differences, cost, ranking, baseline, horizons, placebo)


def stream(seed: int, *labels: object) -> np.random.Generator:
    """A bootstrap stream of its own for one interval: seed and labels, nothing else."""
    return np.random.default_rng([seed, *(zlib.crc32(str(x).encode()) for x in labels)])


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
    seed: int,
    draws: int,
) -> pd.DataFrame:
    metrics = [c for c in wide.columns if c not in (*KEYS, "month", "region")]
    rows = []
    for horizon, (scenario, region), group in _paired(
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


def _cost_effectiveness(
    wide: pd.DataFrame,
    baseline: str,
    horizons: tuple[int, ...],
    seed: int,
    draws: int,
    differences: pd.DataFrame,
) -> pd.DataFrame:
    """Jobs, spending and their ratios per scenario and horizon, with a verdict.

    The verdict is "creates jobs" when the jobs interval lies wholly above zero and above the
    placebo's noise floor, "costs jobs" when wholly below minus both, else "inconclusive";
    the ratios (jobs per Rp 1 miliar, rupiah per job) are left empty unless jobs are created.
    PDRB per rupiah is the value added the economy produced over the horizon beyond the
    baseline's, per rupiah of policy spending; empty when that gain cannot be told from zero.
    """
    total = wide[wide["region"] == TOTAL].sort_values([*KEYS, "month"])
    total = total.assign(
        spent=total.groupby(KEYS, observed=True)["policy_spending"].cumsum(),
        output=total.groupby(KEYS, observed=True)["pdrb"].cumsum() / 12.0,
    )  # rupiah produced
    floors = differences[(differences["region"] == TOTAL) & (differences["metric"] == "employment")]
    floor = floors.set_index(["scenario", "horizon"])["noise_floor"].to_dict()
    rows = []
    for horizon, (scenario,), g in _paired(total, baseline, horizons, ["scenario"]):
        jobs = (g["employment"] - g["employment@base"]).to_numpy()
        spent = (g["spent"] - g["spent@base"]).to_numpy()
        gained = (g["output"] - g["output@base"]).to_numpy()
        rng = stream(seed, horizon, scenario, "cost")
        mean, low, high = bootstrap_mean(jobs, rng, draws)
        noise = floor.get((scenario, horizon), np.nan)
        verdict = _verdict(low, high, 0.0 if np.isnan(noise) else float(noise))
        per_miliar = bootstrap_ratio(jobs, spent / MILIAR, rng, draws)
        per_job = bootstrap_ratio(spent, jobs, rng, draws)
        _, gain_low, gain_high = bootstrap_mean(gained, rng, draws)
        per_rp = bootstrap_ratio(gained, spent, rng, draws)
        if verdict != "creates jobs" or spent.sum() <= 0:
            per_miliar = per_job = (np.nan, np.nan, np.nan)
        if gain_low <= 0 <= gain_high or spent.sum() <= 0:
            per_rp = (np.nan, np.nan, np.nan)
        rows.append(
            (scenario, horizon, verdict, mean, low, high, noise, spent.mean())
            + (*per_miliar, *per_job, *per_rp, len(g))
        )
    return pd.DataFrame(
        rows,
        columns=[
            "scenario",
            "horizon",
            "verdict",
            "jobs_created",
            "jobs_ci_low",
            "jobs_ci_high",
            "jobs_noise_floor",
            "spending_rupiah",
            "jobs_per_rp_1_miliar",
            "jobs_per_rp_1_miliar_low",
            "jobs_per_rp_1_miliar_high",
            "rupiah_per_job",
            "rupiah_per_job_low",
            "rupiah_per_job_high",
            "pdrb_per_rupiah",
            "pdrb_per_rupiah_low",
            "pdrb_per_rupiah_high",
            "pairs",
        ],
    )


def _verdict(low: float, high: float, noise: float) -> str:
    """Creates jobs / costs jobs only when the whole interval clears zero and the noise."""
    if np.isnan(low) or np.isnan(high):
        return "inconclusive"
    if low > max(noise, 0.0):
        return "creates jobs"
    if high < -max(noise, 0.0):
        return "costs jobs"
    return "inconclusive"


def _ranking(cost: pd.DataFrame, horizon: int) -> pd.DataFrame:
    """Scenarios that create jobs ranked by jobs per Rp 1 miliar; the others after, unranked."""
    table = cost[cost["horizon"] == horizon].drop(columns=["pairs"])
    creates = table["verdict"] == "creates jobs"
    ranked = table[creates].sort_values("jobs_per_rp_1_miliar", ascending=False)
    rest = table[~creates].sort_values("jobs_created", ascending=False)
    out = pd.concat([ranked, rest], ignore_index=True)
    out.insert(0, "rank", pd.array([*range(1, len(ranked) + 1), *[None] * len(rest)], "Int64"))
    return out
