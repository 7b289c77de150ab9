"""Budget context on a hand-made results set: cap months, budget years, the APBD flag."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from sim.analysis.apbd import budget_years, lever_table
from sim.experiments.results import Results


def _results(dated: bool = False) -> Results:
    """One scenario, one region, two runs, 24 months; the grant spends 10 a month from month 3
    in run 0 and 20 a month in run 1, against a cap of 100."""
    rows = []
    for run, rate in ((0, 10.0), (1, 20.0)):
        spent = 0.0
        for month in range(25):
            pay = min(rate, 100.0 - spent) if month >= 3 else 0.0
            spent += pay
            for region in ("Lebak", "ALL"):
                for metric in ("policy_spending", "policy_spending_grant"):
                    rows.append(("grant", 0, run, month, region, metric, pay))
    traj = pd.DataFrame(
        rows, columns=["scenario", "point", "run", "month", "region", "metric", "value"]
    )
    if dated:
        dates = pd.period_range("2022-08", periods=25, freq="M").astype(str)
        traj.insert(4, "date", np.asarray(dates)[traj["month"]])
    manifest = {
        "scenarios": {
            "grant": {
                "policies": {"grant": {"start": 3, "end": None, "intensity": 0.5, "budget": 100.0}},
                "industry_budget": {"Lebak": 50.0},
            }
        }
    }
    return Results(Path("synthetic"), manifest, traj, pd.DataFrame(), None, None)


def test_the_cap_runs_out_in_the_month_the_spending_reaches_it():
    row = lever_table(_results()).iloc[0]
    assert (row["lever"], row["start_month"], row["intensity"], row["cap_rupiah"]) == (
        "grant", 3, 0.5, 100.0,
    )  # fmt: skip
    # run 0 reaches 100 in month 12 (10 a month from month 3), run 1 in month 7
    assert row["cap_used_up_month"] == pytest.approx(np.median([12, 7]))
    assert row["cap_used_up_share_of_runs"] == 1.0
    assert row["spent_rupiah"] == pytest.approx(100.0)


def test_spending_per_budget_year_is_set_against_the_industry_budget():
    years = budget_years(_results()).set_index("budget_year")
    # year 1 = months 1-12: run 0 spends 100 (months 3-12), run 1 spends 100 (3-7)
    assert years.loc[1, "spending_rupiah"] == pytest.approx(100.0)
    assert years.loc[1, "share_of_industry_budget"] == pytest.approx(2.0)
    assert bool(years.loc[1, "exceeds"])
    assert 2 not in years.index  # nothing left to spend in year 2


def test_a_dated_scenario_counts_calendar_years():
    years = budget_years(_results(dated=True)).set_index("budget_year")
    # months 3..5 are Nov 2022 - Jan 2023: run 0 spends 20 in 2022, run 1 40
    assert years.loc[2022, "spending_rupiah"] == pytest.approx(30.0)
    assert not bool(years.loc[2022, "exceeds"])
    assert years.loc[2023, "spending_rupiah"] == pytest.approx(70.0)
    assert bool(years.loc[2023, "exceeds"])
