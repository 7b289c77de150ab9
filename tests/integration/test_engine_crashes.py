"""A worker that dies costs only the run that killed it, however many runs were in flight.

Killed from outside (`os._exit`, as an OOM killer does) or by its own run: a segfault in
the run's process, a MemoryError raised inside the run.
"""

import multiprocessing
from concurrent.futures import ProcessPoolExecutor

from sim.experiments import engine
from sim.experiments.plan import RunTask
from tests.integration import crashing


def _task(name: str, scenario_data: dict | None = None) -> RunTask:
    return RunTask(name, "s", 0, 0, 1, 1, {}, scenario_data=scenario_data or {}, outputs={})


def test_three_crashing_runs_fail_alone_and_every_healthy_run_finishes(monkeypatch):
    monkeypatch.setattr(engine, "run_chunk", crashing.run_chunk)
    tasks = [_task(f"s__p00000__r{k:05d}") for k in range(40)]
    for k in (3, 17, 31):
        tasks[k] = _task(f"s__poison__r{k:05d}")
    context = multiprocessing.get_context("fork")
    results = []
    engine.execute(
        tasks,
        lambda: ProcessPoolExecutor(2, mp_context=context),
        workers=2,
        chunk_size=4,
        on_result=results.append,
    )
    status = {r.task.run_id: r.status for r in results}
    assert len(status) == 40 and len(results) == 40  # each run reported once
    failed = sorted(k for k, v in status.items() if v == "failed")
    assert failed == sorted(t.run_id for t in tasks if "poison" in t.run_id)
    assert all("worker lost" in r.error for r in results if r.status == "failed")


def test_a_run_that_segfaults_or_runs_out_of_memory_fails_alone(monkeypatch):
    from sim.experiments import worker

    real = worker.Scenario.model_validate

    def exhausting(data):  # noqa: ANN001, ANN202 - inherited by the forked workers
        if data.get("meta", {}).get("name") == "exhausting":
            raise MemoryError("cannot allocate 3.6 GiB for the actor table")
        return real(data)

    monkeypatch.setattr(worker.Scenario, "model_validate", exhausting)
    monkeypatch.setattr(engine, "run_chunk", crashing.run_chunk_with_own_faults)
    from sim.scenario import load_scenario

    small = load_scenario("scenarios/baseline.yaml").model_dump(mode="json", exclude={"extends"})
    tasks = [_task(f"s__p00000__r{k:05d}", small) for k in range(6)]
    tasks[1] = _task("s__segfault__r00001", small)
    tasks[4] = _task(
        "s__p00000__r00004", {**small, "meta": {**small["meta"], "name": "exhausting"}}
    )
    results = []
    engine.execute(
        tasks,
        lambda: ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("fork")),
        workers=2,
        chunk_size=1,
        on_result=results.append,
    )
    by_id = {r.task.run_id: r for r in results}
    assert len(results) == 6 and len(by_id) == 6  # each run reported once
    assert by_id["s__segfault__r00001"].status == "failed"
    assert "worker lost" in by_id["s__segfault__r00001"].error
    assert by_id["s__p00000__r00004"].status == "failed"
    assert by_id["s__p00000__r00004"].error.startswith("MemoryError: cannot allocate")
    healthy = [
        r for r in results if r.task.run_id not in ("s__segfault__r00001", "s__p00000__r00004")
    ]
    assert [r.status for r in healthy] == ["ok"] * 4
    assert all(len(r.trajectories) > 0 for r in healthy)  # real runs, real rows
