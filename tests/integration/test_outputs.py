"""Outputs agree with each other and with the ledger; Parquet round-trips."""

import numpy as np
import pandas as pd
import pytest

from sim import METRIC_UNITS, METRICS, PartnershipModel
from sim.core.kinds import Kind, State


@pytest.fixture(scope="module")
def model():
    return PartnershipModel(n_regions=3, n_firms=400, n_agencies=12, rng=9).run(36)


def test_trajectories_are_complete_and_tidy(model):
    traj = model.trajectories()
    assert list(traj.columns) == ["month", "region", "metric", "value"]
    assert len(traj) == 37 * 4 * len(METRICS)
    assert set(traj["region"]) == {"Region 1", "Region 2", "Region 3", "ALL"}
    assert set(METRICS) == set(METRIC_UNITS)
    for name in [
        "pdrb",
        "pdrb_growth",
        "employment",
        "unemployment_rate",
        "investment",
        "firms",
        "firm_entries",
        "firm_exits",
        "partnerships_active",
        "partnerships_formed",
        "partnerships_ended",
        "mean_trust",
        "network_density",
    ] + [f"partnerships_active_{k.name}" for k in Kind]:
        assert name in METRICS


def test_totals_add_up_over_regions(model):
    wide = model.trajectories().pivot(index=["month", "metric"], columns="region", values="value")
    regions = wide[["Region 1", "Region 2", "Region 3"]].sum(axis=1)
    additive = [
        "pdrb",
        "employment",
        "labour_force",
        "firms",
        "firm_entries",
        "firm_exits",
        "investment",
        "firm_value_added",
    ]
    sel = wide.index.get_level_values("metric").isin(additive)
    np.testing.assert_allclose(wide.loc[sel, "ALL"], regions[sel], rtol=1e-9)


def test_events_match_the_monthly_counts(model):
    events = model.partnership_events()
    traj = model.trajectories()
    total = traj[traj["region"] == "ALL"].pivot(index="month", columns="metric", values="value")
    formed = events[events["event"] == "formed"].groupby("month")["weight"].sum()
    ended = events[events["event"] == "ended"].groupby("month")["weight"].sum()
    np.testing.assert_allclose(
        formed.reindex(total.index, fill_value=0), total["partnerships_formed"]
    )
    np.testing.assert_allclose(
        ended.reindex(total.index, fill_value=0), total["partnerships_ended"]
    )
    assert set(events["reason"]) <= {
        "",
        "low_trust",
        "budget",
        "unprofitable",
        "term_end",
        "partner_exit",
        "permit_abandoned",
    }
    assert (events.loc[events["event"] == "formed", "reason"] == "").all()
    assert (events.loc[events["event"] == "ended", "reason"] != "").all()


def test_graph_matches_active_partnerships(model):
    g = model.partnership_graph()
    active = model.ledger.rows_in(State.active)
    assert g.number_of_edges() == len(active) == model.latest("partnerships_active")
    kinds = pd.Series([d["kind"] for _, _, d in g.edges(data=True)]).value_counts()
    for kind in Kind:
        assert kinds.get(kind.name, 0) == model.latest(f"partnerships_active_{kind.name}")
    n = g.number_of_nodes()
    assert model.latest("network_density") == pytest.approx(g.number_of_edges() / (n * (n - 1) / 2))


def test_parquet_round_trip(model, tmp_path):
    from sim.output.records import write_parquet

    for name, frame in [("t", model.trajectories()), ("e", model.partnership_events())]:
        path = write_parquet(frame, tmp_path / f"{name}.parquet")
        pd.testing.assert_frame_equal(pd.read_parquet(path), frame)
        assert not list(tmp_path.glob("*.tmp"))


def test_the_model_does_something(model):
    total = (
        model.trajectories()
        .query("region == 'ALL'")
        .pivot(index="month", columns="metric", values="value")
    )
    assert total["partnerships_active"].iloc[-1] > 0
    assert total["partnerships_formed"].sum() > total["partnerships_active"].iloc[-1] * 0.5
    assert 0 < total["mean_trust"].iloc[-1] < 1
    assert total["firm_entries"].sum() > 0
