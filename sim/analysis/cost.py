"""Cost-effectiveness that cannot mislead: a verdict first, ratios only for real effects."""

import numpy as np
import pandas as pd

from sim.analysis.stats import KEYS, bootstrap_mean, bootstrap_ratio, paired, stream
from sim.metrics import TOTAL

MILIAR = 1e9  # rupiah
Z_95, Z_80 = 1.96, 0.84  # two-sided 5 % test, 80 % power
MAX_SEEDS_SHOWN = 100_000  # beyond this a design cannot settle it: "not with seeds"


def seeds_needed(jobs: np.ndarray, noise: float = 0.0) -> float:
    """Paired seeds a comparison needs to tell its mean effect from zero (and the noise floor).

    The usual power calculation: ((z_0.975 + z_0.8) sd / (|mean| - floor))^2, with the sd of
    the paired differences measured here. NaN when the effect is no larger than the floor
    (no number of seeds settles it), or with fewer than two pairs.
    """
    if len(jobs) < 2:
        return np.nan
    margin = abs(float(np.mean(jobs))) - max(noise, 0.0)
    sd = float(np.std(jobs, ddof=1))
    if margin <= 0 or not np.isfinite(sd):
        return np.nan
    needed = float(np.ceil(((Z_95 + Z_80) * sd / margin) ** 2))
    return needed if needed <= MAX_SEEDS_SHOWN else np.nan


def cost_effectiveness(
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
    for horizon, (scenario,), g in paired(total, baseline, horizons, ["scenario"]):
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
        needed = seeds_needed(jobs, 0.0 if np.isnan(noise) else float(noise))
        rows.append(
            (scenario, horizon, verdict, mean, low, high, noise, spent.mean())
            + (*per_miliar, *per_job, *per_rp, len(g), needed)
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
            "seeds_needed",
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


def rank_by_jobs_per_miliar(
    cost: pd.DataFrame, horizon: int, placebo: str | None = None
) -> pd.DataFrame:
    """Scenarios that create jobs ranked by jobs per Rp 1 miliar; the others after, unranked.

    The placebo is a yardstick, not a policy: it is never ranked.
    """
    table = cost[cost["horizon"] == horizon].drop(columns=["pairs"])
    creates = (table["verdict"] == "creates jobs") & (table["scenario"] != placebo)
    ranked = table[creates].sort_values("jobs_per_rp_1_miliar", ascending=False)
    rest = table[~creates].sort_values("jobs_created", ascending=False)
    out = pd.concat([ranked, rest], ignore_index=True)
    out.insert(0, "rank", pd.array([*range(1, len(ranked) + 1), *[None] * len(rest)], "Int64"))
    return out
