"""Every per-kind leaf can be set by `--set`, by a partial YAML mapping and by an uncertainty."""

from pathlib import Path

import pytest

from sim.core.kinds import KIND_NAMES
from sim.experiments.plan import plan_experiment
from sim.experiments.spec import load_experiment
from sim.scenario import ScenarioError, load_scenario
from sim.scenario.schema import Scenario

ROOT = Path(__file__).parents[2]
BASELINE = ROOT / "scenarios/baseline.yaml"
PER_KIND = ("barriers.partnership_cost", "barriers.initial_trust", "search.benefit_rate")
LEAVES = [(group, kind) for group in PER_KIND for kind in KIND_NAMES]


def _value(scenario: Scenario, group: str, kind: str) -> float:
    section, name = group.split(".")
    return getattr(getattr(getattr(scenario, section), name), kind)


def _others(scenario: Scenario, group: str, kind: str) -> dict[str, float]:
    return {k: _value(scenario, group, k) for k in KIND_NAMES if k != kind}


@pytest.mark.parametrize(("group", "kind"), LEAVES)
def test_set_changes_one_leaf_and_keeps_the_other_defaults(group, kind):
    default = load_scenario(BASELINE)
    changed = load_scenario(BASELINE, [f"{group}.{kind}=0.25"])
    assert _value(changed, group, kind) == 0.25
    assert _others(changed, group, kind) == _others(default, group, kind)
    assert changed.model_params() != default.model_params()


@pytest.mark.parametrize(("group", "kind"), LEAVES)
def test_a_partial_mapping_in_yaml_sets_one_leaf(tmp_path, group, kind):
    section, name = group.split(".")
    file = tmp_path / "partial.yaml"
    file.write_text(
        f"extends: {BASELINE}\n"
        "meta: {name: partial, description: {en: one leaf, id: satu nilai}}\n"
        f"{section}:\n  {name}:\n    {kind}: 0.125\n"
    )
    scenario = load_scenario(file)
    assert _value(scenario, group, kind) == 0.125
    assert _others(scenario, group, kind) == _others(load_scenario(BASELINE), group, kind)


def test_every_per_kind_leaf_can_be_an_uncertainty_of_a_sweep(tmp_path):
    lines = [f"  {group}.{kind}: {{low: 0.1, high: 0.2}}" for group, kind in LEAVES]
    exp = tmp_path / "sweep.yaml"
    exp.write_text(
        f"name: per_kind\nscenarios: [{BASELINE}]\nseeds: 1\nmonths: 1\n"
        "design: {kind: latin_hypercube, samples: 4}\n"
        "uncertainties:\n" + "\n".join(lines) + "\n"
    )
    experiment, file = load_experiment(exp)
    plan = plan_experiment(experiment, file)
    assert len(plan.tasks) == 4
    for task in plan.tasks:
        scenario = Scenario.model_validate(task.scenario_data)
        for group, kind in LEAVES:
            value = _value(scenario, group, kind)
            assert 0.1 <= value <= 0.2
            assert value == task.parameters[f"{group}.{kind}"]


def test_a_misspelt_kind_is_named_with_what_is_allowed():
    with pytest.raises(ScenarioError) as err:
        load_scenario(BASELINE, ["barriers.initial_trust.clustr=0.9"])
    message = str(err.value.problems[0])
    assert "did you mean 'cluster'" in message and "interregional" in message
