import pytest
from pydantic import ValidationError

from sim.params import ModelParams, ParameterError, flat_names
from sim.params.model_params import GROUPS, params_from_flat


def test_defaults_are_valid_and_frozen():
    p = ModelParams()
    with pytest.raises(ValidationError, match="frozen"):
        p.world.n_firms = 5  # type: ignore[misc]


def test_every_parameter_has_unit_and_doc():
    for cls in GROUPS.values():
        for name, field in cls.model_fields.items():
            assert field.description, name
            assert (field.json_schema_extra or {}).get("unit"), name


def test_leaf_names_are_unique():
    names = flat_names()
    assert len(names) == sum(len(c.model_fields) for c in GROUPS.values())


@pytest.mark.parametrize(
    ("given", "words"),
    [
        ({"n_firms": -1}, ["n_firms", "-1", "greater than or equal to 1"]),
        ({"coordination": 1.5}, ["coordination", "1.5", "less than or equal to 1"]),
        ({"permit_abandon_rate": -0.1}, ["permit_abandon_rate", "-0.1"]),
        ({"labour_force": 0}, ["labour_force", "0", "greater than or equal to 1"]),
        ({"trust_treshold": 0.2}, ["unknown parameter 'trust_treshold'", "trust_threshold"]),
        ({"memory_share": 0.9}, ["memory_share", "at most 1"]),
        ({"permit_kinds": ("agency", "friendly")}, ["permit_kinds", "friendly"]),
        ({"n_firms": "many"}, ["n_firms", "many"]),
    ],
)
def test_bad_values_name_parameter_value_and_allowed(given, words):
    with pytest.raises(ParameterError) as err:
        params_from_flat(**given)
    for word in words:
        assert word in str(err.value)
    assert isinstance(err.value, ValueError)


def test_partial_per_kind_override_keeps_other_kinds():
    p = params_from_flat(partnership_cost={"vertical": 5.0})
    assert p.barriers.partnership_cost.vertical == 5.0
    default = ModelParams().barriers.partnership_cost
    assert p.barriers.partnership_cost.horizontal == default.horizontal


def test_scenario_sections_are_the_model_parameter_groups():
    from sim.params.model_params import GROUPS, SCENARIO_GROUPS
    from sim.scenario.schema import FirmSection, Scenario

    for group in SCENARIO_GROUPS:
        assert Scenario.model_fields[group].annotation is GROUPS[group]
    assert issubclass(FirmSection, GROUPS["firms"])  # plus scale and sectors of the world
