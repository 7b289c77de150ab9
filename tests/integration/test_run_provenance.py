"""`kemitraan run` records how a run was made; two runs compare; a sweep folder is never hit."""

import hashlib
import json
import re
from pathlib import Path

from typer.testing import CliRunner

from sim.cli.main import app
from sim.experiments import ResultsError, load_results, load_run_pair

runner = CliRunner()
SMALL = ["--months", "3", "--set", "firms.scale=50"]


def _run(scenario: str, out: Path, *more: str):
    return runner.invoke(
        app, ["run", f"scenarios/{scenario}.yaml", *SMALL, "--out", str(out), *more]
    )


def test_a_run_writes_a_manifest_of_seed_overrides_files_and_versions(tmp_path):
    result = _run("grant", tmp_path / "g", "--seed", "7")
    assert result.exit_code == 0, result.output
    manifest = json.loads((tmp_path / "g" / "manifest.json").read_text())
    assert manifest["kind"] == "run" and manifest["seed"] == 7 and manifest["months"] == 3
    assert manifest["overrides"] == ["firms.scale=50"]
    digest = hashlib.sha256(Path("scenarios/baseline.yaml").read_bytes()).hexdigest()
    parent = str(Path("scenarios/baseline.yaml").resolve())  # by absolute path, normalised
    assert manifest["files_sha256"][parent] == digest  # its parent too
    assert manifest["resolved_scenario"]["firms"]["scale"] == 50
    assert manifest["resolved_scenario"]["policies"]["grant"]["intensity"] > 0
    assert {"mesa", "numpy", "pandas"} <= set(manifest["versions"])
    assert manifest["started"] <= manifest["ended"]


def test_a_run_never_writes_over_a_sweep_folder(tmp_path):
    sweep = tmp_path / "sweep"
    sweep.mkdir()
    (sweep / "manifest.json").write_text(json.dumps({"plan_hash": "x", "status": "complete"}))
    (sweep / "trajectories.parquet").write_bytes(b"the sweep's table")
    result = _run("baseline", sweep)
    assert result.exit_code == 2
    assert "holds the results of a sweep" in result.output
    assert (sweep / "trajectories.parquet").read_bytes() == b"the sweep's table"
    assert json.loads((sweep / "manifest.json").read_text())["plan_hash"] == "x"


def test_two_runs_of_the_same_seed_compare_as_one_pair(tmp_path):
    assert _run("baseline", tmp_path / "a").exit_code == 0
    assert _run("training", tmp_path / "b", "--set", "policies.training.start=1").exit_code == 0
    pair = load_run_pair(tmp_path / "a", tmp_path / "b")
    assert list(pair.trajectories["scenario"].cat.categories) == ["baseline", "training"]
    result = runner.invoke(app, ["compare", str(tmp_path / "a"), str(tmp_path / "b")])
    assert result.exit_code == 0, result.output
    assert re.search(r"\|\s+training\s+\|", result.output) and "inconclusive" in result.output
    assert (tmp_path / "b" / "analysis" / "differences.csv").exists()


def test_runs_of_different_seeds_or_a_run_as_a_sweep_are_refused(tmp_path):
    assert _run("baseline", tmp_path / "a", "--seed", "1").exit_code == 0
    assert _run("baseline", tmp_path / "b", "--seed", "2").exit_code == 0
    result = runner.invoke(app, ["compare", str(tmp_path / "a"), str(tmp_path / "b")])
    assert result.exit_code == 2 and "same seed" in result.output
    try:
        load_results(tmp_path / "a")
    except ResultsError as err:
        assert "one run" in str(err) and "kemitraan compare BASELINE_RUN OTHER_RUN" in str(err)
    else:
        raise AssertionError("a run folder loaded as a sweep")


def test_a_folder_that_is_not_ours_is_refused_unless_forced(tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("my notes")
    (mine / "trajectories.parquet").write_bytes(b"my own table")
    result = _run("baseline", mine)
    assert result.exit_code == 2 and "is not a Kemitraan results folder" in result.output
    assert (mine / "trajectories.parquet").read_bytes() == b"my own table"
    forced = _run("baseline", mine, "--force")
    assert forced.exit_code == 0, forced.output
    assert (mine / "notes.txt").read_text() == "my notes"  # never removed


def test_a_folder_of_an_older_run_is_still_a_run(tmp_path):
    old = tmp_path / "old"
    old.mkdir()
    (old / "trajectories.parquet").write_bytes(b"x")
    (old / "trajectories.png").write_bytes(b"x")
    assert _run("baseline", old).exit_code == 0
