"""Mesa's own tools work on the model."""

import mesa
import numpy as np
import pandas as pd
import pytest
from mesa.experimental.scenarios import Scenario

from sim import METRICS, Agency, Firm, ParameterError, PartnershipModel, Region


@pytest.fixture(scope="module")
def model():
    return PartnershipModel(n_regions=3, n_firms=200, n_agencies=12, rng=1).run(12)


def test_agents_by_type_and_counts(model):
    firms = model.agents_by_type[Firm]
    assert len(firms) == int(model.is_alive_firm().sum())
    assert len(model.agents_by_type[Agency]) == 12
    assert len(model.agents_by_type[Region]) == 3
    assert len(model.agents) == len(firms) + 12 + 3


def test_agentset_select_and_agg_read_the_arrays(model):
    firms = model.agents_by_type[Firm]
    assert firms.agg("workers", sum) == pytest.approx(model.latest("firm_employment"))
    small = firms.select(lambda f: f.workers >= 5)
    rows = [f.row for f in small]
    assert np.all(model.actors.workers[rows] >= 5)
    assert len(small) == int(
        (model.actors.workers[: model.actors.n][model.is_alive_firm()] >= 5).sum()
    )


def test_agent_attribute_writes_go_to_the_table(model):
    firm = next(iter(model.agents_by_type[Firm]))
    firm.cash = 123.0
    assert model.actors.cash[firm.row] == 123.0
    assert firm.region.name.startswith("Region")
    assert firm.sector in model.params.world.sectors
    assert len(firm.culture) == model.params.barriers.culture_dimensions


def test_batch_run_runs_and_returns_rows():
    rows = mesa.batch_run(
        PartnershipModel,
        parameters={"n_firms": [50, 80], "n_regions": 2},
        rng=[1, 2],
        max_steps=12,
        number_processes=1,
        data_collection_period=-1,
        display_progress=False,
    )
    frame = pd.DataFrame(rows)
    assert len(frame) == 4
    assert set(frame["n_firms"]) == {50, 80}
    assert (frame["Step"] == 12).all()
    assert frame["employment"].gt(0).all()
    one = PartnershipModel(n_firms=50, n_regions=2, rng=1).run(12)
    first = frame[(frame["n_firms"] == 50) & (frame["rng"] == 1)].iloc[0]
    assert first["employment"] == pytest.approx(one.latest("employment"))


def test_model_from_a_mesa_scenario_equals_keywords():
    from_scenario = PartnershipModel(scenario=Scenario(rng=3, n_firms=40, trust_threshold=0.2))
    from_keywords = PartnershipModel(n_firms=40, trust_threshold=0.2, rng=3)
    pd.testing.assert_frame_equal(
        from_scenario.run(5).trajectories(), from_keywords.run(5).trajectories()
    )


def test_bad_parameters_raise_before_any_month():
    with pytest.raises(ValueError, match="n_firms.*-5"):
        PartnershipModel(n_firms=-5)
    with pytest.raises(ValueError, match="unknown parameter 'trust_treshold'"):
        PartnershipModel(trust_treshold=0.1)
    with pytest.raises(ValueError, match="labour_force"):
        PartnershipModel(n_firms=2000, labour_force=100.0, region_heterogeneity=0.0)
    with pytest.raises(ValueError, match="permit_abandon_rate"):
        PartnershipModel(permit_abandon_rate=2.0)


def test_batch_run_sweeps_a_lever_of_a_scenario_file_by_its_path():
    rows = mesa.batch_run(
        PartnershipModel,
        parameters={
            "scenario_file": "scenarios/grant.yaml",
            "policies.grant.intensity": [0.0, 1.0],
            "policies.grant.start": 1,
            "firms.scale": 50,
        },
        rng=[1],
        max_steps=6,
        number_processes=1,
        data_collection_period=-1,
        display_progress=False,
    )
    frame = pd.DataFrame(rows).set_index("policies.grant.intensity")
    spent = "policy_spending_cumulative"  # a one-off grant spends its budget at once
    assert frame.loc[0.0, spent] == 0.0 < frame.loc[1.0, spent]
    assert set(METRICS) <= set(frame.columns)  # the DataCollector reports every metric
    alone = PartnershipModel(
        scenario_file="scenarios/grant.yaml",
        rng=1,
        **{"policies.grant.intensity": 1.0, "policies.grant.start": 1, "firms.scale": 50},
    ).run(6)
    assert frame.loc[1.0, "employment"] == alone.latest("employment")


def test_a_scenario_file_does_not_mix_with_keyword_sizes():
    with pytest.raises(ParameterError, match="come from the scenario file"):
        PartnershipModel(scenario_file="scenarios/grant.yaml", n_firms=10)
