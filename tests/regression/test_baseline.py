"""The reference runs still give the committed figures (a diff names what moved)."""

import json
import math

import pytest

from tests.regression.baselines import REFERENCES, SEEDS, reference_figures
from tests.regression.update_baseline import PATH


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("reference", REFERENCES)
def test_matches_golden_baseline(reference, seed):
    expected = json.loads(PATH.read_text())[reference][str(seed)]
    got = reference_figures(reference, seed)
    assert set(got) == set(expected), "the kept figures changed: run update_baseline"
    moved = [
        f"{key}: baseline {expected[key]:.6g}, now {got[key]:.6g}"
        for key in sorted(expected)
        if not (
            math.isclose(got[key], expected[key], rel_tol=1e-9, abs_tol=1e-12)
            or (math.isnan(got[key]) and math.isnan(expected[key]))
        )
    ]
    assert not moved, (
        "figures moved (if intended, run "
        "`python -m tests.regression.update_baseline`):\n" + "\n".join(moved)
    )
