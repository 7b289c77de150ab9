"""The levers' virtual trials against data/evidence.csv, at reduced size (4 seeds, 24 months).

The verdicts are pinned: a change that moves a lever out of (or into) its published range
shows here. `kemitraan evidence` prints the full table (docs/evidence.md).
"""

from functools import cache

import numpy as np
import pandas as pd
import pytest

from sim.levers import LEVER_NAMES, LEVER_SPECS
from sim.trials import TrialDesign, run_trial
from sim.trials.evidence import (
    EvidenceRun,
    lever_trials,
    linkage_verdicts,
    load_evidence,
    verdicts,
)

PINNED = {
    "training-sales": "inside",
    "training-profit": "inside",
    "training-workers": "inside",
    "grant-workers": "inside",
    "grant-return": "outside",  # the model's IKM save labour, they do not grow (docs)
    "permit-firms": "inside",
    "supplier-workers": "inside",
}


@cache
def _verdicts() -> pd.DataFrame:
    table, run = load_evidence(), EvidenceRun(seeds=4)
    found = [verdicts(table, lever_trials(run, table)), linkage_verdicts(table, run)]
    return pd.concat(found, ignore_index=True)


@pytest.mark.parametrize(("row", "verdict"), PINNED.items())
def test_each_checked_evidence_row_has_its_pinned_verdict(row, verdict):
    found = _verdicts().set_index("row").loc[row]
    assert found["verdict"] == verdict, found.to_dict()


def test_levers_without_trial_evidence_are_labelled_assumed_everywhere():
    v = _verdicts()
    trialled = set(v.loc[v["verdict"] != "assumed", "lever"]) - {"strategic_partnership"}
    assert trialled == {"training", "grant", "permit_reform"}
    for lever in set(LEVER_NAMES) - trialled:
        assert LEVER_SPECS[lever].evidence == "assumed"
    for lever in trialled:
        assert LEVER_SPECS[lever].evidence == "evidence"


def test_a_trial_of_a_lever_too_weak_to_matter_finds_nothing():
    design = TrialDesign(
        "scenarios/baseline.yaml",
        "training",
        seeds=3,
        horizons=(12,),
        overrides=("policies.training.practice_gain=0", "policies.training.culture_convergence=0"),
    )
    effects = run_trial(design).effects
    itt = effects[(effects.comparison == "itt") & effects.outcome.isin(["sales", "workers"])]
    assert np.abs(itt["effect"]).max() < 0.2  # percent: no gain, no difference


def test_training_fades_its_effect_on_the_offered_firms_after_the_offer():
    effects = run_trial(
        TrialDesign("scenarios/baseline.yaml", "training", seeds=3, horizons=(12, 48))
    ).effects
    sales = effects[(effects.comparison == "itt") & (effects.outcome == "sales")].set_index(
        "horizon"
    )
    assert sales.loc[48, "effect"] < 0.5 * sales.loc[12, "effect"]
