"""Every declared metric is written every month, in every shipped scenario.

Accounts start each month at NaN, so a metric that nothing computes shows up here; only
metrics declared `may_be_nan` (a mean over nothing, growth at month 0) may be NaN, and only
when there is nothing to average.
"""

from pathlib import Path

import numpy as np
import pytest

from sim import PartnershipModel
from sim.metrics import INDEX, REGISTRY
from sim.scenario import load_scenario
from tests.worlds import at_most

ROOT = Path(__file__).parents[2]
SCENARIOS = sorted((ROOT / "scenarios").glob("*.yaml"))


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
def test_every_metric_is_written_every_month(path):
    scenario = load_scenario(
        path, [*(at_most(path, scale=20) or ["firms.scale=20"]), "horizon.months=30"]
    )
    model = PartnershipModel.from_scenario(scenario, rng=1).run()
    history = np.stack(model.world.history)  # months x (regions + total) x metrics
    for metric in REGISTRY:
        values = history[:, :, INDEX[metric.name]]
        if not metric.may_be_nan:
            assert np.isfinite(values).all(), f"{metric.name} not written in {path.name}"
    active = history[:, :, INDEX["partnerships_active"]]
    for name in ("mean_trust", "mean_culture_distance"):
        values = history[:, :, INDEX[name]]
        assert (np.isnan(values) == (active == 0)).all(), name
    growth = history[:, :, INDEX["pdrb_growth"]]
    assert np.isnan(growth[0]).all() and np.isfinite(growth[1:]).all()
