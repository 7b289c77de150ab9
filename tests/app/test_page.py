"""The page, rendered in-process (no browser): buttons, sliders, language, problems."""

import time
from pathlib import Path

import ipyvuetify as v
import pytest
import solara

from sim.app import live, page
from sim.app.chart_widget import Chart

ROOT = Path(__file__).parents[2]


@pytest.fixture
def render(monkeypatch):
    def render_with(scenario: Path):
        monkeypatch.setenv(page.SCENARIO_VARIABLE, str(scenario))
        _, rc = solara.render(page.Page(), handle_error=False)
        return rc

    yield render_with
    live.language.set("en")
    live.colour_by.set("region")


def settle(timeout: float = 60.0) -> None:
    """Wait for the tab's background work (a replay, a new run) to finish."""
    deadline = time.monotonic() + timeout
    time.sleep(0.05)
    while live.in_background.pending:
        assert time.monotonic() < deadline, "the background work did not finish"
        time.sleep(0.05)


def month_text(rc) -> str:
    return rc.find(v.Html, class_="kemitraan-month").widget.children[0]


def charts(rc) -> list[Chart]:
    return rc.find(Chart).widgets


def chart(rc, title: str) -> dict:
    return next(c.option for c in charts(rc) if c.option["title"]["text"].startswith(title))


def test_step_advances_the_month_and_the_charts(render):
    rc = render(ROOT / "scenarios" / "lebak.yaml")
    assert month_text(rc) == "Month 0 of 120"
    step = rc.find(v.Btn, children=["Step one month"]).widget
    for _ in range(3):
        step.click()
    assert month_text(rc) == "Month 3 of 120"
    network, *lines = charts(rc)
    assert len(lines) == 6
    for line in lines:
        assert all(len(s["data"]) == 4 for s in line.option["series"])  # months 0..3
    assert "Agents' network" in network.option["title"]["text"]


def test_a_slider_moves_the_line_away_from_the_faint_baseline(render):
    rc = render(ROOT / "scenarios" / "lebak.yaml")
    rc.find(v.Slider, class_="kemitraan-slider-business_forum").widget.fire_event("change", 1.0)
    settle()
    step = rc.find(v.Btn, children=["Step one month"]).widget
    for _ in range(6):
        step.click()
    employment = chart(rc, "Jobs in small industries")
    faint, strong = (s["data"] for s in employment["series"])
    assert faint[0] == strong[0] and faint != strong
    label = rc.find(v.Html, class_="kemitraan-label-business_forum").widget.children[0]
    assert label == "Business forum: 1"


def test_the_language_switch_translates_controls_and_charts(render):
    rc = render(ROOT / "scenarios" / "lebak.yaml")
    live.language.set("id")
    assert month_text(rc) == "Bulan 0 dari 120"
    assert rc.find(v.Btn, children=["Maju satu bulan"]).widget
    titles = {c.option["title"]["text"] for c in charts(rc)}
    assert "Kemitraan menurut jenis" in titles and "Lapangan kerja di IKM" in titles


def test_an_invalid_scenario_is_shown_in_the_page(render, tmp_path):
    bad = tmp_path / "broken.yaml"
    bad.write_text("regions:\n  - name: Lebak\n    firms: -5\n")
    rc = render(bad)
    message = rc.find(v.Html, tag="pre").widget.children[0]
    assert "broken.yaml" in message and "firms" in message
    assert charts(rc) == []
    assert month_text(rc) == "Month 0 of 0"
    assert rc.find(v.Btn, children=["Step one month"]).widget.disabled


def test_the_app_command_refuses_a_missing_file_and_a_busy_port(tmp_path):
    import socket

    from typer.testing import CliRunner

    from sim.cli.main import app

    runner = CliRunner()
    result = runner.invoke(app, ["app", str(tmp_path / "nowhere.yaml")])
    assert result.exit_code == 2 and "nowhere.yaml: no such scenario file" in result.output
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = runner.invoke(
            app, ["app", str(ROOT / "scenarios/lebak.yaml"), "--port", str(port)]
        )
    assert result.exit_code == 2 and f"port {port} on 127.0.0.1 is in use" in result.output


def test_the_app_finds_the_shipped_scenarios_from_any_folder(tmp_path, monkeypatch):
    from sim.app.server import app_scenario

    monkeypatch.chdir(tmp_path)
    found = app_scenario(Path("scenarios/baseline.yaml"))
    assert found.is_absolute() and found.is_file() and found.name == "baseline.yaml"
    mine = tmp_path / "mine.yaml"
    mine.write_text("meta: {}\n")
    assert app_scenario(Path("mine.yaml")) == Path("mine.yaml")  # the user's own first


def test_a_slider_moved_by_arrow_keys_replays_once_for_its_last_value(render, monkeypatch):
    from sim.app.workshop import Workshop

    replays = []
    real = Workshop.replay
    monkeypatch.setattr(
        Workshop, "replay", lambda self, values: replays.append(values) or real(self, values)
    )
    rc = render(ROOT / "scenarios" / "baseline.yaml")
    step = rc.find(v.Btn, children=["Step one month"]).widget
    for _ in range(3):
        step.click()
    slider = rc.find(v.Slider, class_="kemitraan-slider-training").widget
    for value in (0.05, 0.1, 0.15, 0.2, 0.25):  # five presses, quicker than the pause
        slider.fire_event("change", value)
    busy = rc.find(v.Html, class_="kemitraan-busy").widget
    assert busy.children == ["Calculating..."]  # the page says it is working
    settle()
    assert [r["training"] for r in replays] == [0.25]
    assert month_text(rc) == "Month 3 of 120"
    deadline = time.monotonic() + 5
    while rc.find(v.Html, class_="kemitraan-busy").widget.children != [""]:
        assert time.monotonic() < deadline, "still says it is busy"
        time.sleep(0.05)
    label = rc.find(v.Html, class_="kemitraan-label-training").widget.children[0]
    assert label == "Training: 0.25"


def test_presentation_mode_shows_the_network_and_two_charts_in_large_type(render):
    rc = render(ROOT / "scenarios" / "lebak.yaml")
    live.presentation.set(True)
    try:
        shown = charts(rc)
        assert len(shown) == 3  # the network and two charts, no more
        network, *lines = (c.option for c in shown)
        assert [o["title"]["text"] for o in lines] == [
            "Jobs in small industries",
            "Effect on jobs (with − without)",
        ]
        for option in (network, *lines):
            assert option["title"]["textStyle"]["fontSize"] >= 18
            assert option["legend"]["textStyle"]["fontSize"] >= 18
        assert {c.renderer for c in shown} == {"canvas", "svg"}  # network: canvas
        select = rc.find(v.Select, label="Lower chart").widget
        select.v_model = "Open unemployment (%)"
        titles = [c.option["title"]["text"] for c in charts(rc)[1:]]
        assert titles == ["Jobs in small industries", "Open unemployment (%)"]
    finally:
        live.presentation.set(False)
    assert len(charts(rc)) == 7


def test_the_picker_names_scenarios_by_title_and_the_info_panel_explains(render):
    rc = render(ROOT / "scenarios" / "grant.yaml")
    live.language.set("id")
    picker = rc.find(v.Select, label="Skenario").widget
    assert picker.v_model == "Hibah untuk usaha kecil (grant.yaml)"
    assert "Kabupaten Lebak (Banten) (lebak.yaml)" in picker.items
    assert all(c.locale == "id-ID" for c in charts(rc))  # 80.000 and 0,6 in the browser
    dialog = rc.find(v.Dialog).widget
    assert not dialog.v_model
    rc.find(v.Btn, children=["Tentang model"]).widget.click()
    assert dialog.v_model
    templates = [
        getattr(w.template, "template", w.template) for w in rc.find(v.VuetifyTemplate).widgets
    ]
    info = " ".join(t for t in templates if isinstance(t, str) and "Coba" in t)
    assert "Cara kerjanya" in info and "Coba ini" in info and "Pelatihan" in info
    rc.find(v.Btn, children=["Tutup"]).widget.click()
    assert not dialog.v_model


def test_an_invalid_scenario_is_explained_in_indonesian(render, tmp_path):
    bad = tmp_path / "broken.yaml"
    bad.write_text("barriers:\n  trust_threshold: 7\n")
    rc = render(bad)
    live.language.set("id")
    message = rc.find(v.Html, tag="pre").widget.children[0]
    assert "barriers.trust_threshold: di luar batas (diberikan 7" in message
    assert "Skenario ini tidak dapat dipakai: broken.yaml" in str(rc.find(v.Alert).widget.children)


def test_every_slider_shows_the_sessions_value_after_the_layout_changes(render, monkeypatch):
    from sim.app.controls import sliders_for

    sessions = []

    class Recorded(page.Session):
        def __post_init__(self) -> None:
            sessions.append(self)
            super().__post_init__()

    monkeypatch.setattr(page, "Session", Recorded)
    rc = render(ROOT / "scenarios" / "lebak.yaml")
    rc.find(v.Slider, class_="kemitraan-slider-permit_reform").widget.fire_event("change", 1.0)
    settle()
    (session,) = sessions
    assert session.values["permit_reform"] == 1.0
    for present in (True, False, True):  # presentation puts chart pickers above the sliders
        live.presentation.set(present)
        for slider in sliders_for(session.scenario):  # lebak.yaml: all but the agreement
            thumb = rc.find(v.Slider, class_=f"kemitraan-slider-{slider.key}").widget.v_model
            assert thumb == pytest.approx(session.values[slider.key]), slider.key
    live.presentation.set(False)
