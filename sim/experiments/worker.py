"""What runs on a worker: a chunk of runs, each recorded even when it fails."""

import time
import traceback
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow  # noqa: F401 - loaded once in the forkserver, not in every worker's first run
import scipy.stats  # noqa: F401 - the entry step's Poisson draw needs it (about 1 s to load)

from sim.experiments.plan import RunTask
from sim.model import PartnershipModel
from sim.scenario.schema import Outputs, Scenario


@dataclass
class RunResult:
    """One run's tables and record. Tables are None when the run failed."""

    task: RunTask
    status: str  # "ok" or "failed"
    seconds: float
    error: str = ""
    traceback: str = ""
    trajectories: pd.DataFrame | None = None
    events: pd.DataFrame | None = None
    snapshots: pd.DataFrame | None = None


def run_chunk(tasks: list[RunTask]) -> list[RunResult]:
    """Run several short runs in one task (keeps scheduler overhead small)."""
    return [run_one(task) for task in tasks]


def run_one(task: RunTask) -> RunResult:
    """Build the scenario's model with the run's seed, run it, keep what `outputs` asks."""
    start = time.perf_counter()
    try:
        scenario = Scenario.model_validate(task.scenario_data)
        model = PartnershipModel.from_scenario(scenario, rng=task.seed)
        every = task.outputs.get("snapshot_every", 0)
        snapshots = []
        for month in range(1, task.months + 1):
            model.step()
            if every and month % every == 0:
                snapshots.append(model.agent_snapshot())
        keep = Outputs.model_validate(
            {k: v for k, v in task.outputs.items() if k in Outputs.model_fields}
        )
        return RunResult(
            task,
            "ok",
            time.perf_counter() - start,
            trajectories=_label(keep.keep(model.trajectories()), task),
            events=_label(model.partnership_events(), task) if keep.events else None,
            snapshots=_label(pd.concat(snapshots, ignore_index=True), task) if snapshots else None,
        )
    except Exception as err:  # a failing run is recorded and does not stop the sweep
        return RunResult(
            task,
            "failed",
            time.perf_counter() - start,
            error=f"{type(err).__name__}: {err}",
            traceback=traceback.format_exc(),
        )


def _label(frame: pd.DataFrame, task: RunTask) -> pd.DataFrame:
    """Prefix a run's table with scenario, point, run, seed and the design's parameters."""
    n = len(frame)
    front: dict[str, object] = {
        "scenario": pd.Categorical.from_codes(np.zeros(n, dtype=np.int8), [task.scenario]),
        "point": np.full(n, task.point, dtype=np.int64),
        "run": np.full(n, task.replicate, dtype=np.int64),
        "seed": np.full(n, task.seed_label, dtype=np.int64),
        **{name: np.full(n, value) for name, value in task.parameters.items()},
    }
    return pd.DataFrame(
        {
            **front,
            **{
                c: frame[c].to_numpy()
                if not isinstance(frame[c].dtype, pd.CategoricalDtype)
                else frame[c].array
                for c in frame.columns
            },
        }
    )
