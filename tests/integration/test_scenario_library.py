"""The shipped scenarios: valid, runnable, editor-ready, sourced; and the scenario commands."""

import json
import re
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from sim import PartnershipModel
from sim.cli.main import app
from sim.levers import LEVER_NAMES
from sim.scenario import load_scenario
from sim.scenario.data_rows import bps_figures
from sim.scenario.json_schema import scenario_json_schema
from tests.worlds import at_most

SCENARIOS = sorted(Path("scenarios").glob("*.yaml"))
runner = CliRunner()


def test_the_library_is_complete():
    names = {p.stem for p in SCENARIOS}
    assert {"baseline", "combined", "lebak", "oku", "sumut", *LEVER_NAMES} <= names


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
def test_shipped_scenario_validates_and_runs_three_months(path):
    scenario = load_scenario(path, at_most(path))
    assert scenario.meta.description.en and scenario.meta.description.id
    model = PartnershipModel.from_scenario(scenario, rng=1).run(3)
    total = model.trajectories().query("region == 'ALL' and month == 3").set_index("metric")
    assert total.loc["firms", "value"] > 0
    assert total.loc["employment", "value"] <= total.loc["labour_force", "value"]
    assert [r.name for r in scenario.regions] == model.regions.name


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
def test_shipped_scenario_points_editors_at_the_schema(path):
    first = path.read_text().splitlines()[0]
    assert first == "# yaml-language-server: $schema=schema/scenario.schema.json"


def test_committed_json_schema_is_current():
    committed = json.loads(Path("scenarios/schema/scenario.schema.json").read_text())
    assert committed == json.loads(json.dumps(scenario_json_schema()))


def test_lever_files_differ_from_the_baseline_only_by_their_lever():
    base = load_scenario("scenarios/baseline.yaml").model_dump(exclude={"meta", "policies"})
    for lever in LEVER_NAMES:
        s = load_scenario(f"scenarios/{lever}.yaml")
        assert s.model_dump(exclude={"meta", "policies"}) == base
        used = [k for k, v in s.policies.model_dump().items() if v is not None]
        assert used == [lever]


@pytest.mark.parametrize("name", ["lebak", "oku", "sumut"])
def test_regional_figures_cite_their_row_or_say_they_are_assumed(name):
    ids = set(bps_figures()["id"])
    text = Path(f"scenarios/{name}.yaml").read_text()
    region_block = text.split("regions:", 1)[1].split("\nfirms:", 1)[0]
    row_id = r"[a-z]+-\d{4}(?:\.\.\d{4})?-[a-z-]+"
    for line in region_block.splitlines():
        key = line.strip().split(":", 1)[0].lstrip("- ")
        figures = ("firms", "labour_force", "initial_unemployment_rate", "pdrb")
        if key in (*figures, "rest_of_economy_growth") and ":" in line and "# " in line:
            comment = line.split("# ", 1)[1]
            assert re.search(row_id, comment) or "assum" in comment.lower(), line
    scenario = load_scenario(f"scenarios/{name}.yaml")
    assert set(scenario.meta.data_rows) <= ids
    for cited in re.findall(row_id, text):  # every row a comment cites exists
        if ".." not in cited:
            assert cited in ids, cited


def test_run_with_overrides_writes_outputs_under_the_scenario_name(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    src = Path(__file__).parents[2] / "scenarios"
    for f in ("baseline.yaml", "grant.yaml"):
        (tmp_path / f).write_text((src / f).read_text())
    result = runner.invoke(
        app,
        [
            "run",
            "grant.yaml",
            "--months",
            "3",
            "--set",
            "policies.grant.start=1",
            "--set",
            "firms.scale=20",
        ],
    )
    assert result.exit_code == 0, result.output
    out = tmp_path / "results" / "grant"
    traj = pd.read_parquet(out / "trajectories.parquet")
    assert (out / "events.parquet").exists() and (out / "trajectories.png").exists()
    spent = traj.query("region == 'ALL' and metric == 'policy_spending_grant'")["value"]
    assert spent.sum() > 0
    assert traj.query("region == 'ALL' and metric == 'firms' and month == 0")["value"].iloc[
        0
    ] == pytest.approx(9000, rel=0.01)


def test_show_prints_the_resolved_scenario_with_overrides():
    result = runner.invoke(
        app, ["show", "scenarios/grant.yaml", "--set", "regions.Kabupaten C.infrastructure=0.9"]
    )
    assert result.exit_code == 0, result.output
    assert "extends" not in result.output
    assert "name: grant" in result.output
    assert "infrastructure: 0.9" in result.output
    assert "per_partnership: 5000000.0" in result.output
    assert "trust_threshold: 0.3" in result.output  # defaults are shown too


def test_extends_chains_merge_mappings_and_replace_lists(tmp_path):
    src = Path("scenarios")
    (tmp_path / "baseline.yaml").write_text((src / "baseline.yaml").read_text())
    (tmp_path / "mid.yaml").write_text(
        "extends: baseline.yaml\nmeta: {name: mid}\nbarriers: {trust_threshold: 0.25}\n"
    )
    (tmp_path / "leaf.yaml").write_text(
        "extends: mid.yaml\nmeta: {name: leaf}\nbarriers: {coordination: 0.8}\n"
        "regions:\n  - {name: Solo, firms: 50}\n"
    )
    s = load_scenario(tmp_path / "leaf.yaml")
    assert s.meta.name == "leaf" and s.meta.description.en.startswith("Three")
    assert (s.barriers.trust_threshold, s.barriers.coordination) == (0.25, 0.8)
    assert [r.name for r in s.regions] == ["Solo"]  # none of the parent's names: replaced
    assert s.firms.scale == 5


def test_extends_merges_regions_by_name(tmp_path):
    lebak = Path("scenarios/lebak.yaml").resolve()
    (tmp_path / "child.yaml").write_text(
        f"extends: {lebak}\nmeta: {{name: child}}\n"
        "regions:\n  - {name: Lebak, infrastructure: 0.6}\n"
        "  - {name: Pandeglang, firms: 100, labour_force: 500000}\n"
    )
    parent, child = load_scenario(lebak), load_scenario(tmp_path / "child.yaml")
    assert [r.name for r in child.regions] == ["Lebak", "Pandeglang"]
    mine, theirs = child.regions[0], parent.regions[0]
    assert mine.infrastructure == 0.6
    assert mine.labour_force == theirs.labour_force == 635390  # kept, not reset to the default
    assert mine.model_dump(exclude={"infrastructure"}) == theirs.model_dump(
        exclude={"infrastructure"}
    )


def test_scenario_is_frozen():
    s = load_scenario("scenarios/baseline.yaml")
    with pytest.raises(Exception, match="frozen"):
        s.horizon.months = 3  # type: ignore[misc]


def test_outputs_section_chooses_what_is_kept(tmp_path):
    out = tmp_path / "o"
    result = runner.invoke(
        app,
        [
            "run",
            "scenarios/baseline.yaml",
            "--months",
            "2",
            "--out",
            str(out),
            "--set",
            "outputs.metrics=[employment, firms]",
            "--set",
            "outputs.per_region=false",
            "--set",
            "outputs.events=false",
            "--set",
            "firms.scale=30",
        ],
    )
    assert result.exit_code == 0, result.output
    traj = pd.read_parquet(out / "trajectories.parquet")
    assert set(traj["metric"]) == {"employment", "firms"}
    assert set(traj["region"]) == {"ALL"}
    assert not (out / "events.parquet").exists()
    assert (out / "trajectories.png").exists()
