"""A stand-in for `run_chunk` whose runs named `poison` kill their worker (for engine tests)."""

import os

from sim.experiments.worker import RunResult


def run_chunk(tasks):  # noqa: ANN001, ANN201 - test double of sim.experiments.worker.run_chunk
    for task in tasks:
        if "poison" in task.run_id:
            os._exit(1)  # a segfault, an OOM kill: the worker vanishes
    return [RunResult(task, "ok", 0.0) for task in tasks]


def run_chunk_with_own_faults(tasks):  # noqa: ANN001, ANN201 - test double, real runs inside
    """Real runs, except that a run named `segfault` crashes its own process (SIGSEGV)."""
    import ctypes
    import faulthandler

    from sim.experiments.worker import run_one

    out = []
    for task in tasks:
        if "segfault" in task.run_id:
            faulthandler.disable()  # the crash is the point: no stack dump in the test log
            ctypes.string_at(0)  # reads address 0: the process dies of SIGSEGV
        out.append(run_one(task))
    return out
