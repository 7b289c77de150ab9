"""Comparison numbers against hand-computed values on small synthetic result tables."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from sim.analysis.compare import compare
from sim.analysis.stats import bootstrap_mean, bootstrap_ratio
from sim.experiments.results import Results, ResultsError
from tests.analysis.sweeps import small_sweep


def _results(values: dict[tuple[str, int, int], dict[str, float]]) -> Results:
    """(scenario, run, month) -> {metric: value} as a results object (one region, ALL)."""
    rows = [
        (s, 0, r, 0, m, "ALL", metric, v)
        for (s, r, m), metrics in values.items()
        for metric, v in metrics.items()
    ]
    traj = pd.DataFrame(
        rows, columns=["scenario", "point", "run", "seed", "month", "region", "metric", "value"]
    )
    return Results(Path("synthetic"), {}, traj, pd.DataFrame(), None, None)


def _world():
    values = {}
    for run, (b_jobs, g_jobs) in enumerate([(100, 110), (200, 230), (300, 320), (400, 430)]):
        for month in (1, 2):
            values[("baseline", run, month)] = {
                "employment": b_jobs * month,
                "policy_spending": 0.0,
                "pdrb": 1200.0,
            }
            values[("grant", run, month)] = {
                "employment": g_jobs * month,
                "policy_spending": 50.0,
                "pdrb": 1224.0,
            }
    return _results(values)


def test_bands_are_median_and_10_90_quantiles_over_runs():
    c = compare(_world(), horizons=(2,))
    row = c.bands.query("scenario == 'baseline' and metric == 'employment' and month == 2")
    runs = np.array([200, 400, 600, 800])
    assert row["median"].iloc[0] == np.median(runs)
    assert row["p10"].iloc[0] == pytest.approx(np.quantile(runs, 0.1))  # 260
    assert row["p90"].iloc[0] == pytest.approx(np.quantile(runs, 0.9))  # 740
    assert row["runs"].iloc[0] == 4


def test_paired_difference_by_run_at_the_horizon():
    c = compare(_world(), horizons=(1, 2), draws=500)
    d = c.differences.query("metric == 'employment'").set_index("horizon")
    assert d.loc[1, "mean"] == pytest.approx(np.mean([10, 30, 20, 30]))  # 22.5
    assert d.loc[2, "mean"] == pytest.approx(45.0)
    assert 20 <= d.loc[2, "ci_low"] < 45 < d.loc[2, "ci_high"] <= 60  # within the pairs
    assert d.loc[2, "pairs"] == 4


def test_cost_effectiveness_by_hand():
    c = compare(_world(), horizons=(2,), draws=500)
    row = c.cost_effectiveness.iloc[0]
    assert row["jobs_created"] == pytest.approx(45.0)
    assert row["spending_rupiah"] == pytest.approx(100.0)  # 50 in each of 2 months
    assert row["rupiah_per_job"] == pytest.approx(4 * 100.0 / (4 * 45.0))
    # PDRB gained: (1224 - 1200) per year for 2 months = 4 rupiah per pair, over 100 spent
    assert row["pdrb_per_rupiah"] == pytest.approx(0.04)
    assert row["verdict"] == "creates jobs"
    assert row["jobs_per_rp_1_miliar"] == pytest.approx(45.0 / (100.0 / 1e9))
    assert row["jobs_per_rp_1_miliar_low"] <= row["jobs_per_rp_1_miliar"]
    assert c.ranking.loc[0, "scenario"] == "grant" and c.ranking.loc[0, "rank"] == 1


def _mixed_world():
    """grant: +10 jobs in every pair; forum: -20..+20, no sign; both spend 50 a month."""
    values = {}
    for run, (grant, forum) in enumerate([(10, -20), (10, 20), (10, -10), (10, 12)]):
        for name, extra in (("baseline", 0), ("grant", grant), ("forum", forum)):
            values[(name, run, 1)] = {
                "employment": 100.0 + extra,
                "policy_spending": 0.0 if name == "baseline" else 50.0,
                "pdrb": 1200.0 + extra,
            }
    return _results(values)


def test_an_inconclusive_effect_gets_no_cost_per_job_and_no_rank():
    c = compare(_mixed_world(), horizons=(1,), draws=500)
    cost = c.cost_effectiveness.set_index("scenario")
    assert cost.loc["forum", "jobs_ci_low"] < 0 < cost.loc["forum", "jobs_ci_high"]
    assert cost.loc["forum", "verdict"] == "inconclusive"
    for column in ("jobs_per_rp_1_miliar", "rupiah_per_job", "rupiah_per_job_low"):
        assert np.isnan(cost.loc["forum", column])
    assert cost.loc["grant", "verdict"] == "creates jobs"
    assert cost.loc["grant", "rupiah_per_job"] == pytest.approx(5.0)
    ranking = c.ranking.set_index("scenario")
    assert ranking.loc["grant", "rank"] == 1 and pd.isna(ranking.loc["forum", "rank"])


def test_an_effect_inside_the_noise_floor_is_inconclusive():
    world = _world_with_placebo([130, 170, 330, 370])  # a placebo as loud as the grant
    cost = compare(world, horizons=(1,), draws=500).cost_effectiveness.set_index("scenario")
    assert cost.loc["grant", "jobs_ci_low"] > 0  # the interval alone clears zero ...
    assert cost.loc["grant", "verdict"] == "inconclusive"  # ... but not the noise
    assert np.isnan(cost.loc["grant", "rupiah_per_job"])


def test_an_interval_does_not_depend_on_the_other_horizons_asked_for():
    one = compare(_world(), horizons=(2,), draws=300).differences
    two = compare(_world(), horizons=(1, 2), draws=300).differences
    pick = "metric == 'employment' and horizon == 2"
    columns = ["ci_low", "ci_high"]
    assert (one.query(pick)[columns].to_numpy() == two.query(pick)[columns].to_numpy()).all()


@pytest.mark.parametrize("horizons", [(9999,), (0,), (1, 3)])
def test_a_horizon_outside_the_runs_is_an_error_naming_the_allowed_months(horizons):
    with pytest.raises(ResultsError, match=r"allowed: months 1\.\.2"):
        compare(_world(), horizons=horizons)


def test_bootstrap_interval_covers_a_known_effect_at_about_the_nominal_rate():
    rng = np.random.default_rng(1)
    covered = 0
    trials = 300
    for _ in range(trials):
        diffs = 5.0 + rng.standard_normal(40) * 3.0  # true mean effect 5
        _, low, high = bootstrap_mean(diffs, rng, draws=800)
        covered += low <= 5.0 <= high
    assert 0.90 <= covered / trials <= 0.99


def test_ratio_interval_is_withheld_when_the_denominator_may_be_zero():
    rng = np.random.default_rng(0)
    est, low, high = bootstrap_ratio(np.full(10, 100.0), np.array([-5, 5] * 5, float) + 0.1, rng)
    assert np.isfinite(est) and np.isnan(low) and np.isnan(high)


def test_unknown_baseline_is_a_clear_error():
    with pytest.raises(ResultsError, match="no scenario 'nope'.*baseline"):
        compare(_world(), baseline="nope")


def test_tables_written_as_csv_and_markdown(tmp_path):
    paths = compare(_world(), horizons=(2,), draws=200).write(tmp_path)
    assert {p.name for p in paths} >= {"ranking.csv", "ranking.md", "differences.csv"}
    text = " ".join((tmp_path / "ranking.md").read_text().split())
    assert "| rank | scenario | horizon | verdict |" in text
    assert "| 1 | grant | 2 | creates jobs | 45 |" in text


def test_no_cost_per_job_when_no_jobs_are_created():
    rng = np.random.default_rng(0)
    assert np.isnan(bootstrap_ratio(np.full(4, 10.0), np.array([-3.0, -1, -2, 1]), rng)[0])


def _world_with_placebo(placebo_jobs):
    values = {}
    for run, (b_jobs, g_jobs, p_jobs) in enumerate(
        zip([100, 200, 300, 400], [110, 230, 320, 430], placebo_jobs, strict=True)
    ):
        for name, jobs in (("baseline", b_jobs), ("grant", g_jobs), ("placebo", p_jobs)):
            values[(name, run, 1)] = {"employment": jobs, "policy_spending": 0.0, "pdrb": 1.0}
    return _results(values)


def test_noise_floor_is_the_placebo_interval_and_judges_each_effect():
    quiet = compare(_world_with_placebo([101, 199, 302, 398]), horizons=(1,), draws=500)
    assert quiet.placebo == "placebo"  # found by name without being asked
    d = quiet.differences.query("metric == 'employment'").set_index("scenario")
    p = d.loc["placebo"]
    assert d.loc["grant", "noise_floor"] == max(abs(p["ci_low"]), abs(p["ci_high"]))
    assert 0 < d.loc["grant", "noise_floor"] <= 2.0
    assert bool(d.loc["grant", "beyond_noise"])  # +10..+30 jobs against a floor under 2
    loud = compare(_world_with_placebo([130, 170, 330, 370]), horizons=(1,), draws=500)
    grant = loud.differences.query("metric == 'employment' and scenario == 'grant'").iloc[0]
    assert grant["noise_floor"] >= 15 and not bool(grant["beyond_noise"])
    ranked = loud.ranking.set_index("scenario")
    assert ranked.loc["grant", "jobs_noise_floor"] == grant["noise_floor"]
    assert "Noise floor" in loud.noise_note() and "'placebo'" in loud.noise_note()


def test_noise_floor_is_absent_without_a_placebo_and_a_missing_one_is_named(tmp_path):
    c = compare(_world(), horizons=(2,), draws=200)
    assert c.placebo is None and c.differences["noise_floor"].isna().all()
    assert "not measured" in c.noise_note()
    c.write(tmp_path)
    assert (tmp_path / "differences.md").read_text().startswith("Noise floor: not measured")
    with pytest.raises(ResultsError, match="no scenario 'aa'.*as the placebo.*placebo.yaml"):
        compare(_world(), placebo="aa")


def test_compare_reads_a_sweep_that_kept_only_the_totals_and_prints_a_readable_table(tmp_path):
    from typer.testing import CliRunner

    from sim.cli.main import app

    folder = small_sweep(
        tmp_path,
        "tot",
        ["baseline.yaml", "placebo.yaml", "grant.yaml"],
        seeds=2,
        months=3,
        overrides=["firms.scale=30", "policies.grant.start=1"],
        extra="outputs: {per_region: false}\n",
    )
    result = CliRunner().invoke(app, ["compare", str(folder)])
    assert result.exit_code == 0, result.output
    table = result.output.split("Noise floor")[0]
    assert "<NA>" not in table and "nan" not in table and "e+" not in table
    assert "placebo (placebo)" in table
    placebo_row = next(line for line in table.splitlines() if "(placebo)" in line)
    assert placebo_row.split("|")[1].strip() == ""  # never ranked


def test_report_uses_the_baseline_compare_recorded(tmp_path):
    from typer.testing import CliRunner

    from sim.analysis.wording import TEXT
    from sim.cli.main import app

    folder = small_sweep(
        tmp_path,
        "study",
        ["lebak.yaml", "lebak_programme.yaml"],
        seeds=2,
        months=14,
        overrides=["firms.scale=100"],
    )
    runner = CliRunner()
    bands = runner.invoke(app, ["compare", str(folder)])  # no scenario named baseline
    assert bands.exit_code == 0 and "--baseline NAME" in bands.output
    assert (folder / "analysis" / "bands.csv").exists()
    assert runner.invoke(app, ["compare", str(folder), "--baseline", "lebak"]).exit_code == 0
    assert runner.invoke(app, ["report", str(folder)]).exit_code == 0
    report = (folder / "analysis" / "report.en.md").read_text()
    assert TEXT["en"]["no_baseline"][:40] not in report  # it has the comparison compare made


def test_the_seeds_needed_follow_the_power_calculation_and_are_enough():
    from sim.analysis.cost import seeds_needed

    jobs = np.array([10.0 + 20.0 * z for z in (-1.0, 1.0)] * 5)  # mean 10, sd about 21
    sd = np.std(jobs, ddof=1)
    assert seeds_needed(jobs) == np.ceil((2.8 * sd / 10.0) ** 2)
    assert np.isnan(seeds_needed(jobs, noise=12.0))  # inside the noise floor: no seeds settle it
    assert np.isnan(seeds_needed(np.array([1.0])))
    rng = np.random.default_rng(0)
    n = int(seeds_needed(rng.normal(10.0, 20.0, 400)))
    settled = 0
    for _ in range(200):  # with that many pairs, about 80 % of studies settle it
        sample = rng.normal(10.0, 20.0, n)
        settled += sample.mean() - 1.96 * sample.std(ddof=1) / np.sqrt(n) > 0
    assert 0.7 <= settled / 200 <= 0.9
