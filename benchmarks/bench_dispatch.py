"""Scheduling overhead per task of each engine, against the work in one task.

    .venv/bin/python benchmarks/bench_dispatch.py [--tasks 400]

Empty tasks go through the local process pool and a Dask LocalCluster with the runner's
window of 2 tasks per worker in flight; the cost of one task is wall time x workers / tasks.
The runner groups runs so that one task holds about 1 s of work on a local pool and 2 s on
Dask (`auto_chunk_size`).
"""

import argparse
import os
import time
from concurrent.futures import FIRST_COMPLETED, wait

from sim.experiments.engine import local_pool
from sim.experiments.worker import run_chunk


def per_task_seconds(executor, workers: int, tasks: int) -> float:
    for _ in range(2 * workers):  # warm up: workers started and the code imported
        executor.submit(run_chunk, []).result()
    start = time.perf_counter()
    in_flight, sent = set(), 0
    while sent < tasks or in_flight:
        while sent < tasks and len(in_flight) < 2 * workers:
            in_flight.add(executor.submit(run_chunk, []))
            sent += 1
        done, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
        for future in done:
            future.result()
    return (time.perf_counter() - start) * workers / tasks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=400)
    parser.add_argument(
        "--pool-task-seconds",
        type=float,
        default=1.0,
        help="work in one task on a local pool (the runner aims at 1 s)",
    )
    parser.add_argument(
        "--dask-task-seconds",
        type=float,
        default=2.0,
        help="work in one task on Dask (the runner aims at 2 s)",
    )
    args = parser.parse_args()
    workers = os.cpu_count() or 1
    with local_pool(workers) as make:
        pool = per_task_seconds(make(), workers, args.tasks)
    from distributed import Client, LocalCluster

    with (
        LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None) as c,
        Client(c) as client,
    ):
        dask = per_task_seconds(client.get_executor(pure=False), workers, args.tasks)
    for name, cost, task in (
        ("local process pool", pool, args.pool_task_seconds),
        ("Dask LocalCluster", dask, args.dask_task_seconds),
    ):
        print(
            f"{name}: {1000 * cost:.2f} ms per task = {100 * cost / task:.2f}% of a {task:g} s task"
        )


if __name__ == "__main__":
    main()
