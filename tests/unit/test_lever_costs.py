"""What each lever's cost rests on agrees with the sources of its cost parameters."""

import pytest

from sim.levers import LEVER_SPECS


def _cost_sources(name: str) -> list[str]:
    """The sources of a lever's rupiah parameters (`cost_per_*`, `*_fee`)."""
    fields = LEVER_SPECS[name].model_fields
    costs = [f for f in fields if f.startswith("cost_per") or f.endswith("_fee")]
    return [str((fields[f].json_schema_extra or {}).get("source", "")) for f in costs]


@pytest.mark.parametrize("name", sorted(LEVER_SPECS))
def test_a_levers_cost_basis_is_what_its_cost_parameters_cite(name):
    basis, sources = LEVER_SPECS[name].cost_basis, _cost_sources(name)
    assumed = [s for s in sources if s.startswith("assumption")]
    if basis == "transfer":  # a grant or a tax: the money itself, no running cost
        assert sources == []
    elif basis == "assumed":
        assert assumed, sources
    else:  # sourced, or a sourced lower bound: no cost parameter is an assumption
        assert sources and not assumed, sources
        assert (basis == "lower bound") == any("lower bound" in s for s in sources), sources
