"""`run_experiment`: plan, resume or refuse, execute on the chosen engine, compact."""

import os
import platform
import shutil
import signal
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Executor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tqdm import tqdm

from sim.experiments.engine import (
    InProcessExecutor,
    auto_chunk_size,
    execute,
    exit_on_second_interrupt,
    local_pool,
    terminate_as_interrupt,
)
from sim.experiments.plan import Plan, RunTask, plan_experiment
from sim.experiments.spec import load_experiment
from sim.experiments.store import DamagedManifest, ResultStore
from sim.experiments.worker import RunResult
from sim.infra.folders import LOCK, claim, locked
from sim.infra.provenance import git_commit, now, versions
from sim.model import PartnershipModel
from sim.scenario.schema import Scenario

BIG_PLAN = 1000  # runs from which the plan's size is shown before it starts


class ExperimentChanged(RuntimeError):
    """The results folder belongs to a different version of the experiment or scenarios."""


def run_experiment(
    path: str | Path,
    workers: int | None = None,
    executor: Executor | None = None,
    out: str | Path | None = None,
    dask: str | None = None,
    fresh: bool = False,
    progress: bool = True,
    chunk_size: int | None = None,
    force: bool = False,
) -> Path:
    """Run (or finish) an experiment; returns its results folder.

    Args:
        path: the experiment file.
        workers: local processes (default: all cores; 1 runs in this process).
        executor: any `concurrent.futures.Executor` to use instead.
        out: results folder (default `results/<experiment name>/`).
        dask: a Dask scheduler address, or "local" for a LocalCluster of `workers`.
        fresh: start over even if the folder holds results of a changed experiment (the old
            folder is kept, renamed).
        progress: show a progress bar.
        chunk_size: runs per task (default: about 1 s of work per task locally, 2 s on
            Dask, so that scheduling costs under 1%).
        force: write into a folder that is not empty and not a sweep's (NotOurFolder
            otherwise); files that are not ours are never removed.
    """
    experiment, file = load_experiment(path)
    plan = plan_experiment(experiment, file)
    if progress and len(plan.tasks) >= BIG_PLAN:
        size = plan.size
        tqdm.write(
            f"plan: {size['runs']:,} runs, {size['rows']:,} trajectory rows, about "
            f"{size['gigabytes']:,.1f} GB on disk"
        )
    store = ResultStore(Path(out) if out else Path("results") / experiment.name)
    claim(store.folder, "sweep", force)
    with locked(store.folder), terminate_as_interrupt():
        return _run_locked(
            experiment, plan, store, fresh, workers, executor, dask, progress, chunk_size
        )


def _run_locked(
    experiment: Any,
    plan: Plan,
    store: ResultStore,
    fresh: bool,
    workers: int | None,
    executor: Executor | None,
    dask: str | None,
    progress: bool,
    chunk_size: int | None,
) -> Path:
    _check_or_replace(store, plan, fresh)
    repaired = store.prepare()
    for line in repaired:
        tqdm.write(line)
    finished = store.finished()
    pending = [t for t in plan.tasks if finished.get(t.run_id) != "ok"]
    manifest = _manifest(experiment.model_dump(mode="json"), plan, len(plan.tasks) - len(pending))
    if repaired:
        manifest["repaired"] = repaired
    store.write_manifest(manifest)
    counts = {"ok": 0, "failed": 0}
    bar = tqdm(total=len(pending), desc=experiment.name, unit="run", disable=not progress)

    def on_result(result: RunResult) -> None:
        store.write(result)
        counts[result.status] += 1
        bar.update()
        bar.set_postfix(failed=counts["failed"])

    try:
        with _engine(workers, executor, dask) as (make, n_workers):
            # Dask spends about 10 ms on a task, a local pool under 1 ms: keep both under 1%
            target = 2.0 if dask is not None else 1.0
            size = chunk_size or auto_chunk_size(
                _pilot_seconds(pending), len(pending), n_workers, target
            )
            manifest.update(
                engine=_engine_name(workers, executor, dask), workers=n_workers, chunk_size=size
            )
            execute(pending, make, n_workers, size, on_result)
    except KeyboardInterrupt:
        previous = signal.getsignal(signal.SIGINT)
        exit_on_second_interrupt()
        store.drop_temporary()  # a write cut short by Ctrl-C
        manifest.update(status="interrupted", ended=now())
        store.write_manifest(manifest)
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGINT, previous)
        raise
    except Exception as err:  # e.g. no Dask scheduler: the folder must not say "running"
        store.drop_temporary()
        manifest.update(status="stopped", error=f"{type(err).__name__}: {err}", ended=now())
        store.write_manifest(manifest)
        raise
    finally:
        bar.close()
    store.compact()
    records = store.finished()
    manifest.update(
        status="complete",
        ended=now(),
        runs_ok=sum(s == "ok" for s in records.values()),
        runs_failed=sum(s != "ok" for s in records.values()),
    )
    store.write_manifest(manifest)
    return store.folder


@contextmanager
def _engine(
    workers: int | None, executor: Executor | None, dask: str | None
) -> Iterator[tuple[Callable[[], Executor], int]]:
    n = workers or os.cpu_count() or 1
    if executor is not None:
        yield (lambda: executor), n
    elif dask is not None:
        with _dask_executor(dask, n) as (dask_executor, threads):
            yield (lambda: dask_executor), threads
    elif n == 1:
        yield InProcessExecutor, 1
    else:
        with local_pool(n) as make:
            yield make, n


@contextmanager
def _dask_executor(address: str, workers: int) -> Iterator[tuple[Executor, int]]:
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise RuntimeError("--dask needs the Dask extra: pip install '.[dask]'") from None
    cluster = (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        if address == "local"
        else None
    )
    try:
        client = Client(cluster if cluster is not None else address, timeout=DASK_TIMEOUT)
    except (OSError, TimeoutError) as err:
        if cluster is not None:
            cluster.close()
        raise RuntimeError(
            f"cannot reach the Dask scheduler at {address} within {DASK_TIMEOUT} s ({err}); "
            "check the address (tcp://HOST:8786) and that the scheduler is running"
        ) from None
    try:
        yield client.get_executor(pure=False), max(sum(client.nthreads().values()), 1)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


DASK_TIMEOUT = 10  # seconds to reach a Dask scheduler


def _pilot_seconds(pending: list[RunTask]) -> float:
    """Seconds one run takes, from three months of the first pending run in this process."""
    if not pending:
        return 1.0
    task = pending[0]
    start = time.perf_counter()
    try:
        model = PartnershipModel.from_scenario(
            Scenario.model_validate(task.scenario_data), rng=task.seed
        )
        built = time.perf_counter()
        months = min(3, task.months)
        model.run(months)
    except Exception:  # noqa: BLE001 - the run fails in its worker and is recorded there
        return 1.0
    per_month = (time.perf_counter() - built) / months
    return (built - start) + per_month * task.months


def _check_or_replace(store: ResultStore, plan: Plan, fresh: bool) -> None:
    try:
        old = store.read_manifest()
    except DamagedManifest:
        if not fresh:
            raise
        old = {"files_sha256": {}, "plan_hash": "damaged manifest"}
    seeds = max((t.replicate for t in plan.tasks), default=-1) + 1
    if old is None or (old.get("plan_hash") == plan.plan_hash and old.get("seeds", 0) <= seeds):
        return  # the same experiment, perhaps with more seeds: resume
    before = old.get("files_sha256") or old.get("files") or {}  # "files": older manifests
    changed = [f for f, h in plan.files.items() if before.get(f) != h]
    if old.get("plan_hash") == plan.plan_hash:
        changed = [f"fewer seeds ({seeds}) than the results hold ({old.get('seeds')})"]
    if not fresh:
        raise ExperimentChanged(
            f"{store.folder} holds results of a different version of this experiment "
            f"(changed: {', '.join(changed) or 'a scenario it extends, or its settings'}); "
            "run again with --fresh to start over (the old results are kept, renamed), or "
            "choose another folder with --out"
        )
    backup = store.folder.with_name(f"{store.folder.name}.replaced-{now().replace(':', '')}")
    backup.mkdir()
    for entry in store.folder.iterdir():  # the lock file stays: this sweep still holds it
        if entry.name != LOCK:
            shutil.move(entry, backup / entry.name)


def _manifest(experiment: dict[str, Any], plan: Plan, already_done: int) -> dict[str, Any]:
    return {
        "experiment": experiment,
        "files_sha256": plan.files,
        "plan_hash": plan.plan_hash,
        "runs_planned": len(plan.tasks),
        "runs_done_before": already_done,
        "design_parameters": plan.parameters,
        "scenarios": _scenario_summaries(plan),
        "base_seed": experiment["base_seed"],
        "seeds": experiment["seeds"],
        "seed_rule": "SeedSequence(base_seed, spawn_key=(run,))",
        "status": "running",
        "started": now(),
        "versions": versions(),
        "git_commit": git_commit(),
        "python": platform.python_version(),
        "machine": platform.platform(),
    }


def _scenario_summaries(plan: Plan) -> dict[str, Any]:
    """What a report needs to say what each scenario is: description, start, levers, budgets."""
    out: dict[str, Any] = {}
    for task in plan.tasks:
        if task.scenario in out:
            continue
        data = task.scenario_data
        out[task.scenario] = {
            "title": data["meta"].get("title"),
            "description": data["meta"]["description"],
            "start": data.get("horizon", {}).get("start"),
            "policies": {k: v for k, v in (data.get("policies") or {}).items() if v is not None},
            "industry_budget": {r["name"]: r.get("industry_budget") for r in data["regions"]},
            "provinces": {r["name"]: r.get("province") for r in data["regions"]},
        }
    return out


def _engine_name(workers: int | None, executor: Executor | None, dask: str | None) -> str:
    if executor is not None:
        return type(executor).__name__
    return (
        f"dask:{dask}"
        if dask
        else ("in-process" if (workers or os.cpu_count()) == 1 else "process-pool")
    )
