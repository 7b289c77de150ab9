"""The hindcast: which data rows it checks, how it reads the model, what it prints."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from sim.analysis.hindcast import hindcast_rows, markdown_table, model_values
from sim.cli.main import app
from sim.metrics import INDEX, METRICS
from sim.scenario import ScenarioError, load_scenario
from sim.scenario.data_rows import bps_figures

SCENARIOS = Path("scenarios")


def test_every_regional_scenario_is_dated_and_names_existing_data_rows():
    ids = set(bps_figures()["id"])
    for name in ("lebak", "oku", "sumut"):
        s = load_scenario(SCENARIOS / f"{name}.yaml")
        assert s.horizon.start is not None
        assert s.meta.data_rows and set(s.meta.data_rows) <= ids


def test_lebak_rows_inside_the_horizon_with_their_model_months():
    rows = hindcast_rows(load_scenario(SCENARIOS / "lebak.yaml"), bps_figures())
    by_id = rows.set_index("id")
    # 2016-2020 rows lie before the start (2022-08); the registry count is not modelled
    assert set(rows["id"]) == {
        "lebak-2022-labour-force",
        "lebak-2022-open-unemployment-rate",
        "lebak-2023-labour-force",
        "lebak-2023-open-unemployment-rate",
        "lebak-2024-labour-force",
        "lebak-2024-open-unemployment-rate",
    }
    assert by_id.loc["lebak-2023-open-unemployment-rate", "months"] == (12,)
    assert by_id.loc["lebak-2022-open-unemployment-rate", "in_sample"]
    assert not by_id.loc["lebak-2024-open-unemployment-rate", "in_sample"]


def test_oku_growth_rows_are_read_december_on_december():
    rows = hindcast_rows(load_scenario(SCENARIOS / "oku.yaml"), bps_figures()).set_index("id")
    # start 2019-08: December 2020 is month 16, December 2021 month 28
    assert rows.loc["oku-2020-pdrb-growth", "months"] == (16,)
    assert rows.loc["oku-2021-pdrb-growth", "months"] == (28,)
    assert "sumsel-2023-open-unemployment-rate" not in rows.index  # a stand-in, not OKU


def test_model_values_take_the_right_metric_month_and_region():
    rows = pd.DataFrame(
        [
            {"indicator": "open_unemployment_rate", "months": (2,), "region_index": 1},
            {"indicator": "pdrb_current_prices", "months": (1, 2), "region_index": 0},
        ]
    )
    history = np.zeros((4, 3, len(METRICS)))
    history[2, 1, INDEX["unemployment_rate"]] = 6.5
    history[1:3, 0, INDEX["pdrb"]] = [30e12, 34e12]
    values = model_values(rows, [history, 2 * history])
    assert values.tolist() == [[6.5, 13.0], [32.0, 64.0]]


def test_in_sample_hits_do_not_count():
    table = pd.DataFrame(
        {
            "id": ["a", "b", "c"],
            "reliability": "H",
            "date": "2023-08",
            "indicator": "labour_force",
            "unit": "persons",
            "data": [1.0, 2.0, 3.0],
            "median": [1.0, 2.0, 9.0],
            "low": [0.0, 1.0, 8.0],
            "high": [2.0, 3.0, 10.0],
            "inside": [True, True, False],
            "in_sample": [True, False, False],
        }
    )
    text = markdown_table(table)
    assert "1 of 2 data rows inside" in text
    assert "inside (in-sample)" in text


def test_undated_scenario_is_refused_with_the_field_named():
    with pytest.raises(ValueError, match="horizon.start"):
        hindcast_rows(load_scenario(SCENARIOS / "baseline.yaml"), bps_figures())


def test_unknown_data_row_is_a_validation_error(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        f"extends: {Path('scenarios/lebak.yaml').resolve()}\n"
        "meta:\n  name: bad\n  description: {en: x, id: x}\n"
        "  data_rows: [lebak-2022-open-unemployment-rat]\n",
        encoding="utf-8",
    )
    with pytest.raises(ScenarioError) as err:
        load_scenario(bad)
    message = str(err.value)
    assert "meta.data_rows[0]" in message and "lebak-2022-open-unemployment-rate" in message


def test_hindcast_command_prints_the_table_and_writes_the_figure(tmp_path):
    out = tmp_path / "hc"
    result = CliRunner().invoke(
        app,
        ["hindcast", "scenarios/lebak.yaml", "--seeds", "2", "--out", str(out)],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    assert "lebak-2024-open-unemployment-rate" in result.output
    assert "Out of sample:" in result.output
    assert (out / "hindcast.png").stat().st_size > 10_000
    assert "lebak-2023-labour-force" in (out / "hindcast.md").read_text(encoding="utf-8")
