"""Sobol indices through our wrapper match the Ishigami function's analytic values."""

from pathlib import Path

import numpy as np
import pytest
from SALib.sample import sobol as sobol_sample

from sim.analysis.sensitivity import sobol_table

ROOT = Path(__file__).parents[2]


def ishigami(x, a=7.0, b=0.1):
    return np.sin(x[:, 0]) + a * np.sin(x[:, 1]) ** 2 + b * x[:, 2] ** 4 * np.sin(x[:, 0])


def test_ishigami_indices():
    problem = {"num_vars": 3, "names": ["x1", "x2", "x3"], "bounds": [[-np.pi, np.pi]] * 3}
    x = sobol_sample.sample(problem, 4096, calc_second_order=False, seed=1)
    table = sobol_table(problem, ishigami(x)).set_index("parameter")
    # analytic values for a = 7, b = 0.1 (Ishigami & Homma 1990; Sobol' 2001)
    assert table.loc["x1", "S1"] == pytest.approx(0.3139, abs=0.03)
    assert table.loc["x2", "S1"] == pytest.approx(0.4424, abs=0.03)
    assert table.loc["x3", "S1"] == pytest.approx(0.0, abs=0.03)
    assert table.loc["x1", "ST"] == pytest.approx(0.5576, abs=0.03)
    assert table.loc["x2", "ST"] == pytest.approx(0.4424, abs=0.03)
    assert table.loc["x3", "ST"] == pytest.approx(0.2437, abs=0.03)
    assert (table["S1_conf"] > 0).all()


def test_sensitivity_chart_has_both_indices_per_parameter():
    import pandas as pd

    from sim.analysis.figures import sensitivity_chart

    table = pd.DataFrame(
        {
            "parameter": ["a", "b"],
            "S1": [0.5, 0.1],
            "S1_conf": [0.05, 0.02],
            "ST": [0.6, 0.2],
            "ST_conf": [0.05, 0.03],
            "metric": "jobs",
            "month": 60,
        }
    )
    ax = sensitivity_chart(table).axes[0]
    assert len(ax.patches) == 4 and ax.get_ylabel() == "Sobol index (0..1)"
    assert [t.get_text() for t in ax.get_xticklabels()] == ["a", "b"]


def _tiny_design(tmp_path, design: str):
    """Results of the grant scenario over two uncertainties with the given design."""
    from sim.experiments import load_results, run_experiment

    exp = tmp_path / "design.yaml"
    exp.write_text(
        f"name: d\nscenarios: [{ROOT}/scenarios/grant.yaml]\nseeds: 1\nmonths: 6\n"
        "overrides: ['firms.scale=60', 'policies.grant.start=1']\n"
        "uncertainties:\n  barriers.trust_threshold: {low: 0.2, high: 0.4}\n"
        "  policies.grant.intensity: {low: 0.0, high: 1.0}\n"
        f"design: {design}\noutputs: {{per_region: false, events: false}}\n"
    )
    return load_results(run_experiment(exp, workers=1, out=tmp_path / "r", progress=False))


def test_sobol_indices_of_a_real_sobol_experiment(tmp_path):
    from sim.analysis.sensitivity import sobol_indices
    from sim.experiments import ResultsError, load_results, run_experiment

    results = _tiny_design(tmp_path, "{kind: sobol, samples: 4}")
    assert len(results.runs) == 4 * (2 + 2)
    table = sobol_indices(results, "policy_spending", months=[3, 6])
    assert list(table["parameter"].unique()) == [
        "barriers.trust_threshold",
        "policies.grant.intensity",
    ]
    assert set(table["month"]) == {3, 6} and table[["S1", "ST"]].notna().all().all()
    with pytest.raises(ResultsError, match="not a Sobol experiment"):
        sobol_indices(
            load_results(
                run_experiment(
                    ROOT / "scenarios/experiments/smoke.yaml",
                    workers=1,
                    out=tmp_path / "m",
                    progress=False,
                )
            ),
            "employment",
        )


def test_morris_ranks_parameters_by_influence():
    from SALib.sample import morris as morris_sample

    from sim.analysis.sensitivity import morris_table

    problem = {"num_vars": 3, "names": ["strong", "weak", "none"], "bounds": [[0, 1]] * 3}
    x = morris_sample.sample(problem, 50, num_levels=4, seed=2)
    y = 10 * x[:, 0] + 1 * x[:, 1] + 0 * x[:, 2]
    table = morris_table(problem, x, y, levels=4).set_index("parameter")
    assert table.loc["strong", "mu_star"] == pytest.approx(10, rel=0.01)
    assert table.loc["weak", "mu_star"] == pytest.approx(1, rel=0.01)
    assert table.loc["none", "mu_star"] == pytest.approx(0, abs=1e-9)
    assert (table["sigma"] < 1e-9).all()  # linear: no interactions


def test_morris_experiment_end_to_end(tmp_path):
    from sim.analysis.sensitivity import morris_indices

    results = _tiny_design(tmp_path, "{kind: morris, samples: 4, levels: 4}")
    assert len(results.runs) == 4 * (2 + 1)
    table = morris_indices(results, "policy_spending")
    assert table.set_index("parameter").loc["policies.grant.intensity", "mu_star"] > 0


def test_warnings_name_seed_noise_and_impossible_indices():
    import pandas as pd

    from sim.analysis.sensitivity import sensitivity_warnings
    from sim.experiments.results import Results

    rows = [
        ("s", p, r, 3, "ALL", "employment", 100.0 + 10 * p + r) for p in range(4) for r in range(2)
    ]
    traj = pd.DataFrame(
        rows, columns=["scenario", "point", "run", "month", "region", "metric", "value"]
    )
    results = Results(None, {}, traj, pd.DataFrame(), None, None)  # type: ignore[arg-type]
    bad = pd.DataFrame(
        {
            "metric": "employment",
            "S1": [-0.3, 0.9, 0.6],
            "ST": [1.4, 0.9, 0.7],
            "parameter": list("abc"),
        }
    )
    text = " ".join(sensitivity_warnings(results, bad, "en"))
    # within-point variance 0.5 against a total of about 130: seeds are under 1%
    assert "Seeds alone account for 0% of the variance of employment" in text
    assert "S1 < 0" in text and "ST > 1" in text and "sum of S1 = 1.20 > 1" in text
    one_seed = traj[traj["run"] == 0]
    results = Results(None, {}, one_seed, pd.DataFrame(), None, None)  # type: ignore[arg-type]
    indonesian = " ".join(
        sensitivity_warnings(Results(None, {}, traj, pd.DataFrame(), None, None), bad, "id")
    )  # type: ignore[arg-type]
    assert "penduduk bekerja" in indonesian and "jumlah S1 = 1,20 > 1" in indonesian
    assert "Seed saja menjelaskan 0%" in indonesian
    assert "One seed per design point" in " ".join(
        sensitivity_warnings(results, bad.iloc[[1]], "en")
    )
