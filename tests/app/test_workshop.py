"""A workshop run: the paired models, replays after a slider moves, the network view."""

from pathlib import Path

import numpy as np
import pytest

from sim.app.workshop import Workshop
from sim.core.kinds import State

ROOT = Path(__file__).parents[2]
BASELINE = ROOT / "scenarios" / "baseline.yaml"
LEBAK = ROOT / "scenarios" / "lebak.yaml"


def test_levers_at_zero_give_the_baseline_line_exactly():
    w = Workshop(BASELINE, {}, seed=2)
    w.step(6)
    for metric in ("employment", "unemployment_rate", "pdrb", "mean_trust"):
        with_levers, baseline = w.series(metric)
        assert len(with_levers) == 7
        assert np.array_equal(with_levers, baseline, equal_nan=True)


def test_a_lever_moves_its_line_away_from_the_baseline():
    w = Workshop(BASELINE, {"grant": 1.0, "business_forum": 1.0}, seed=2)
    w.step(12)
    with_levers, baseline = w.series("partnerships_active")
    assert with_levers[0] == baseline[0]  # same start: same seed, same world
    assert not np.array_equal(with_levers, baseline)
    assert w.series("policy_spending")[0][-1] > 0 == w.series("policy_spending")[1][-1]


def test_replay_equals_a_fresh_run_to_the_same_month():
    w = Workshop(LEBAK, {"grant": 0.2}, seed=5)
    w.step(8)
    for values in ({"grant": 0.9}, {"grant": 0.9, "permit_delay": 1.0}):
        again = w.replay(values)
        fresh = Workshop(LEBAK, values, seed=5)
        fresh.step(8)
        assert again.month == fresh.month == 8
        for metric in ("employment", "partnerships_active", "mean_trust"):
            for a, b in zip(again.series(metric), fresh.series(metric), strict=True):
                assert np.array_equal(a, b, equal_nan=True)


def test_a_lever_change_keeps_the_baseline_and_a_barrier_change_rebuilds_it():
    w = Workshop(LEBAK, {}, seed=1)
    w.step(3)
    assert w.replay({"training": 0.5}).baseline is w.baseline
    assert w.replay({"trust_threshold": 0.5}).baseline is not w.baseline


def test_steps_stop_at_the_horizon():
    w = Workshop(LEBAK, {}, seed=1)
    w.step(w.horizon + 50)
    assert w.month == w.horizon and not w.running


def test_network_view_shows_alive_actors_and_active_partnerships():
    w = Workshop(BASELINE, {"business_forum": 1.0}, seed=3)
    w.step(10)
    view = w.network()
    t, ledger = w.model.actors, w.model.ledger
    assert len(view.x) == int(t.alive[: t.n].sum()) == len(view.region)
    active = ledger.state[: ledger.n] == State.active
    assert len(view.edges) == int(active.sum()) > 0
    assert view.is_agency.sum() == (t.actor_kind[: t.n][t.alive[: t.n]] == 1).sum()
    x, y = w.layout.positions(t.region[: t.n], w.groups())  # edges join the partners' positions
    a = ledger.a[: ledger.n][active]
    assert np.array_equal(view.edges[:, 0], x[a]) and np.array_equal(view.edges[:, 1], y[a])


def test_the_partnerships_of_this_month_are_marked_new():
    w = Workshop(BASELINE, {}, seed=2)
    w.step(8)
    ledger = w.model.ledger
    active_before = set(np.flatnonzero(ledger.state[: ledger.n] == State.active).tolist())
    w.step()
    view = w.network()
    active = np.flatnonzero(ledger.state[: ledger.n] == State.active)
    fresh = np.array([row not in active_before for row in active.tolist()])
    assert view.edge_is_new.sum() > 0
    assert np.array_equal(view.edge_is_new, fresh)  # new this month = not active last month


def test_a_bad_scenario_is_a_value_error(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("barriers:\n  trust_threshold: 7\n")
    with pytest.raises(ValueError, match="trust_threshold"):
        Workshop(bad, {}, seed=1)


def test_monitors_and_the_gap_across_seeds_match_the_paired_runs():
    from sim.app.controls import paired_models

    path = Path("scenarios/baseline.yaml")
    w = Workshop(path, {"training": 1.0}, seed=3)
    w.step(6)
    now = w.monitors()
    gap = w.model.latest("firm_employment") - w.baseline.latest("firm_employment")
    assert now["firm_employment"] == gap
    assert now["policy_spending"] == w.model.series("policy_spending").sum() > 0
    w.compare_seeds(3)
    w.step(4)  # the other seeds' pairs follow the month
    gaps = w.gaps()
    assert gaps.shape == (3, 11) and w.simulations == 3
    assert np.array_equal(
        gaps[0], w.model.series("firm_employment") - w.baseline.series("firm_employment")
    )
    chosen, baseline = paired_models(path, w.values, 5)  # the third seed: 3, 4, 5
    chosen.run(10)
    baseline.run(10)
    expected = chosen.series("firm_employment") - baseline.series("firm_employment")
    assert np.array_equal(gaps[2], expected)
    assert gaps[1, -1] != gaps[2, -1]  # other seeds, other histories
    w.step(others=False)  # the page shows the month first ...
    assert w.compared_month == 10 and w.month == 11
    late = w.gaps()
    assert not np.isnan(late[0]).any() and np.isnan(late[1:, 11]).all()
    assert np.array_equal(late[:, :11], gaps)
    w.catch_up()  # ... then the other seeds catch up, to the same histories
    assert w.compared_month == 11 and not np.isnan(w.gaps()).any()
    chosen.step()
    baseline.step()
    assert w.gaps()[2, 11] == chosen.latest("firm_employment") - baseline.latest("firm_employment")
    again = w.replay({**w.values, "training": 0.5})
    assert again.simulations == 1 and w.simulations == 3  # a replay drops the comparison


def test_this_months_news_adds_up_to_the_recorded_counts():
    from sim.app.monitors import happened
    from sim.app.texts import APP_TEXT

    w = Workshop(Path("scenarios/lebak.yaml"), {}, seed=1)
    w.step(14)
    kinds, ended = w.this_month()
    assert sum(kinds.values()) == pytest.approx(w.model.latest("partnerships_formed"))
    assert sum(ended.values()) == pytest.approx(w.model.latest("partnerships_ended"))
    line = happened(w, APP_TEXT["id"], "id")
    assert line.startswith("Bulan 14: ") and "kemitraan nyata baru" in line and line.endswith(".")
    title = APP_TEXT["id"]["network_title"]  # the network counts links between agents
    assert "agen" in title and "kemitraan nyata" in title and "kemitraan nyata" in line
