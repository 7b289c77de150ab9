"""The EMA Workbench connector (examples/ema_connector.py) runs the model as EMA expects."""

import importlib.util
from pathlib import Path

import numpy as np
import pytest

import sim

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "ema_connector.py"


def _connector():
    spec = importlib.util.spec_from_file_location("ema_connector", EXAMPLE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_connector_function_is_the_run_api_with_paths():
    conn = _connector()
    paths = {"barriers.trust_threshold": 0.25, "firms.scale": 50}
    got = conn.kemitraan(months=3, seed=2, **paths)
    final = sim.outcomes(conn.SCENARIO, paths, seed=2, months=3)
    assert got == {name: final[name] for name in conn.OUTCOMES}


def test_ema_workbench_runs_experiments_with_seeds_as_replications():
    pytest.importorskip("ema_workbench")
    from ema_workbench import perform_experiments

    conn = _connector()
    model = conn.ema_model(months=3, replications=2, overrides={"firms.scale": 50})
    experiments, outcomes = perform_experiments(model, scenarios=2, policies=1)
    assert len(experiments) == 2
    assert outcomes["employment"].shape == (2, 2)  # experiments x seeds
    first = experiments.iloc[0]
    paths = {
        "barriers.trust_threshold": first["trust_threshold"],
        "barriers.culture_weight": first["culture_weight"],
        "regions.0.permit_delay_mean": first["permit_delay"],
        "policies.grant.intensity": first["grant_intensity"],
        "firms.scale": 50,
    }
    direct = [sim.outcomes(conn.SCENARIO, paths, seed=k, months=3)["employment"] for k in (1, 2)]
    assert np.allclose(outcomes["employment"][0], direct)
