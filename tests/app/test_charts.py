"""Chart options hold the model's numbers, in readable units, labelled in the chosen language."""

import json
import math
from pathlib import Path

import numpy as np
import pytest

from sim.app.chart_look import KIND_COLOURS
from sim.app.charts import DESK, PROJECTOR, gap_chart, kinds_chart, line_chart, network_chart, views
from sim.app.live import CHARTS, VIEWS
from sim.app.texts import APP_TEXT
from sim.app.workshop import Workshop
from sim.core.kinds import KIND_NAMES

ROOT = Path(__file__).parents[2]


@pytest.fixture(scope="module")
def workshop():
    w = Workshop(ROOT / "scenarios" / "baseline.yaml", {"grant": 1.0}, seed=2)
    w.step(12)
    return w


@pytest.mark.parametrize("lang", ["en", "id"])
def test_every_view_is_json_with_labels_in_the_language(workshop, lang):
    text = APP_TEXT[lang]
    options = views(workshop, "region", text, CHARTS)
    assert set(options) == set(VIEWS)
    json.dumps(options, allow_nan=False)  # what the browser gets: no NaN, all plain data
    assert options["employment"]["title"]["text"] == text["employment"]
    names = [s["name"] for s in options["employment"]["series"]]
    assert names == [text["baseline"], text["with_levers"]]
    kinds = [s["name"] for s in options["kinds"]["series"]]
    assert kinds == [
        text[f"kind_{k}"] for k in KIND_NAMES for _ in ("with the levers", "faint baseline")
    ]


def test_each_kind_has_its_line_and_a_faint_baseline(workshop):
    option = kinds_chart(workshop.kinds(), APP_TEXT["en"], workshop.horizon)
    vertical, vertical_baseline = option["series"][2:4]
    with_levers, baseline = workshop.series("partnerships_active_vertical")
    assert [v for _, v in vertical["data"]] == pytest.approx(with_levers.tolist(), rel=1e-4)
    assert [v for _, v in vertical_baseline["data"]] == pytest.approx(baseline.tolist(), rel=1e-4)
    assert vertical_baseline["lineStyle"]["opacity"] < 1 and "opacity" not in vertical["lineStyle"]


def test_lines_hold_the_series_in_readable_units(workshop):
    with_levers, baseline = workshop.series("pdrb")
    option = line_chart("pdrb", with_levers, baseline, "PDRB", APP_TEXT["en"], workshop.horizon)
    faint, strong = option["series"]
    assert [m for m, _ in strong["data"]] == list(range(13))
    assert np.allclose([v for _, v in strong["data"]], with_levers / 1e12, rtol=1e-4)
    assert np.allclose([v for _, v in faint["data"]], baseline / 1e12, rtol=1e-4)
    assert faint["lineStyle"]["opacity"] < 1 and "opacity" not in strong["lineStyle"]


def test_months_without_partnerships_are_gaps_not_nan():
    option = line_chart(
        "mean_trust",
        np.array([np.nan, 0.5]),
        np.array([np.nan, np.nan]),
        "trust",
        APP_TEXT["en"],
        120,
    )
    assert option["series"][1]["data"] == [[0, None], [1, 0.5]]
    assert all(v is None for _, v in option["series"][0]["data"])


@pytest.mark.parametrize("colour_by", ["region", "actor"])
def test_the_network_draws_every_node_and_partnership_once(workshop, colour_by):
    view = workshop.network()
    option = network_chart(
        view, colour_by, APP_TEXT["en"], workshop.layout.bounds(0.1), links="each"
    )
    edges = [s for s in option["series"] if s["type"] == "lines"]
    nodes = [s for s in option["series"] if s["type"] == "scatter" and s["name"] != "regions"]
    assert sum(len(s["data"]) for s in edges) == len(view.edges) > 0
    new = next(s for s in edges if s["name"] == "new this month")
    assert len(new["data"]) == view.edge_is_new.sum() > 0  # drawn once, on top, thick
    assert new["lineStyle"]["width"] > edges[0]["lineStyle"]["width"]
    assert sum(len(s["data"]) for s in nodes) == len(view.x)
    assert f"{len(view.edges)} links, {view.edge_is_new.sum()} new" in option["title"]["text"]
    groups = {s["name"] for s in nodes}
    expected = set(view.region_names) if colour_by == "region" else {"firm (IKM)", "agency"}
    assert groups == expected
    x0, x1, y0, y1 = workshop.layout.bounds(0.1)
    xs = [p[0] for s in nodes for p in s["data"]]
    assert x0 <= min(xs) and max(xs) <= x1 and not any(math.isnan(v) for v in xs)


def test_grouped_the_network_of_a_busy_month_is_a_few_bundles_and_the_newest_fading():
    w = Workshop(ROOT / "scenarios" / "lebak.yaml", {}, seed=1)
    w.step(24)
    view = w.network()
    option = network_chart(view, "region", APP_TEXT["id"], w.layout.bounds(0.1))
    lines = [s for s in option["series"] if s["type"] == "lines"]
    drawn = sum(len(s["data"]) for s in lines)
    assert drawn < len(view.edges) / 2  # hundreds of partnerships, far fewer lines
    # every partnership is in exactly one line: a bundle counts its members
    represented = sum(d.get("value", 1) for s in lines for d in s["data"])
    assert represented == len(view.edges) > 300
    bundled = [d for s in lines for d in s["data"] if "value" in d]
    counts = np.array([d["value"] for d in bundled])
    widths = np.array([d["lineStyle"]["width"] for d in bundled])
    assert counts.max() > 10 and len(bundled) <= 40
    assert np.all(np.diff(widths[np.argsort(counts)]) >= 0)  # thicker when more
    # the newest one by one on top, in their kind's colour, fading with age; none black
    recent = [s for s in lines if s["name"] in ("baru bulan ini", "baru, 1-2 bulan lalu")]
    assert [len(s["data"]) for s in recent] == [
        int((view.edge_age == age).sum()) for age in range(3)
    ]
    opacity = [s["lineStyle"]["opacity"] for s in recent]
    assert opacity == sorted(opacity, reverse=True) and opacity[0] > opacity[-1]
    colours = {d["lineStyle"]["color"] for s in recent for d in s["data"]}
    assert colours <= set(KIND_COLOURS.values()) and "#111111" not in colours
    legend = option["legend"]["data"]
    assert len(legend) == len(set(legend)) and "baru bulan ini" in legend


@pytest.mark.parametrize("lang", ["en", "id"])
def test_a_dated_scenario_is_drawn_on_a_calendar_axis(lang):
    text = APP_TEXT[lang]
    values = np.array([1.0, 2.0, 3.0])
    chart = line_chart("firms", values, values, "Firms", text, 120, start="2022-08")
    assert chart["xAxis"]["type"] == "time" and chart["xAxis"]["name"] == text["date"]
    assert chart["xAxis"]["min"] == "2022-08-01" and chart["xAxis"]["max"] == "2032-08-01"
    assert [p[0] for p in chart["series"][1]["data"]] == ["2022-08-01", "2022-09-01", "2022-10-01"]
    undated = line_chart("firms", values, values, "Firms", text, 120)
    assert undated["xAxis"]["type"] == "value" and undated["series"][1]["data"][2][0] == 2
    w = Workshop(ROOT / "scenarios" / "lebak.yaml", {}, seed=1)
    assert views(w, "region", text, CHARTS)["kinds"]["xAxis"]["type"] == "time"


def test_tooltips_say_the_month_in_the_language():
    values = np.array([1.0, 2.0])
    chart = line_chart("firms", values, values, "IKM", APP_TEXT["id"], 120)
    label = chart["xAxis"]["axisPointer"]["label"]
    assert label["formatter"] == "Bulan {value}" and label["precision"] == 0


@pytest.mark.parametrize("lang", ["en", "id"])
def test_a_chart_with_nothing_to_show_says_so(lang):
    empty = np.array([np.nan, np.nan])
    option = line_chart("mean_trust", empty, empty, "trust", APP_TEXT[lang], 120)
    assert option["graphic"]["style"]["text"] == APP_TEXT[lang]["no_partnerships"]
    assert option["yAxis"]["show"] is False
    later = line_chart("mean_trust", np.array([np.nan, 0.5]), empty, "trust", APP_TEXT[lang], 120)
    assert later["graphic"]["style"]["text"] == "" and later["yAxis"]["show"] is True


def test_the_baseline_is_a_dark_dashed_line():
    values = np.array([1.0, 2.0])
    baseline = line_chart("firms", values, values, "Firms", APP_TEXT["en"], 120)["series"][0]
    assert baseline["lineStyle"]["type"] == "dashed" and baseline["lineStyle"]["opacity"] >= 0.8


def test_the_network_is_drawn_in_a_square_so_discs_are_round(workshop):
    view = workshop.network()
    bounds = workshop.layout.bounds(0.25)
    option = network_chart(view, "region", APP_TEXT["en"], bounds, PROJECTOR, height=600)
    grid = option["grid"]
    assert grid["width"] == grid["height"] == 600 - grid["top"] - grid["bottom"]
    x0, x1, y0, y1 = bounds
    assert x1 - x0 == pytest.approx(y1 - y0)  # same units per pixel across and down
    labels = next(s for s in option["series"] if s["name"] == "regions")
    assert [d["name"] for d in labels["data"]] == list(view.region_names)
    assert all(y0 <= d["value"][1] <= y1 for d in labels["data"])  # inside the plot
    assert "saveAsImage" in option["toolbox"]["feature"]  # the PNG for a handout


@pytest.mark.parametrize("look", [DESK, PROJECTOR])
def test_legends_sit_between_title_and_plot(workshop, look):
    for key, option in views(workshop, "region", APP_TEXT["id"], CHARTS, look).items():
        legend, title = option["legend"], option["title"]["textStyle"]["fontSize"]
        assert legend["top"] > title and legend["type"] == "scroll"  # one line, never wraps
        assert option["grid"]["top"] >= legend["top"] + legend["textStyle"]["fontSize"], key
        if look is PROJECTOR:
            assert title >= 18 and legend["textStyle"]["fontSize"] >= 18, key


def test_the_gap_chart_has_this_simulation_and_the_band_across_seeds():
    gaps = np.array([[0.0, 5.0, 9.0], [0.0, -3.0, 4.0], [0.0, 2.0, 12.0]])
    option = gap_chart(gaps, APP_TEXT["en"], 120)
    floor, height, this = option["series"]
    assert [v for _, v in this["data"]] == [0.0, 5.0, 9.0]
    assert [v for _, v in floor["data"]] == [0.0, -3.0, 4.0]  # lowest gap each month
    assert [v for _, v in height["data"]] == [0.0, 8.0, 8.0]  # highest minus lowest
    assert floor["stack"] == height["stack"] and floor["stackStrategy"] == "all"
    assert height["name"] == "range over 3 simulations"
    assert this["markLine"]["data"] == [{"yAxis": 0}]  # zero: no effect
    alone = gap_chart(gaps[:1], APP_TEXT["en"], 120)
    assert [s["name"] for s in alone["series"]] == ["this simulation"]
