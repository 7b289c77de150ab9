"""Calibration (SMM): scoring, the scenario section, writing the result, the in-sample rows."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from sim.analysis.calibration import experiment, score, target_rows, write_result
from sim.analysis.hindcast import hindcast
from sim.cli.main import app
from sim.scenario import ScenarioError, load_scenario
from sim.scenario.data_rows import bps_figures

LEBAK = Path("scenarios/lebak.yaml").resolve()
TPT_2023 = "lebak-2023-open-unemployment-rate"


def _child(tmp_path: Path, body: str, name: str = "child") -> Path:
    path = tmp_path / f"{name}.yaml"
    path.write_text(
        f"extends: {LEBAK}\nmeta:\n  name: {name}\n  description: {{en: x, id: x}}\n{body}",
        encoding="utf-8",
    )
    return path


def test_the_calibrated_value_is_applied_unless_the_file_sets_its_own(tmp_path):
    lebak = load_scenario(LEBAK)
    assert lebak.calibration is not None
    fitted = lebak.calibration.result["regions.Lebak.natural_unemployment_rate"]
    assert lebak.regions[0].natural_unemployment_rate == fitted
    body = "regions:\n  - name: Lebak\n    natural_unemployment_rate: 0.055\n"
    own = load_scenario(_child(tmp_path, body))
    assert own.regions[0].natural_unemployment_rate == 0.055
    given = load_scenario(LEBAK, ["regions.Lebak.natural_unemployment_rate=0.025"])
    assert given.regions[0].natural_unemployment_rate == 0.025


@pytest.mark.parametrize(
    ("body", "field", "words"),
    [
        (
            "calibration:\n  targets: [lebak-2023-open-unemployment-rat]\n"
            "  parameters: {regions.Lebak.natural_unemployment_rate: {low: 0.02, high: 0.06}}\n",
            "calibration.targets[0]",
            "lebak-2023-open-unemployment-rate",
        ),
        (
            f"calibration:\n  targets: [{TPT_2023}]\n  parameters:\n"
            "    regions.Lebak.natural_unemployment_rate: {low: 0.02, high: 0.06}\n"
            "    labour.matching_efficiency: {low: 0.2, high: 1.0}\n",
            "calibration",
            "at most as many parameters as targets",
        ),
        (
            f"calibration:\n  targets: [{TPT_2023}]\n"
            "  parameters: {regions.Lebak.natural_unemployment_rate: {low: 0.02, high: 0.06}}\n"
            "  result: {labour.matching_efficiency: 0.5}\n",
            "calibration",
            "not among parameters",
        ),
    ],
)
def test_a_bad_calibration_section_is_refused_with_the_field_named(tmp_path, body, field, words):
    with pytest.raises(ScenarioError) as err:
        load_scenario(_child(tmp_path, body))
    message = str(err.value)
    assert field in message and words in message


def test_a_target_outside_the_horizon_is_refused_before_any_run(tmp_path):
    lebak = load_scenario(LEBAK)
    short = lebak.horizon.model_copy(update={"months": 6})  # August 2023 is month 12
    scenario = lebak.model_copy(update={"horizon": short})
    with pytest.raises(ValueError, match=r"calibration.targets \['lebak-2023"):
        target_rows(scenario, bps_figures())


def test_score_ranks_points_by_mean_squared_misfit_in_tolerances():
    scenario = load_scenario(LEBAK)
    targets = target_rows(scenario, bps_figures())
    rows = []
    # point 0 is 0.2 points of TPT off on average, point 1 exactly right on average
    for point, values in ((0, (7.67, 7.87)), (1, (7.47, 7.67))):
        for run, value in enumerate(values):
            for month in (11, 12, 13):
                rows.append(
                    {
                        "point": point,
                        "run": run,
                        "regions.Lebak.natural_unemployment_rate": 0.03 + 0.01 * point,
                        "month": month,
                        "region": "Lebak",
                        "metric": "unemployment_rate",
                        "value": value if month == 12 else 99.0,
                    }
                )
    outcome = score(scenario, targets, pd.DataFrame(rows))
    assert outcome.points.index.tolist() == [1, 0]
    assert outcome.best["regions.Lebak.natural_unemployment_rate"] == pytest.approx(0.04)
    assert outcome.points.loc[1, TPT_2023] == pytest.approx(7.57)
    tolerance = 0.05 * 7.57
    assert outcome.points.loc[0, "distance"] == pytest.approx((0.2 / tolerance) ** 2)
    assert outcome.runs == 4


def test_writing_a_result_replaces_the_old_one_and_keeps_the_rest(tmp_path):
    path = _child(
        tmp_path,
        f"calibration:\n  targets: [{TPT_2023}]\n"
        "  parameters: {regions.Lebak.natural_unemployment_rate: {low: 0.02, high: 0.06}}\n"
        "  result:\n    regions.Lebak.natural_unemployment_rate: 0.03\n"
        "  fit:\n    distance: 1.0\n    runs: 2\n    date: '2026-01-01'\n"
        "# the end\noutputs:\n  events: false\n",
    )
    lines = ["  result:", "    regions.Lebak.natural_unemployment_rate: 0.041"]
    text = write_result(path, lines)
    assert text.count("result:") == 1 and "0.041" in text and "distance: 1.0" not in text
    assert "# the end\noutputs:\n  events: false" in text
    path.write_text(text, encoding="utf-8")
    scenario = load_scenario(path)
    assert scenario.regions[0].natural_unemployment_rate == 0.041
    assert scenario.outputs.events is False


def test_calibrate_command_finds_the_closer_value_and_writes_it(tmp_path):
    path = _child(
        tmp_path,
        "firms: {scale: 100}\n"
        f"calibration:\n  targets: [{TPT_2023}]\n"
        "  parameters: {regions.Lebak.natural_unemployment_rate: {low: 0.0, high: 0.2}}\n"
        "  samples: 4\n  seeds: 1\n",
        name="tiny",
    )
    out = tmp_path / "cal"
    args = ["calibrate", str(path), "--out", str(out), "--write"]
    result = CliRunner().invoke(app, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    fitted = load_scenario(path).calibration
    assert fitted is not None and fitted.fit is not None
    assert fitted.fit.runs == 4
    value = fitted.result["regions.Lebak.natural_unemployment_rate"]
    assert 0.0 <= value <= 0.2
    assert value == load_scenario(path).regions[0].natural_unemployment_rate
    assert "| regions.Lebak.natural_unemployment_rate |" in (out / "calibration.md").read_text()
    # the file changed (its result): the old runs are not silently reused
    again = CliRunner().invoke(app, args[:4])
    assert again.exit_code == 2 and "--fresh" in again.output


@pytest.mark.parametrize("name", ["lebak", "sumut"])
def test_in_sample_rows_are_reproduced(name):
    """Rows a scenario was set from sit on the model's starting values; rows it was calibrated
    on lie within their tolerance of the model's band. None counts as an out-of-sample hit."""
    scenario = load_scenario(f"scenarios/{name}.yaml", ["horizon.months=13"])
    table, _ = hindcast(scenario, bps_figures(), seeds=6, workers=1)
    table = table.set_index("id")
    set_from = table[table["in_sample"] & ~table["calibrated"]]
    assert len(set_from) >= 2
    assert np.allclose(set_from["median"], set_from["data"], rtol=1e-9)
    fitted = table[table["calibrated"]]
    assert set(fitted.index) == set(scenario.calibration.targets)
    assert fitted["near"].all(), fitted[["data", "low", "high"]]


def test_each_run_draws_its_calibrated_values_from_the_accepted_range(tmp_path):
    from sim import PartnershipModel
    from sim.scenario.calibrated import with_drawn_calibration

    lebak = load_scenario(LEBAK)
    low, high = lebak.calibration.fit.accepted["regions.Lebak.natural_unemployment_rate"]
    drawn = [
        with_drawn_calibration(lebak, seed).regions[0].natural_unemployment_rate
        for seed in range(40)
    ]
    assert all(low <= v <= high for v in drawn) and len(set(drawn)) == 40
    assert np.std(drawn) > 0.2 * (high - low)  # spread over the range, not stuck
    # the same seed, the same draw: paired runs share it
    assert with_drawn_calibration(lebak, 7) == with_drawn_calibration(lebak, 7)
    model = PartnershipModel.from_scenario(lebak, rng=7)
    expected = with_drawn_calibration(lebak, 7).regions[0].natural_unemployment_rate
    assert model.regions.natural_unemployment[0] == expected
    # a value the file or --set gives is left as given
    given = load_scenario(LEBAK, ["regions.Lebak.natural_unemployment_rate=0.06"])
    assert with_drawn_calibration(given, 3).regions[0].natural_unemployment_rate == 0.06


def test_the_calibration_runs_the_central_path():
    scenario = load_scenario(LEBAK)
    spec = experiment(scenario, LEBAK, target_rows(scenario, bps_figures()))
    assert "labour.labour_force_growth_sd=0" in spec["overrides"]
    assert "economy.rest_growth_sd=0" in spec["overrides"]


@pytest.mark.parametrize(
    ("accepted", "words"),
    [
        ("      0regions.Lebak.natural_unemployment_rate: [0.02, 0.03]\n", "not among the result"),
        ("      regions.Lebak.natural_unemployment_rate: [0.03, 0.02]\n", "low <= high"),
    ],
)
def test_a_bad_accepted_range_is_refused_with_the_field_named(tmp_path, accepted, words):
    body = (
        f"calibration:\n  targets: [{TPT_2023}]\n"
        "  parameters: {regions.Lebak.natural_unemployment_rate: {low: 0.02, high: 0.06}}\n"
        "  result:\n    regions.Lebak.natural_unemployment_rate: 0.025\n"
        "  fit:\n    distance: 0.1\n    runs: 4\n    date: '2026-12-04'\n    accepted:\n" + accepted
    )
    with pytest.raises(ScenarioError) as err:
        load_scenario(_child(tmp_path, body))
    assert "calibration" in str(err.value) and words in str(err.value)
