"""The province table of a many-region experiment: paired differences summed by province.

A study of Indonesia, or of every kabupaten and kota of a province group, has hundreds of
regions; a reader wants the provinces beside them. Only the metrics that add up over
regions are summed (persons, firms, rupiah, partnerships); rates are left to the regions'
table. The differences are paired by run like the regions', with their own bootstrap
streams.
"""

from pathlib import Path
from typing import Any

import pandas as pd

from sim.analysis.briefing import common_start, scenario_name
from sim.analysis.compare import Comparison, paired_differences, wide_by_metric
from sim.analysis.numbers import interval, signed, when
from sim.analysis.wording import TEXT
from sim.experiments.results import Results
from sim.infra.atomic import write_text
from sim.metrics import TOTAL

ADDITIVE = (  # metrics whose province value is the sum of its regions'
    "employment",
    "firm_employment",
    "firms",
    "pdrb",
    "partnerships_active",
    "policy_spending",
    "policy_spending_cumulative",
)
PROVINCE_TABLE = "differences_by_province.csv"


def region_provinces(manifest: dict[str, Any]) -> dict[str, str]:
    """Each region's province, as the experiment's scenarios name them (agreeing ones only)."""
    found: dict[str, set[str]] = {}
    for summary in (manifest.get("scenarios") or {}).values():
        for region, province in (summary.get("provinces") or {}).items():
            if province:
                found.setdefault(region, set()).add(str(province))
    return {region: names.pop() for region, names in found.items() if len(names) == 1}


def province_trajectories(traj: pd.DataFrame, provinces: dict[str, str]) -> pd.DataFrame:
    """The additive metrics summed over each province's regions (province in `region`)."""
    mine = traj[traj["metric"].isin(ADDITIVE) & (traj["region"] != TOTAL)]
    mine = mine.assign(region=mine["region"].astype(str).map(provinces)).dropna(subset=["region"])
    keys = ["scenario", "point", "run", "month", "region", "metric"]
    return mine.groupby(keys, observed=True, as_index=False)["value"].sum()


def province_differences(
    traj: pd.DataFrame,
    provinces: dict[str, str],
    baseline: str,
    horizons: tuple[int, ...],
    seed: int = 0,
    draws: int = 2000,
) -> pd.DataFrame | None:
    """Paired differences by province (None when the regions span fewer than two)."""
    if len(set(provinces.values())) < 2:
        return None
    summed = province_trajectories(traj, provinces)
    if summed.empty:
        return None
    out = paired_differences(wide_by_metric(summed), baseline, horizons, seed, draws)
    return out.rename(columns={"region": "province"})


def write_province_table(
    traj: pd.DataFrame,
    manifest: dict[str, Any],
    baseline: str,
    horizons: tuple[int, ...],
    folder: Path,
) -> Path | None:
    """Write analysis/differences_by_province.csv beside the regions' differences, if any."""
    table = province_differences(traj, region_provinces(manifest), baseline, horizons)
    if table is None:
        return None
    path = folder / PROVINCE_TABLE
    write_text(table.to_csv(index=False), path)
    return path


def province_table(results: Results, comparison: Comparison, lang: str) -> pd.DataFrame | None:
    """Jobs by province at the last horizon, in words (None unless regions span provinces)."""
    t, start = TEXT[lang], common_start(results.manifest)
    horizon = comparison.horizons[-1]
    table = province_differences(
        results.trajectories,
        region_provinces(results.manifest),
        comparison.baseline,
        (horizon,),
    )
    if table is None:
        return None
    jobs = table[table["metric"] == "employment"]
    return pd.DataFrame(
        {
            t["col_scenario"]: [
                scenario_name(str(s), results.manifest, lang) for s in jobs["scenario"]
            ],
            t["col_province"]: jobs["province"].to_numpy(),
            t["col_when"]: when(horizon, start, lang),
            t["col_jobs"]: [signed(v, lang) for v in jobs["mean"]],
            t["col_interval"]: [
                interval(a, b, lang) for a, b in zip(jobs["ci_low"], jobs["ci_high"], strict=True)
            ],
        }
    )
