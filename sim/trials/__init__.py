"""Virtual trials: a lever offered to a random share of the eligible IKM, as the studies ran it."""

from sim.trials.assignment import TrialDesign, trial_scenario
from sim.trials.run import Trial, run_trial

__all__ = ["Trial", "TrialDesign", "run_trial", "trial_scenario"]
