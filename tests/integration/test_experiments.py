"""Experiments: engines agree, sweeps survive kills and failures, designs are right."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from sim.experiments import ExperimentChanged, ResultsError, load_results, run_experiment
from sim.experiments.design import design_points, sobol_size
from sim.experiments.engine import InProcessExecutor
from sim.experiments.spec import Design, load_experiment
from sim.scenario import ScenarioError
from sim.scenario.schema import Uncertainty

ROOT = Path(__file__).parents[2]
SMOKE = ROOT / "scenarios/experiments/smoke.yaml"


def _experiment(tmp_path: Path, seeds: int = 3, months: int = 12, scale: int = 30) -> Path:
    """An experiment over the shipped baseline and grant scenarios."""
    path = tmp_path / "exp.yaml"
    path.write_text(
        f"name: exp\nscenarios: [{ROOT}/scenarios/baseline.yaml, {ROOT}/scenarios/grant.yaml]\n"
        f"seeds: {seeds}\nbase_seed: 7\nmonths: {months}\n"
        f"overrides: ['firms.scale={scale}', 'policies.grant.start=1']\n"
    )
    return path


def _tables(folder: Path) -> dict[str, pd.DataFrame]:
    r = load_results(folder)
    runs = r.runs.drop(columns=["seconds"]).sort_values("run_id", ignore_index=True)
    return {"trajectories": r.trajectories, "events": r.events, "runs": runs}


def _assert_same(a: Path, b: Path) -> None:
    ta, tb = _tables(a), _tables(b)
    for name in ta:
        pd.testing.assert_frame_equal(ta[name], tb[name], check_exact=True)


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("ref")
    return run_experiment(_experiment(tmp), workers=1, out=tmp / "serial", progress=False)


def test_results_have_the_promised_shape(reference):
    r = load_results(reference)
    assert list(r.trajectories.columns[:4]) == ["scenario", "point", "run", "seed"]
    assert list(r.trajectories.columns[-4:]) == ["month", "region", "metric", "value"]
    assert set(r.runs["status"]) == {"ok"} and len(r.runs) == 6
    assert r.manifest["status"] == "complete" and r.manifest["runs_ok"] == 6
    hashed = set(r.manifest["files_sha256"])  # the same key as a run's manifest
    assert {str((ROOT / f"scenarios/{n}.yaml").resolve()) for n in ("grant", "baseline")} <= hashed
    assert r.manifest["versions"]["mesa"].startswith("3.5")
    # run k of each scenario has the same seed (paired, common random numbers)
    seeds = r.runs.pivot(index="run", columns="scenario", values="seed")
    assert (seeds["baseline"] == seeds["grant"]).all() and seeds["baseline"].nunique() == 3
    month0 = r.trajectories.query("month == 0 and metric == 'firm_employment' and region == 'ALL'")
    assert month0.groupby("run")["value"].nunique().eq(1).all()  # same world at the start


def test_two_processes_and_dask_give_identical_parquet(tmp_path, reference):
    exp = _experiment(tmp_path)
    pool = run_experiment(exp, workers=2, out=tmp_path / "pool", progress=False, chunk_size=1)
    _assert_same(reference, pool)
    dask = run_experiment(exp, workers=2, dask="local", out=tmp_path / "dask", progress=False)
    _assert_same(reference, dask)
    assert load_results(dask).manifest["engine"] == "dask:local"


def test_any_executor_works(tmp_path, reference):
    out = run_experiment(
        _experiment(tmp_path), executor=InProcessExecutor(), out=tmp_path / "x", progress=False
    )
    _assert_same(reference, out)


def test_a_run_that_raises_is_recorded_and_the_rest_complete(tmp_path, monkeypatch):
    from sim.model import PartnershipModel

    original = PartnershipModel.step

    def flaky(self):
        if self.month == 5 and self.regions.count == 3 and self.policies:
            raise RuntimeError("simulated failure in month 6")
        original(self)

    monkeypatch.setattr(PartnershipModel, "step", flaky)
    folder = run_experiment(_experiment(tmp_path), workers=1, out=tmp_path / "f", progress=False)
    r = load_results(folder)
    failed = r.runs[r.runs["status"] == "failed"]
    assert set(failed["scenario"]) == {"grant"} and len(failed) == 3
    assert failed["error"].str.contains("simulated failure in month 6").all()
    assert failed["traceback"].str.contains("Traceback").all()
    assert set(r.trajectories["scenario"]) == {"baseline"}
    assert r.manifest["runs_failed"] == 3 and r.manifest["runs_ok"] == 3


def _sweep(folder: Path, exp: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "sim", "sweep", str(exp), "--out", str(folder), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        # Ctrl-C as a terminal delivers it: a SIGINT this test process happens to ignore
        # would otherwise be inherited, and Python keeps an ignored SIGINT ignored
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def _wait_for_records(folder: Path, n: int, timeout: float = 120) -> None:
    end = time.time() + timeout
    while len(list((folder / "parts").glob("*.run.json"))) < n:
        assert time.time() < end, "the sweep made no progress"
        time.sleep(0.05)


def test_sigkill_midway_then_resume_equals_uninterrupted(tmp_path):
    exp = _experiment(tmp_path, seeds=6, months=48, scale=15)
    whole = run_experiment(exp, workers=1, out=tmp_path / "whole", progress=False)
    folder = tmp_path / "killed"
    proc = _sweep(folder, exp, "--workers", "1", "--chunk-size", "1")
    _wait_for_records(folder, 3)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    done = len(list((folder / "parts").glob("*.run.json")))
    assert 3 <= done < 12, "the kill came too late to test a resume"
    again = _sweep(folder, exp, "--workers", "1")
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    assert not list(folder.rglob("*.kemitraan-tmp"))
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["runs_done_before"] == done
    _assert_same(whole, folder)


def test_sigkill_leaves_a_status_readers_call_stale_and_sigterm_stops_like_ctrl_c(tmp_path):
    from sim.experiments.results import load_results
    from sim.infra.folders import locked, sweep_status

    exp = _experiment(tmp_path, seeds=6, months=48, scale=15)
    folder = tmp_path / "killed"
    proc = _sweep(folder, exp, "--workers", "1", "--chunk-size", "1")
    _wait_for_records(folder, 2)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["status"] == "running"  # what the killed process left
    assert sweep_status(folder, manifest) == "stale"
    with locked(folder):  # a live writer: running is running
        assert sweep_status(folder, manifest) == "running"
    with pytest.raises(ResultsError, match="stopped without finishing"):
        load_results(folder)
    term = _sweep(folder, exp, "--workers", "1", "--chunk-size", "1")
    _wait_for_records(folder, len(list((folder / "parts").glob("*.run.json"))) + 1)
    term.send_signal(signal.SIGTERM)
    out, err = term.communicate(timeout=120)
    assert term.returncode == 130 and "Traceback" not in err, err
    assert json.loads((folder / "manifest.json").read_text())["status"] == "interrupted"


def _descendants(pid: int) -> dict[int, int]:
    """pid -> parent pid of every process below `pid`."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    below, frontier = {}, [pid]
    while frontier:
        p = frontier.pop()
        for child, parent in parents.items():
            if parent == p and child not in below:
                below[child] = parent
                frontier.append(child)
    return below


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def _is_worker(pid: int, parent: int, sweep: int) -> bool:
    """A process that runs tasks: forked by the forkserver, or a Dask worker (spawned)."""
    cmd = _cmdline(pid)
    if "resource_tracker" in cmd:
        return False
    return parent != sweep or "spawn_main" in cmd


@pytest.mark.parametrize(
    "engine",
    [
        ["--workers", "2", "--chunk-size", "1"],
        ["--dask", "local", "--workers", "2", "--chunk-size", "1"],
    ],
    ids=["local-pool", "dask"],
)
def test_a_worker_killed_mid_sweep_loses_nothing(tmp_path, engine):
    exp = _experiment(tmp_path, seeds=6, months=48, scale=15)
    whole = run_experiment(exp, workers=1, out=tmp_path / "whole", progress=False)
    folder = tmp_path / "k"
    proc = _sweep(folder, exp, *engine)
    _wait_for_records(folder, 2)
    tree = _descendants(proc.pid)
    workers = [p for p, parent in tree.items() if _is_worker(p, parent, proc.pid)]
    assert workers, {p: _cmdline(p) for p in tree}
    os.kill(max(workers), signal.SIGKILL)
    assert len(list((folder / "parts").glob("*.run.json"))) < 12, "killed after the last run"
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    _assert_same(whole, folder)


def test_ctrl_c_stops_cleanly_and_the_sweep_resumes(tmp_path):
    exp = _experiment(tmp_path, seeds=6, months=48, scale=15)
    folder = tmp_path / "c"
    proc = _sweep(folder, exp, "--workers", "2", "--chunk-size", "1")
    _wait_for_records(folder, 2)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "interrupted: finished runs are kept" in err
    assert "Traceback" not in err
    assert not list(folder.rglob("*.kemitraan-tmp"))
    assert json.loads((folder / "manifest.json").read_text())["status"] == "interrupted"
    again = _sweep(folder, exp, "--workers", "2")
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    assert "12 runs ok, 0 failed" in out


def test_changed_experiment_is_refused_unless_fresh(tmp_path):
    exp = _experiment(tmp_path)
    folder = run_experiment(exp, workers=1, out=tmp_path / "r", progress=False)
    exp.write_text(exp.read_text().replace("base_seed: 7", "base_seed: 8"))
    with pytest.raises(ExperimentChanged, match="--fresh"):
        run_experiment(exp, workers=1, out=folder, progress=False)
    run_experiment(exp, workers=1, out=folder, fresh=True, progress=False)
    assert load_results(folder).manifest["base_seed"] == 8
    assert len(list(tmp_path.glob("r.replaced-*"))) == 1  # the old results are kept


def test_sobol_design_has_the_right_size_and_bounds():
    ranges = {
        "a": Uncertainty(low=0.2, high=0.4),
        "b": Uncertainty(low=-1, high=3),
        "c": Uncertainty(low=0, high=1),
    }
    for second in (False, True):
        names, values = design_points(Design(kind="sobol", samples=32, second_order=second), ranges)
        assert values.shape == (sobol_size(32, 3, second), 3) == ((32 * 8 if second else 32 * 5), 3)
        lows, highs = np.array([0.2, -1, 0]), np.array([0.4, 3, 1])
        assert ((values >= lows) & (values <= highs)).all()
    with pytest.raises(ValueError, match="power of two .*got 48; nearest allowed: 32 or 64"):
        Design(kind="sobol", samples=48)


def test_grid_and_latin_hypercube_designs():
    ranges = {"a": Uncertainty(low=0, high=1), "b": Uncertainty(values=(1, 2))}
    names, grid = design_points(Design(kind="grid", levels=3), ranges)
    assert names == ["a", "b"] and grid.shape == (6, 2)
    assert sorted(set(grid[:, 0])) == [0.0, 0.5, 1.0]
    _, lhs = design_points(Design(kind="latin_hypercube", samples=10, parameters=("a",)), ranges)
    strata = np.floor(lhs[:, 0] * 10)  # one point in each tenth
    assert sorted(strata) == list(range(10))


def test_sensitivity_experiment_plans_n_times_d_plus_2_runs():
    from sim.experiments.plan import plan_experiment

    experiment, file = load_experiment(ROOT / "scenarios/experiments/sensitivity_sobol.yaml")
    plan = plan_experiment(experiment, file)
    assert len(plan.tasks) == 32 * (4 + 2) * 4  # N (D + 2) points x 4 seeds
    assert len({t.point for t in plan.tasks}) == 32 * (4 + 2)
    values = pd.DataFrame([t.parameters for t in plan.tasks])
    assert values["policies.grant.intensity"].between(0, 1).all()
    assert values["barriers.trust_threshold"].between(0.2, 0.4).all()


def test_shipped_experiments_load():
    for path in sorted((ROOT / "scenarios/experiments").glob("*.yaml")):
        experiment, _ = load_experiment(path)
        assert experiment.name == path.stem


def test_experiment_file_errors_are_located(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "name: x\nscenarios: [missing.yaml]\nseeds: 0\nsede: 3\n"
        "design: {kind: sobol, samples: 10}\n"
    )
    with pytest.raises(ScenarioError) as err:
        load_experiment(bad)
    text = str(err.value)
    assert "bad.yaml:3: seeds: out of range (got 0; allowed: >= 1" in text
    assert "bad.yaml:4: sede: unknown key (did you mean 'seeds'?)" in text
    assert "bad.yaml:5: design: Sobol samples must be a power of two" in text


def test_results_folder_errors(tmp_path):
    with pytest.raises(ResultsError, match="no such results folder"):
        load_results(tmp_path / "none")
    (tmp_path / "empty").mkdir()
    with pytest.raises(ResultsError, match="not a results folder"):
        load_results(tmp_path / "empty")
    (tmp_path / "empty" / "manifest.json").write_text("{}")
    (tmp_path / "empty" / "trajectories.parquet").write_text("not parquet")
    with pytest.raises(ResultsError, match="trajectories.parquet: damaged"):
        load_results(tmp_path / "empty")


def test_agent_snapshots_on_request(tmp_path):
    exp = _experiment(tmp_path, seeds=1)
    exp.write_text(exp.read_text() + "outputs: {snapshot_every: 6, per_region: false}\n")
    r = load_results(run_experiment(exp, workers=1, out=tmp_path / "s", progress=False))
    assert r.snapshots is not None
    assert sorted(r.snapshots["month"].unique()) == [6, 12]
    one = r.snapshots.query("scenario == 'baseline' and month == 12")
    firms = r.trajectories.query("scenario == 'baseline' and month == 12 and metric == 'firms'")
    assert one.query("type == 'firm'")["weight"].sum() == firms["value"].iloc[0]
    assert set(one.query("type == 'firm'")["weight"]) == {1.0, 30.0}  # large firms, IKM at 1:30
    assert set(r.trajectories["region"]) == {"ALL"}
    assert (one["partners"] >= 0).all() and (one["workers"] >= 0).all()


def test_shipped_smoke_experiment_through_the_command(tmp_path):
    from typer.testing import CliRunner

    from sim.cli.main import app

    result = CliRunner().invoke(
        app, ["sweep", str(SMOKE), "--workers", "1", "--out", str(tmp_path / "smoke")]
    )
    assert result.exit_code == 0, result.output
    assert "6 runs ok, 0 failed" in result.output
    r = load_results(tmp_path / "smoke")
    assert set(r.trajectories["scenario"]) == {"baseline", "grant"}
    assert r.trajectories["month"].max() == 12


def test_bad_experiment_through_the_command_exits_2(tmp_path):
    from typer.testing import CliRunner

    from sim.cli.main import app

    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\nscenarios: [nowhere.yaml]\n")
    result = CliRunner().invoke(app, ["sweep", str(bad), "--workers", "1"])
    assert result.exit_code == 2
    assert "bad.yaml:2: scenarios[0]: file not found" in result.output


def test_exit_status_counts_failed_runs(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from sim.cli.main import app
    from sim.model import PartnershipModel

    original = PartnershipModel.step

    def failing_grant(self):
        if self.month == 2 and self.policies:
            raise ValueError("grant runs fail here")
        original(self)

    monkeypatch.setattr(PartnershipModel, "step", failing_grant)
    result = CliRunner().invoke(
        app, ["sweep", str(_experiment(tmp_path)), "--workers", "1", "--out", str(tmp_path / "e")]
    )
    assert result.exit_code == 3
    assert "3 runs ok, 3 failed" in result.output
    assert "runs.parquet" in result.output


def test_a_dated_scenario_sweeps_with_calendar_dates(tmp_path):
    spec = tmp_path / "dated.yaml"
    lebak = Path("scenarios/lebak.yaml").resolve()
    spec.write_text(
        f"name: dated\nscenarios: ['{lebak}']\nseeds: 2\nmonths: 3\n"
        "overrides: ['firms.scale=100']\noutputs: {per_region: false, events: false}\n",
        encoding="utf-8",
    )
    traj = load_results(run_experiment(spec, workers=1, out=tmp_path / "out", progress=False))
    months = traj.trajectories.drop_duplicates(["run", "month"])
    dates = dict(zip(months["month"], months["date"].astype(str), strict=False))
    assert dates == {0: "2022-08", 1: "2022-09", 2: "2022-10", 3: "2022-11"}
    from sim.analysis.compare import compare
    from sim.analysis.figures import fan_chart

    comparison = compare(traj, baseline="lebak", horizons=(3,), metrics=["firm_employment"])
    bands = comparison.bands
    assert dict(zip(bands["month"], bands["date"], strict=False))[3] == "2022-11"
    axis = fan_chart(comparison, "firm_employment").axes[0]
    assert axis.get_xlabel() == "Date"


def test_more_seeds_resume_and_fewer_are_refused(tmp_path):
    exp = _experiment(tmp_path)
    folder = run_experiment(exp, workers=1, out=tmp_path / "r", progress=False)
    before = load_results(folder)
    seeds = before.manifest["seeds"]
    exp.write_text(exp.read_text().replace(f"seeds: {seeds}", f"seeds: {seeds + 1}"))
    run_experiment(exp, workers=1, out=folder, progress=False)  # no --fresh needed
    after = load_results(folder)
    assert after.manifest["seeds"] == seeds + 1
    assert after.runs["run"].nunique() == seeds + 1
    old = after.trajectories[after.trajectories["run"] < seeds].reset_index(drop=True)
    pd.testing.assert_frame_equal(old, before.trajectories, check_categorical=False)
    exp.write_text(exp.read_text().replace(f"seeds: {seeds + 1}", f"seeds: {seeds - 1}"))
    with pytest.raises(ExperimentChanged, match="fewer seeds"):
        run_experiment(exp, workers=1, out=folder, progress=False)


def test_a_sweep_never_touches_a_folder_that_is_not_ours(tmp_path):
    from sim.infra.folders import NotOurFolder

    exp = _experiment(tmp_path, seeds=1, months=2)
    home = tmp_path / "home"
    (home / "parts").mkdir(parents=True)
    mine = {
        home / "draft.tmp": b"my draft",
        home / "parts" / "old.trajectories.parquet": b"my table",
        home / "parts" / "notes.tmp": b"my notes",
    }
    for path, data in mine.items():
        path.write_bytes(data)
    with pytest.raises(NotOurFolder, match="not a Kemitraan results folder"):
        run_experiment(exp, workers=1, out=home, progress=False)
    run_experiment(exp, workers=1, out=home, progress=False, force=True)
    for path, data in mine.items():  # forced: written beside them, none removed
        assert path.read_bytes() == data
    assert len(load_results(home).runs) == 2


def test_a_planted_symlink_is_never_followed(tmp_path):
    from sim.output.records import write_parquet

    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    target = tmp_path / "out" / "trajectories.parquet"
    target.parent.mkdir()
    for name in ("trajectories.parquet.tmp", ".trajectories.parquet.tmp"):
        (target.parent / name).symlink_to(victim)
    write_parquet(pd.DataFrame({"a": [1]}), target)
    assert victim.read_text() == "precious"
    assert pd.read_parquet(target)["a"].tolist() == [1]


def test_a_run_that_fails_to_build_is_recorded_even_when_it_is_the_pilot(tmp_path, monkeypatch):
    from sim.model import PartnershipModel

    def broken(cls, scenario, rng=None):  # noqa: ANN001, ANN202
        raise ValueError("cannot build")

    monkeypatch.setattr(PartnershipModel, "from_scenario", classmethod(broken))
    exp = _experiment(tmp_path, seeds=1, months=2)
    folder = run_experiment(exp, workers=1, out=tmp_path / "p", progress=False)
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["status"] == "complete" and manifest["runs_failed"] == 2
    runs = pd.read_parquet(folder / "runs.parquet")
    assert runs["error"].str.contains("cannot build").all()
    with pytest.raises(ResultsError, match="every run failed"):
        load_results(folder)
    again = run_experiment(exp, workers=1, out=folder, progress=False)  # re-run: same story
    assert json.loads((again / "manifest.json").read_text())["status"] == "complete"


def test_an_unreachable_dask_scheduler_is_a_clear_error_and_the_folder_says_so(tmp_path):
    exp = _experiment(tmp_path, seeds=1, months=2)
    start = time.perf_counter()
    with pytest.raises(RuntimeError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:1"):
        run_experiment(exp, out=tmp_path / "d", dask="tcp://127.0.0.1:1", progress=False)
    assert time.perf_counter() - start < 30
    manifest = json.loads((tmp_path / "d" / "manifest.json").read_text())
    assert manifest["status"] == "stopped" and "Dask" in manifest["error"]


def test_kill_9_of_a_sweep_leaves_no_process_behind(tmp_path):
    exp = _experiment(tmp_path, seeds=8, months=48, scale=15)
    folder = tmp_path / "orphans"
    proc = _sweep(folder, exp, "--workers", "2", "--chunk-size", "1")
    _wait_for_records(folder, 2)
    below = set(_descendants(proc.pid))
    assert len(below) >= 2, below  # the forkserver and its workers
    os.kill(proc.pid, signal.SIGKILL)  # only the sweep itself, not its process group
    proc.wait()
    end = time.time() + 10
    alive = below
    while alive and time.time() < end:
        time.sleep(0.2)
        alive = {p for p in alive if Path(f"/proc/{p}").exists() and _not_a_zombie(p)}
    assert not alive, {p: _cmdline(p) for p in alive}


def _not_a_zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_two_sweeps_never_write_into_one_folder_at_once(tmp_path):
    from sim.infra.folders import FolderBusy, locked

    exp = _experiment(tmp_path, seeds=1, months=2)
    folder = tmp_path / "busy"
    with locked(folder), pytest.raises(FolderBusy, match="being written by another sweep"):
        run_experiment(exp, workers=1, out=folder, progress=False)
    assert len(load_results(run_experiment(exp, workers=1, out=folder, progress=False)).runs) == 2
