"""Hypothesis: invariants that hold for any valid parameters and seed."""

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sim import Firm, PartnershipModel
from sim.core.kinds import KIND_NAMES, ActorKind, State
from sim.metrics import METRICS

COUNTS = [
    m
    for m in METRICS
    if m.startswith(("partnerships_", "firm"))
    or m in ("firms", "employment", "labour_force", "investment", "pdrb")
]

worlds = st.fixed_dictionaries(
    {
        "n_regions": st.integers(1, 3),
        "n_firms": st.integers(2, 60),
        "n_agencies": st.integers(0, 6),
        "scale": st.sampled_from([1.0, 3.0]),
        "rng": st.integers(0, 2**32 - 1),
        "culture_weight": st.floats(0, 1),
        "trust_threshold": st.floats(0, 0.9),
        "coordination": st.floats(0, 1),
        "permit_delay_mean": st.floats(0, 12),
        "permit_abandon_rate": st.floats(0, 1),
        "search_probability": st.floats(0, 1),
        "cash_cover_months": st.floats(1, 12),
        "labour_force": st.floats(5e4, 1e6),
        "initial_unemployment_rate": st.floats(0, 0.5),
        "death_rate": st.floats(0, 0.3),
        "demand_volatility": st.floats(0, 0.5),
        "large_firm_share": st.floats(0, 0.3),
    }
)

FAST = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_month(model: PartnershipModel) -> None:
    t, led = model.actors, model.ledger
    rows = led.open_rows()
    a, b = led.a[rows], led.b[rows]
    assert np.all(a != b)
    pairs = np.minimum(a, b).astype(np.int64) << 32 | np.maximum(a, b)
    assert len(np.unique(pairs)) == len(pairs), "two open partnerships for one pair"
    assert np.all(t.alive[a] & t.alive[b]), "an open partnership with an exited actor"
    assert np.all(model.world.partner_load() <= np.maximum(t.capacity[: t.n], 0) + 1e-6)
    agencies = t.actor_kind[: t.n] == ActorKind.agency
    assert np.all(t.cash[: t.n][agencies] >= -1e-6), "an agency overspent its budget"
    assert np.all(t.workers[: t.n] >= 0)
    active = led.rows_in(State.active)
    assert np.all((led.trust_a[active] >= 0) & (led.trust_a[active] <= 1))
    g = model.partnership_graph()
    assert g.number_of_edges() == len(active)
    assert len(model.agents_by_type.get(Firm, [])) == int(model.is_alive_firm().sum())


@FAST
@given(worlds, st.integers(1, 8))
def test_invariants_every_month(world, months):
    model = PartnershipModel(**world)
    for _ in range(months):
        model.step()
        _check_month(model)
    wide = model.trajectories().pivot(index=["month", "region"], columns="metric", values="value")
    assert (wide["employment"] <= wide["labour_force"] * (1 + 1e-12)).all()
    assert (wide[COUNTS] >= -1e-9).all().all()
    assert wide["unemployment_rate"].between(0, 100).all()
    assert set(wide.columns) == set(METRICS)


@settings(max_examples=10, deadline=None)
@given(worlds)
def test_same_seed_same_frame(world):
    first = PartnershipModel(**world).run(6)
    second = PartnershipModel(**world).run(6)
    pd.testing.assert_frame_equal(first.trajectories(), second.trajectories())
    pd.testing.assert_frame_equal(first.partnership_events(), second.partnership_events())


@settings(max_examples=10, deadline=None)
@given(worlds)
def test_no_partnership_across_a_prohibitive_cost(world):
    cost = dict.fromkeys(KIND_NAMES, 1e18)
    model = PartnershipModel(**world, partnership_cost=cost, service_cost=1e18).run(4)
    assert model.ledger.n == 0


def test_zero_initial_unemployment_rounds_to_zero_not_below():
    model = PartnershipModel(
        n_firms=2,
        n_regions=2,
        rng=1,
        initial_unemployment_rate=0.0,
        labour_force=432205.0,
        large_firm_share=0.25,
    )
    assert model.latest("unemployment_rate") >= 0.0
