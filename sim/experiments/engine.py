"""Running tasks through any `concurrent.futures.Executor`, surviving dead workers.

The same loop serves the in-process executor, a local process pool and a Dask cluster
(`Client.get_executor()`): chunks of runs are submitted, a bounded number at a time (so the
parent's memory stays flat), and each finished run is handed to `on_result` at once.
"""

import ctypes
import ctypes.util
import math
import multiprocessing
import multiprocessing.forkserver
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import (
    ALL_COMPLETED,
    FIRST_COMPLETED,
    Executor,
    Future,
    ProcessPoolExecutor,
    wait,
)
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import Any, override

from sim.experiments.plan import RunTask
from sim.experiments.worker import RunResult, run_chunk

PR_SET_PDEATHSIG = 1  # prctl option (linux/prctl.h)
MAX_TRIES = 3  # a chunk whose worker dies this often is split; a single run is then failed
ALONE_TRIES = 2  # a run that kills its worker this often while running alone is failed


class InProcessExecutor(Executor):
    """Runs each task at once in this process (serial; for tests and debugging)."""

    @override
    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future:
        future: Future = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as err:  # noqa: BLE001 - delivered through the future
            future.set_exception(err)
        return future


def die_with_parent() -> None:
    """In a worker: end when the process that started it ends (a sweep killed with -9).

    Linux delivers SIGKILL when the parent dies (prctl PR_SET_PDEATHSIG); elsewhere a
    thread checks every second that the parent is still the same.
    """
    parent = os.getppid()
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0 and os.getppid() == parent:
            return
    except (OSError, AttributeError):
        pass

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="die-with-parent").start()


@contextmanager
def local_pool(workers: int) -> Iterator[Callable[[], Executor]]:
    """A factory of process pools (forkserver with the model preloaded); shut down at exit."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["sim.experiments.worker", "sim.experiments.forkserver_guard"])
    # start the server now: it imports the model (about 3 s) while this process plans and
    # times its pilot run, instead of after
    multiprocessing.forkserver.ensure_running()
    pools: list[ProcessPoolExecutor] = []

    def make() -> Executor:
        pools.append(
            ProcessPoolExecutor(
                max_workers=workers, mp_context=context, initializer=die_with_parent
            )
        )
        return pools[-1]

    try:
        yield make
    finally:
        for pool in pools:
            processes = list((getattr(pool, "_processes", None) or {}).values())
            pool.shutdown(wait=False, cancel_futures=True)
            for process in processes:  # do not wait for runs nobody will collect
                process.terminate()


def chunked(tasks: list[RunTask], size: int) -> deque[list[RunTask]]:
    """Consecutive groups of `size` tasks."""
    return deque(tasks[i : i + size] for i in range(0, len(tasks), size))


def auto_chunk_size(
    seconds_per_run: float, pending: int, workers: int, target_seconds: float = 1.0
) -> int:
    """Runs per task: about `target_seconds` of work, but at least 4 tasks per worker."""
    by_time = math.ceil(target_seconds / max(seconds_per_run, 1e-6))
    by_balance = max(1, pending // max(4 * workers, 1))
    return max(1, min(by_time, by_balance))


def execute(
    tasks: list[RunTask],
    make_executor: Callable[[], Executor],
    workers: int,
    chunk_size: int,
    on_result: Callable[[RunResult], None],
) -> None:
    """Run every task; results go to `on_result` as they come. Ctrl-C cancels what is left.

    A local worker that dies breaks its whole pool: every run in flight then becomes a
    suspect and runs again alone, so the run that kills its worker is found and failed and
    the others finish (a crash costs only its own run).
    """
    queue = chunked(tasks, chunk_size)
    suspects: deque[RunTask] = deque()
    tries: dict[str, int] = {}
    executor = make_executor()
    in_flight: dict[Future, list[RunTask]] = {}
    try:
        while queue or in_flight or suspects:
            if suspects:  # one at a time, in a pool of their own
                executor = _run_alone(suspects, executor, make_executor, tries, on_result)
                continue
            broken = _fill(executor, queue, in_flight, 2 * workers)
            # a broken pool fails every future at once: collect all, then start a new pool
            done, _ = wait(in_flight, return_when=ALL_COMPLETED if broken else FIRST_COMPLETED)
            for future in done:
                chunk = in_flight.pop(future)
                if _collect(future, chunk, tries, queue, on_result):
                    broken = True
                    suspects.extend(chunk)
            if broken:
                for chunk in in_flight.values():
                    suspects.extend(chunk)
                in_flight.clear()
                executor.shutdown(wait=False, cancel_futures=True)
                executor = make_executor()
    except BaseException as err:
        if isinstance(err, KeyboardInterrupt):
            exit_on_second_interrupt()
        for future in in_flight:
            future.cancel()
        executor.shutdown(wait=False, cancel_futures=True)
        raise


def exit_on_second_interrupt() -> None:
    """While we clean up after Ctrl-C, a second Ctrl-C ends the process at once (status 130).

    Only in the main thread (signal handlers can be set nowhere else).
    """
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, lambda *_: os._exit(130))


def _run_alone(
    suspects: deque[RunTask],
    executor: Executor,
    make_executor: Callable[[], Executor],
    tries: dict[str, int],
    on_result: Callable[[RunResult], None],
) -> Executor:
    """Run the next suspect by itself; a run that breaks its pool twice alone is failed."""
    task = suspects.popleft()
    try:
        results = executor.submit(run_chunk, [task]).result()
    except Exception as err:  # noqa: BLE001 - its worker died (local) or was lost (Dask)
        if isinstance(err, BrokenProcessPool):
            executor.shutdown(wait=False, cancel_futures=True)
            executor = make_executor()
        tries[task.run_id] = tries.get(task.run_id, 0) + 1
        if tries[task.run_id] >= ALONE_TRIES:
            on_result(RunResult(task, "failed", 0.0, error=f"worker lost: {err!r}"))
        else:
            suspects.appendleft(task)
        return executor
    for result in results:
        on_result(result)
    return executor


def _fill(
    executor: Executor,
    queue: deque[list[RunTask]],
    in_flight: dict[Future, list[RunTask]],
    limit: int,
) -> bool:
    """Submit chunks until `limit` are in flight; True if the pool turned out to be broken."""
    while queue and len(in_flight) < limit:
        chunk = queue.popleft()
        try:
            in_flight[executor.submit(run_chunk, chunk)] = chunk
        except BrokenProcessPool:
            queue.appendleft(chunk)
            return True
    return False


def _collect(
    future: Future,
    chunk: list[RunTask],
    tries: dict[str, int],
    queue: deque[list[RunTask]],
    on_result: Callable[[RunResult], None],
) -> bool:
    """Hand a finished chunk's results on, or retry it (Dask); True if its local pool broke."""
    try:
        results = future.result()
    except BrokenProcessPool:  # a local worker died: the pool is gone, its runs are suspects
        return True
    except Exception as err:  # noqa: BLE001 - a lost worker (Dask) or the like
        _retry(chunk, err, tries, queue, on_result)
        return False
    for result in results:
        on_result(result)
    return False


def _retry(
    chunk: list[RunTask],
    err: BaseException,
    tries: dict[str, int],
    queue: deque[list[RunTask]],
    on_result: Callable[[RunResult], None],
) -> None:
    """Resubmit a chunk whose worker was lost; split it, then give up on a single run."""
    key = chunk[0].run_id + f"+{len(chunk)}"
    tries[key] = tries.get(key, 0) + 1
    if tries[key] < MAX_TRIES:
        queue.appendleft(chunk)
    elif len(chunk) > 1:
        half = len(chunk) // 2
        queue.appendleft(chunk[half:])
        queue.appendleft(chunk[:half])
    else:
        on_result(RunResult(chunk[0], "failed", 0.0, error=f"worker lost: {err!r}"))


@contextmanager
def terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM (a scheduler or `kill`) stops a sweep as Ctrl-C does: status "interrupted"."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
