"""The page, rendered in-process (no browser): buttons, sliders, language, problems."""

from pathlib import Path

import ipyvuetify as v
import pytest
import solara
from solara.components.echarts import EchartsWidget

from sim.app import live, page

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


def month_text(rc) -> str:
    return rc.find(v.Html, class_="kemitraan-month").widget.children[0]


def charts(rc) -> list[EchartsWidget]:
    return rc.find(EchartsWidget).widgets


def test_step_advances_the_month_and_the_charts(render):
    rc = render(ROOT / "scenarios" / "lebak.yaml")
    assert month_text(rc) == "Month 0 of 120"
    step = rc.find(v.Btn, children=["Step one month"]).widget
    for _ in range(3):
        step.click()
    assert month_text(rc) == "Month 3 of 120"
    network, *lines = charts(rc)
    assert len(lines) == 5
    for chart in lines:
        assert all(len(s["data"]) == 4 for s in chart.option["series"])  # months 0..3
    assert "Partnership network" in network.option["title"]["text"]


def test_a_slider_moves_the_line_away_from_the_faint_baseline(render):
    rc = render(ROOT / "scenarios" / "lebak.yaml")
    rc.find(v.Slider, class_="kemitraan-slider-business_forum").widget.fire_event("change", 1.0)
    step = rc.find(v.Btn, children=["Step one month"]).widget
    for _ in range(6):
        step.click()
    kinds = charts(rc)[-1].option
    assert kinds["title"]["text"] == "Partnerships by kind"
    employment = next(c.option for c in charts(rc) if "Jobs" in c.option["title"]["text"])
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

    from sim.cli import app

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
