"""The handout: the run's numbers as CSV and its charts as a PNG, as the page shows them."""

import io
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from sim.app.handout import EXPORTED, handout_csv, handout_png, handout_table
from sim.app.texts import APP_TEXT
from sim.app.workshop import Workshop

ROOT = Path(__file__).parents[2]


@pytest.fixture(scope="module")
def workshop():
    w = Workshop(ROOT / "scenarios" / "lebak.yaml", {"training": 1.0}, seed=2)
    w.step(4)
    w.compare_seeds(3)
    w.step(2)
    return w


def test_the_csv_holds_both_runs_of_every_metric_and_the_range_over_seeds(workshop):
    table = handout_table(workshop)
    assert set(table["metric"]) == set(EXPORTED)
    assert len(table) == len(EXPORTED) * 7  # months 0..6
    assert table["date"].iloc[0] == "2022-08" and table["date"].iloc[6] == "2023-02"
    jobs = table[table["metric"] == "firm_employment"]
    with_levers, baseline = workshop.series("firm_employment")
    assert np.allclose(jobs["with_levers"], with_levers)
    assert np.allclose(jobs["without_levers"], baseline)
    gaps = workshop.gaps()
    assert np.allclose(jobs["gap_low"], gaps.min(axis=0))
    assert np.allclose(jobs["gap_high"], gaps.max(axis=0))
    assert (jobs["simulations"] == 3).all()
    assert (jobs["gap_low"] <= with_levers - baseline + 1e-9).all()
    assert table[table["metric"] == "pdrb"]["gap_low"].isna().all()


def test_the_indonesian_csv_speaks_indonesian_and_is_rounded(workshop):
    from sim.app.handout import CSV_COLUMNS
    from sim.metrics import METRIC

    table = pd.read_csv(io.BytesIO(handout_csv(workshop, "id")))
    assert list(table.columns) == [CSV_COLUMNS["id"][c] for c in handout_table(workshop).columns]
    assert set(table["ukuran"]) == {METRIC[m].label_id for m in EXPORTED}
    text = handout_csv(workshop, "id").decode()
    assert not re.search(r"\.\d{3,}", text)  # at most two decimals
    jobs = table[table["ukuran"] == METRIC["firm_employment"].label_id]
    with_levers, _ = workshop.series("firm_employment")
    assert np.allclose(jobs["dengan kebijakan"], with_levers, atol=0.005)


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_png_is_a_picture_of_the_run(workshop, lang):
    from PIL import Image

    picture = Image.open(io.BytesIO(handout_png(workshop, APP_TEXT[lang], lang)))
    assert picture.format == "PNG" and picture.size == (1320, 900)


def test_the_table_of_an_undated_scenario_has_no_dates():
    w = Workshop(ROOT / "scenarios" / "baseline.yaml", {}, seed=1)
    w.step(1)
    table = handout_table(w)
    assert "date" not in table and (table["simulations"].dropna() == 1).all()
