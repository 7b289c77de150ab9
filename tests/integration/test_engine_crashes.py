"""A worker that dies costs only the run that killed it, however many runs were in flight."""

import multiprocessing
from concurrent.futures import ProcessPoolExecutor

from sim.experiments import engine
from sim.experiments.plan import RunTask
from tests.integration import crashing


def _task(name: str) -> RunTask:
    return RunTask(name, "s", 0, 0, 1, 1, {}, scenario_data={}, outputs={})


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
