"""Reliability under abuse: bounded plans, locks, signals, damaged files, clear errors."""

from pathlib import Path

import pytest

from sim.experiments import run_experiment
from sim.experiments.design import design_points, design_size
from sim.experiments.plan import MAX_RUNS, PlanTooLarge
from sim.experiments.spec import Design
from sim.infra.folders import FolderBusy, locked
from sim.scenario.schema import Uncertainty

ROOT = Path(__file__).parents[2]
RANGES = {
    "a": Uncertainty(low=0.0, high=1.0),
    "b": Uncertainty(low=1.0, high=2.0),
    "c": Uncertainty(values=(1.0, 2.0, 5.0)),
}


@pytest.mark.parametrize(
    "design",
    [
        Design(kind="none"),
        Design(kind="grid", levels=4),
        Design(kind="latin_hypercube", samples=7, parameters=("a", "b")),
        Design(kind="morris", samples=3, levels=4, parameters=("a", "b")),
        Design(kind="sobol", samples=8, parameters=("a", "b")),
        Design(kind="sobol", samples=8, second_order=True, parameters=("a", "b")),
    ],
)
def test_the_size_counted_in_advance_is_the_size_built(design):
    _, values = design_points(design, RANGES)
    assert design_size(design, RANGES) == len(values)


def test_a_plan_beyond_the_limits_is_refused_with_its_numbers_before_it_is_built(tmp_path):
    exp = tmp_path / "huge.yaml"
    exp.write_text(
        f"name: huge\nscenarios: [{ROOT}/scenarios/baseline.yaml]\nseeds: 100000\n"
        "design: {kind: sobol, samples: 1048576, second_order: true}\n"
    )
    with pytest.raises(PlanTooLarge) as err:
        run_experiment(exp, workers=1, out=tmp_path / "out", progress=False)
    message = str(err.value)
    assert str(exp) in message and f"at most {MAX_RUNS:,} runs" in message
    assert "x 100,000 seeds" in message and "GB" in message
    assert not (tmp_path / "out").exists()  # nothing written


def test_fresh_moves_the_old_results_but_keeps_the_lock_it_holds(tmp_path, monkeypatch):
    exp = tmp_path / "e.yaml"
    text = f"name: e\nscenarios: [{ROOT}/scenarios/baseline.yaml]\nseeds: 1\nmonths: {{m}}\n"
    exp.write_text(text.format(m=1))
    folder = tmp_path / "fr"
    run_experiment(exp, workers=1, out=folder, progress=False)
    exp.write_text(text.format(m=2))  # a changed experiment: --fresh replaces the results
    from sim.experiments import runner

    seen = []
    original = runner._check_or_replace

    def replace_then_try_the_lock(store, plan, fresh):
        original(store, plan, fresh)
        with pytest.raises(FolderBusy), locked(folder):  # a second sweep now
            seen.append("slipped in")
        seen.append("refused")

    monkeypatch.setattr(runner, "_check_or_replace", replace_then_try_the_lock)
    run_experiment(exp, workers=1, out=folder, fresh=True, progress=False)
    assert seen == ["refused"]
    backups = list(tmp_path.glob("fr.replaced-*"))
    assert len(backups) == 1 and (backups[0] / "manifest.json").exists()


@pytest.mark.parametrize(
    "override",
    [
        "regions.0.name=Kabupaten \u202eA",
        "regions.0.province=Ban\u200bten",
        "meta.description.en=a\u2066b",
        "firms.sectors=[food, \u202etextile]",
    ],
)
def test_direction_changing_and_invisible_characters_are_refused_in_every_shown_name(override):
    from sim.scenario import ScenarioError, load_scenario

    with pytest.raises(ScenarioError, match="invisible or direction-changing characters"):
        load_scenario(ROOT / "scenarios/baseline.yaml", [override])


def test_a_file_is_flushed_to_the_disk_before_it_replaces_the_old_one(tmp_path, monkeypatch):
    import os

    from sim.infra import atomic

    calls = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(atomic.os, "fsync", lambda fd: calls.append("fsync") or real_fsync(fd))
    monkeypatch.setattr(
        atomic.os, "replace", lambda a, b: calls.append("replace") or real_replace(a, b)
    )
    atomic.write_text("done", tmp_path / "f.txt")
    assert calls == ["fsync", "replace", "fsync"]  # the file, the rename, the folder entry
    assert (tmp_path / "f.txt").read_text() == "done"


@pytest.fixture(scope="module")
def small_sweep(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("ro")
    exp = tmp / "e.yaml"
    exp.write_text(
        f"name: e\nscenarios: [{ROOT}/scenarios/baseline.yaml, {ROOT}/scenarios/grant.yaml]\n"
        "seeds: 2\nmonths: 3\noverrides: ['firms.scale=30']\n"
    )
    return run_experiment(exp, workers=1, out=tmp / "sweep", progress=False)


@pytest.mark.parametrize("command", ["compare", "report"])
def test_a_read_only_results_folder_gets_a_clear_error_not_a_traceback(
    small_sweep, monkeypatch, command
):
    import errno

    from typer.testing import CliRunner

    from sim.cli.main import app

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system", str(small_sweep / "analysis"))

    monkeypatch.setattr("sim.analysis.compare.Comparison.write", read_only)
    monkeypatch.setattr("sim.analysis.report.write_report", read_only)
    result = CliRunner().invoke(app, [command, str(small_sweep)])
    assert result.exit_code == 2, result.output
    assert "mounted read-only: copy the folder to a writable place" in result.output
    assert str(small_sweep / "analysis") in result.output
    assert "Traceback" not in result.output and "free space" not in result.output


def _damaged_then_resumed(tmp_path, damage):
    """A finished sweep, a file damaged, the same sweep again: it repairs and completes."""
    import json

    exp = tmp_path / "e.yaml"
    exp.write_text(
        f"name: e\nscenarios: [{ROOT}/scenarios/baseline.yaml]\nseeds: 3\nmonths: 2\n"
        "overrides: ['firms.scale=30']\n"
    )
    folder = run_experiment(exp, workers=1, out=tmp_path / "s", progress=False)
    whole = (folder / "trajectories.parquet").read_bytes()
    damage(folder)
    run_experiment(exp, workers=1, out=folder, progress=False)
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["status"] == "complete" and manifest["runs_ok"] == 3
    return manifest, whole == (folder / "trajectories.parquet").read_bytes()


def test_a_damaged_table_part_is_run_again_not_a_reason_to_stop(tmp_path):
    def cut(folder):
        part = sorted((folder / "parts").glob("*.trajectories.parquet"))[0]
        part.write_bytes(part.read_bytes()[:100])

    manifest, same = _damaged_then_resumed(tmp_path, cut)
    assert same and len(manifest["repaired"]) == 1
    assert "damaged" in manifest["repaired"][0] and "runs again" in manifest["repaired"][0]


def test_a_truncated_run_record_is_run_again(tmp_path):
    def cut(folder):
        record = sorted((folder / "parts").glob("*.run.json"))[1]
        record.write_text(record.read_text()[:40])

    manifest, same = _damaged_then_resumed(tmp_path, cut)
    assert same and "damaged record" in manifest["repaired"][0]


def test_a_damaged_manifest_says_so_and_what_to_do(tmp_path):
    from sim.experiments.store import DamagedManifest

    exp = tmp_path / "e.yaml"
    exp.write_text(f"name: e\nscenarios: [{ROOT}/scenarios/baseline.yaml]\nseeds: 1\nmonths: 1\n")
    folder = run_experiment(exp, workers=1, out=tmp_path / "s", progress=False)
    (folder / "manifest.json").write_text('{"plan_hash": "x",\n')
    with pytest.raises(DamagedManifest, match="manifest.json: damaged .*--fresh"):
        run_experiment(exp, workers=1, out=folder, progress=False)
    run_experiment(exp, workers=1, out=folder, fresh=True, progress=False)  # starts over
    assert list(tmp_path.glob("s.replaced-*"))


@pytest.mark.parametrize(
    ("override", "origin", "message"),
    [
        ("horizon.start=2022-13", "override horizon.start=2022-13", "a month as YYYY-MM"),
        ("meta.__dict__.x=1", "override meta.__dict__.x=1", "meta.__dict__: unknown key"),
    ],
)
def test_an_override_s_problem_names_the_override_and_says_what_is_allowed(
    override, origin, message
):
    from sim.scenario import ScenarioError, load_scenario

    with pytest.raises(ScenarioError) as err:
        load_scenario(ROOT / "scenarios/lebak.yaml", [override])
    text = str(err.value)
    assert text.startswith(origin) and message in text, text
    assert "starting with a letter" not in text


@pytest.mark.parametrize(
    ("command", "edit", "message"),
    [
        (["hindcast"], "", "has no horizon.start"),
        (["calibrate"], "", "has no calibration section"),
        (
            ["calibrate"],
            "horizon: {start: 2022-08, months: 24}\ncalibration:\n  targets: [no-such-row]\n"
            "  parameters: {labour.unemployment_convergence: {low: 0.1, high: 0.5}}\n",
            "no-such-row",
        ),
        (["hindcast", "--seeds", "2"], "horizon: {start: 1990-01, months: 12}\n", "no row of"),
    ],
)
def test_hindcast_and_calibrate_refuse_hostile_scenarios_cleanly(tmp_path, command, edit, message):
    from typer.testing import CliRunner

    from sim.cli.main import app

    path = tmp_path / "s.yaml"
    path.write_text(f"extends: {ROOT}/scenarios/baseline.yaml\n{edit}")
    result = CliRunner().invoke(app, [*command, str(path)])
    assert message in result.output, result.output
    assert "Traceback" not in result.output and "error: error:" not in result.output


def test_a_sweep_manifest_hashes_the_files_its_scenarios_extend(tmp_path):
    import json

    exp = tmp_path / "e.yaml"
    exp.write_text(
        f"name: e\nscenarios: [{ROOT}/scenarios/../scenarios/grant.yaml]\nseeds: 1\n"
        "months: 1\noverrides: ['firms.scale=30']\n"
    )
    folder = run_experiment(exp, workers=1, out=tmp_path / "s", progress=False)
    hashed = json.loads((folder / "manifest.json").read_text())["files_sha256"]
    parent = str((ROOT / "scenarios/baseline.yaml").resolve())
    assert parent in hashed  # grant.yaml extends it
    assert str((ROOT / "scenarios/grant.yaml").resolve()) in hashed  # "..": normalised
    assert str(exp.resolve()) in hashed
