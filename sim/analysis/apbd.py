"""Budget context: each lever's settings and when its cap ran out; spending against APBD.

Spending per budget year is set against the region's industry budget (`industry_budget`,
the APBD line for industry support) and flagged when it exceeds it.
"""

from pathlib import Path

import numpy as np
import pandas as pd

from sim.experiments.results import Results
from sim.metrics import TOTAL

USED_UP = 1.0 - 1e-9  # a cap counts as used up once this share of it is spent


def lever_table(results: Results) -> pd.DataFrame:
    """One row per scenario and lever: start, end, intensity, cap, spent, month the cap ran out.

    Spent and the month are over the runs: the mean spent by the last month, the median
    month the cap was used up, and the share of runs where it was.
    """
    scenarios = results.manifest.get("scenarios") or {}
    traj = results.trajectories
    rows = []
    for scenario, summary in scenarios.items():
        for lever, spec in (summary.get("policies") or {}).items():
            spent = traj[
                (traj["scenario"] == scenario)
                & (traj["region"] == TOTAL)
                & (traj["metric"] == f"policy_spending_{lever}")
            ].sort_values(["point", "run", "month"])
            cap = spec.get("budget")
            used_month, used_share, total = np.nan, 0.0, np.nan
            if not spent.empty:
                cumulative = spent.groupby(["point", "run"], observed=True)["value"].cumsum()
                spent = spent.assign(cumulative=cumulative)
                per_run = spent.groupby(["point", "run"], observed=True)
                total = float(per_run["cumulative"].max().mean())
                if cap:
                    hit = spent[spent["cumulative"] >= USED_UP * cap]
                    first = hit.groupby(["point", "run"], observed=True)["month"].min()
                    used_share = len(first) / per_run.ngroups
                    used_month = float(first.median()) if len(first) else np.nan
            rows.append(
                {
                    "scenario": scenario,
                    "lever": lever,
                    "start_month": spec.get("start"),
                    "end_month": spec.get("end"),
                    "intensity": spec.get("intensity"),
                    "cap_rupiah": cap,
                    "spent_rupiah": total,
                    "cap_used_up_month": used_month,
                    "cap_used_up_share_of_runs": used_share if cap else np.nan,
                }
            )
    return pd.DataFrame(rows, columns=list(_LEVER_COLUMNS))


_LEVER_COLUMNS = (
    "scenario",
    "lever",
    "start_month",
    "end_month",
    "intensity",
    "cap_rupiah",
    "spent_rupiah",
    "cap_used_up_month",
    "cap_used_up_share_of_runs",
)


def budget_years(results: Results) -> pd.DataFrame:
    """Policy spending per region and budget year (mean over runs) against its APBD line.

    A budget year is the calendar year for a dated scenario, else months 1-12, 13-24, ...
    `exceeds` flags a year whose spending is above the region's industry budget.
    """
    scenarios = results.manifest.get("scenarios") or {}
    traj = results.trajectories
    spend = traj[(traj["metric"] == "policy_spending") & (traj["region"] != TOTAL)]
    spend = spend[spend["month"] > 0]
    if spend.empty:
        return pd.DataFrame(columns=list(_YEAR_COLUMNS))
    if "date" in spend.columns:
        year = spend["date"].astype(str).str[:4].astype(int)
    else:
        year = (spend["month"] - 1) // 12 + 1
    spend = spend.assign(budget_year=year.to_numpy())
    per_run = spend.groupby(["scenario", "region", "budget_year", "point", "run"], observed=True)[
        "value"
    ].sum()
    table = per_run.groupby(level=["scenario", "region", "budget_year"], observed=True).mean()
    table = table.rename("spending_rupiah").reset_index()
    table = table[table["spending_rupiah"] > 0]
    budget = [
        (scenarios.get(str(s), {}).get("industry_budget") or {}).get(str(r), np.nan)
        for s, r in zip(table["scenario"], table["region"], strict=True)
    ]
    table = table.assign(industry_budget_rupiah=np.array(budget, dtype=float))
    share = table["spending_rupiah"] / table["industry_budget_rupiah"]
    return table.assign(share_of_industry_budget=share, exceeds=share > 1.0).reset_index(drop=True)[
        list(_YEAR_COLUMNS)
    ]


_YEAR_COLUMNS = (
    "scenario",
    "region",
    "budget_year",
    "spending_rupiah",
    "industry_budget_rupiah",
    "share_of_industry_budget",
    "exceeds",
)


def over_budget(years: pd.DataFrame) -> pd.DataFrame:
    """Per scenario and region, the budget years over the industry budget, condensed.

    How many, the first and the last, and the largest spending and share of them.
    """
    over = years[years["exceeds"].astype(bool)]  # (an empty object column selects columns)
    grouped = over.groupby(["scenario", "region"], observed=True, sort=False)
    return grouped.agg(
        years_over=("budget_year", "size"),
        first_year=("budget_year", "min"),
        last_year=("budget_year", "max"),
        max_spending_rupiah=("spending_rupiah", "max"),
        max_share=("share_of_industry_budget", "max"),
        industry_budget_rupiah=("industry_budget_rupiah", "first"),
    ).reset_index()


def write_budget(results: Results, folder: Path) -> list[Path]:
    """Both tables as CSV and Markdown: budget_levers.* and budget_years.*."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, table in (
        ("budget_levers", lever_table(results)),
        ("budget_years", budget_years(results)),
    ):
        table.to_csv(folder / f"{name}.csv", index=False)
        (folder / f"{name}.md").write_text(table.to_markdown(index=False, floatfmt=",.4g"))
        paths += [folder / f"{name}.csv", folder / f"{name}.md"]
    return paths
