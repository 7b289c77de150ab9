"""Experiments: scenarios x seeds x designs, on a laptop or a Dask cluster, resumable.

folder = run_experiment("scenarios/experiments/smoke.yaml", workers=2)
results = load_results(folder)   # .trajectories, .events, .runs, .snapshots, .manifest
"""

from sim.experiments.results import Results, ResultsError, load_results, load_run_pair
from sim.experiments.runner import ExperimentChanged, run_experiment
from sim.experiments.spec import Experiment, load_experiment

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
