"""Experiments: scenarios x seeds x designs, on a laptop or a Dask cluster, resumable.

folder = run_experiment("scenarios/experiments/smoke.yaml", workers=2)
results = load_results(folder)   # .trajectories, .events, .runs, .snapshots, .manifest
"""

from typing import TYPE_CHECKING

from sim.infra.lazy import names_from

if TYPE_CHECKING:
    from sim.experiments.results import Results, ResultsError, load_results, load_run_pair
    from sim.experiments.runner import ExperimentChanged, run_experiment
    from sim.experiments.spec import Experiment, load_experiment

# Loaded on first use: a sweep's workers import `sim.experiments.worker`, which runs this
# file first, and need none of the runner, its designs (SALib) or the results reader.
_WHERE = {
    "Results": "sim.experiments.results",
    "ResultsError": "sim.experiments.results",
    "load_results": "sim.experiments.results",
    "load_run_pair": "sim.experiments.results",
    "ExperimentChanged": "sim.experiments.runner",
    "run_experiment": "sim.experiments.runner",
    "Experiment": "sim.experiments.spec",
    "load_experiment": "sim.experiments.spec",
}


__getattr__ = names_from(__name__, _WHERE)

__all__ = [
    "Experiment",
    "ExperimentChanged",
    "Results",
    "ResultsError",
    "load_experiment",
    "load_results",
    "load_run_pair",
    "run_experiment",
]
