"""A stand-in for `run_chunk` whose runs named `poison` kill their worker (for engine tests)."""

import os

from sim.experiments.worker import RunResult


def run_chunk(tasks):  # noqa: ANN001, ANN201 - test double of sim.experiments.worker.run_chunk
    for task in tasks:
        if "poison" in task.run_id:
            os._exit(1)  # a segfault, an OOM kill: the worker vanishes
    return [RunResult(task, "ok", 0.0) for task in tasks]
