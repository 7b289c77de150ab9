"""The engine loop: every run reported exactly once, whatever the executor does."""

from concurrent.futures import Executor, Future
from concurrent.futures.process import BrokenProcessPool

import pytest

from sim.experiments.engine import MAX_TRIES, auto_chunk_size, chunked, execute
from sim.experiments.plan import RunTask
from sim.experiments.worker import RunResult


def _tasks(n):
    return [
        RunTask(
            run_id=f"r{k:03d}",
            scenario="s",
            point=0,
            replicate=k,
            base_seed=1,
            months=1,
            parameters={},
            scenario_data={},
            outputs={},
        )
        for k in range(n)
    ]


class Fake(Executor):
    """Runs chunks by naming them ok; `fail(chunk, calls)` may raise instead."""

    def __init__(self, fail=None, submit_fails_at=None):
        self.fail, self.calls, self.submit_fails_at = fail, 0, submit_fails_at

    def submit(self, fn, chunk):
        self.calls += 1
        if self.submit_fails_at == self.calls:
            raise BrokenProcessPool("pool died before submit")
        future = Future()
        error = self.fail(chunk, self.calls) if self.fail else None
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result([RunResult(t, "ok", 0.0) for t in chunk])
        return future


def _run(tasks, make, chunk=2):
    seen = []
    execute(tasks, make, workers=2, chunk_size=chunk, on_result=seen.append)
    return seen


def test_every_run_once_with_a_healthy_executor():
    seen = _run(_tasks(9), Fake)
    assert sorted(r.task.run_id for r in seen) == [t.run_id for t in _tasks(9)]


def test_broken_pool_at_submit_is_replaced_and_nothing_is_lost_or_doubled():
    pools = []

    def make():
        pools.append(Fake(submit_fails_at=3 if len(pools) == 0 else None))
        return pools[-1]

    seen = _run(_tasks(10), make)
    assert sorted(r.task.run_id for r in seen) == [t.run_id for t in _tasks(10)]
    assert len(pools) == 2


def test_futures_broken_with_the_pool_are_redone_on_a_new_pool():
    pools = []

    def make():
        first = not pools
        pools.append(
            Fake(
                fail=lambda chunk, calls: (
                    BrokenProcessPool("worker died") if first and calls == 2 else None
                )
            )
        )
        return pools[-1]

    seen = _run(_tasks(8), make)
    assert sorted(r.task.run_id for r in seen) == [t.run_id for t in _tasks(8)]
    assert all(r.status == "ok" for r in seen) and len(pools) == 2


def test_a_run_that_always_kills_its_worker_is_split_off_and_failed():
    def lost(chunk, calls):
        return RuntimeError("KilledWorker") if any(t.run_id == "r004" for t in chunk) else None

    seen = _run(_tasks(8), lambda: Fake(fail=lost), chunk=4)
    status = {r.task.run_id: r.status for r in seen}
    assert sorted(status) == [t.run_id for t in _tasks(8)]
    assert [k for k, s in status.items() if s == "failed"] == ["r004"]
    failed = next(r for r in seen if r.status == "failed")
    assert "worker lost" in failed.error and MAX_TRIES >= 2


def test_chunking():
    assert [len(c) for c in chunked(_tasks(7), 3)] == [3, 3, 1]
    assert auto_chunk_size(0.01, 1000, 2, 1.0) == 100  # 1 s of 10 ms runs
    assert auto_chunk_size(0.01, 40, 2, 1.0) == 5  # but 4 tasks per worker at least
    assert auto_chunk_size(5.0, 1000, 2, 1.0) == 1


def test_interrupt_cancels_and_propagates():
    class Interrupting(Fake):
        def submit(self, fn, chunk):
            if self.calls == 2:
                raise KeyboardInterrupt
            return super().submit(fn, chunk)

    with pytest.raises(KeyboardInterrupt):
        _run(_tasks(10), Interrupting)
