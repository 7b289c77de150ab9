"""The run API: sim.run / sim.outcomes with Python-valued overrides, as external tools use it."""

import numpy as np
import pytest

import sim
from sim.scenario import ScenarioError, load_scenario

SMALL = {"firms.scale": 50}


def test_run_returns_the_trajectories_of_the_same_model_as_the_cli_path():
    traj = sim.run("scenarios/training.yaml", {**SMALL, "policies.training.start": 1}, 3, 4)
    scenario = load_scenario(
        "scenarios/training.yaml", ["firms.scale=50", "policies.training.start=1"]
    )
    model = sim.PartnershipModel.from_scenario(scenario, rng=3).run(4)
    expected = model.trajectories()
    assert traj.equals(expected)
    assert traj["month"].max() == 4


def test_overrides_take_python_values_and_list_items_by_name():
    final = sim.outcomes(
        "scenarios/lebak.yaml",
        {"regions.Lebak.initial_unemployment_rate": 0.2, "firms.scale": 100},
        months=0,
    )
    assert final["unemployment_rate"] == pytest.approx(20.0)
    assert set(final) == set(sim.METRICS)


def test_a_loaded_scenario_can_be_overridden_too():
    scenario = load_scenario("scenarios/baseline.yaml", ["firms.scale=50"])
    a = sim.outcomes(scenario, {"search.search_probability": 0.0}, months=3)
    b = sim.outcomes(scenario, months=3)
    assert a["partnerships_active"] == 0 < b["partnerships_active"]
    assert scenario.search.search_probability > 0  # the loaded scenario itself is unchanged


@pytest.mark.parametrize(
    ("overrides", "months", "words"),
    [
        ({"barriers.trust_threshol": 0.3}, 1, "trust_threshol"),
        ({"barriers.trust_threshold": 7}, 1, "barriers.trust_threshold"),
        ({}, -1, "allowed: a whole number 0..1200"),
        ({}, 1.5, "allowed: a whole number 0..1200"),
    ],
)
def test_bad_overrides_and_months_are_named(overrides, months, words):
    with pytest.raises(ValueError, match=words) as err:
        sim.outcomes("scenarios/baseline.yaml", {**SMALL, **overrides}, months=months)
    if overrides:
        assert isinstance(err.value, ScenarioError)


def test_same_seed_same_numbers_other_seed_other_numbers():
    one = sim.outcomes("scenarios/baseline.yaml", SMALL, seed=5, months=6)
    again = sim.outcomes("scenarios/baseline.yaml", SMALL, seed=np.random.SeedSequence(5), months=6)
    other = sim.outcomes("scenarios/baseline.yaml", SMALL, seed=6, months=6)
    assert one == again and one != other
