"""Tiny worlds: employment, exit, knowledge transfer, budgets and scale."""

import numpy as np
import pytest

from sim import Firm, PartnershipModel
from sim.core.kinds import ActorKind, EndReason, State
from tests.worlds import QUIET, run_until, two_firms


def test_hiring_stops_at_the_regions_unemployed_when_nothing_is_frictional():
    model = two_firms(
        partnership_cost={"cluster": 1e15},
        labour_adjustment=1.0,
        frictional_unemployment=0.0,
        wage=1.0,  # every worker is worth hiring
    )
    r = model.regions
    unemployed = float(r.labour_force[0] - r.other_employment[0] - model.firm_employment()[0])
    model.actors.demand_base[:2] *= 1e4  # the market suddenly wants far more
    model.step()
    before = 6.0  # two firms of three workers
    assert model.firm_employment()[0] == pytest.approx(before + unemployed)  # took them all
    assert model.latest("employment") <= model.latest("labour_force")
    # only the labour force's growth at the month's end leaves anyone unemployed
    assert model.latest("unemployment_rate") < 0.05


def test_firm_with_negative_cash_exits_and_its_partners_are_told():
    model = two_firms(partnership_cost={"cluster": 1.0}, exit_after_months=3)
    run_until(model, lambda m: len(m.ledger.rows_in(State.active)) == 1, months=3)
    row = int(model.ledger.rows_in(State.active)[0])
    model.actors.cash[0] = -1e15
    model.actors.capacity[0] = 0  # cannot pay: its partnership ends with `budget` first
    exit_month = run_until(model, lambda m: not m.actors.alive[0], months=5)
    assert exit_month is not None
    assert model.ledger.end_reason[row] == EndReason.budget
    assert model.actors.workers[0] == 0.0
    assert all(a.row != 0 for a in model.agents_by_type[Firm])
    assert model.latest("firm_exits") == 1.0


def test_exit_ends_open_partnerships_with_partner_exit():
    model = two_firms(partnership_cost={"cluster": 1.0}, exit_after_months=1)
    run_until(model, lambda m: len(m.ledger.rows_in(State.active)) == 1, months=3)
    row = int(model.ledger.rows_in(State.active)[0])
    model.ledger.cost_b[row] = model.ledger.cost_a[row] = 0.0  # affordable even when broke
    model.actors.cash[1] = -1e15
    model.step()
    assert not model.actors.alive[1]
    assert model.ledger.end_reason[row] == EndReason.partner_exit


def test_successful_partnership_lifts_the_weaker_partners_productivity():
    model = two_firms(
        partnership_cost={"cluster": 1.0},
        coordination=1.0,
        trust_independent_success=1.0,
        knowledge_transfer_rate=0.1,
    )
    model.actors.productivity[:2] = [1e6, 2e6]
    run_until(model, lambda m: len(m.ledger.rows_in(State.active)) == 1, months=3)
    assert model.actors.productivity[0] == pytest.approx(1e6 + 0.1 * 1e6)
    assert model.actors.productivity[1] == pytest.approx(2e6)


def test_what_a_firm_learns_from_a_partner_stops_at_its_absorptive_capacity():
    model = two_firms(
        partnership_cost={"cluster": 1.0},
        coordination=1.0,
        trust_independent_success=1.0,
        knowledge_transfer_rate=0.5,
        learning_ceiling=0.3,
    )
    model.actors.productivity[:2] = [1e6, 10e6]
    became = run_until(model, lambda m: len(m.ledger.rows_in(State.active)) == 1, months=3)
    assert became is not None
    model.run(3)  # more good months: the gap (9e6) is far wider than what it can absorb
    assert model.actors.productivity[0] == pytest.approx(1.3e6)  # not the partner's 10e6
    assert model.actors.learned[0] == pytest.approx(1.3)
    assert model.actors.productivity[1] == pytest.approx(10e6)


def test_agencies_get_a_new_budget_each_january():
    model = PartnershipModel(
        n_firms=50,
        n_agencies=3,
        rng=2,
        **{k: v for k, v in QUIET.items() if k not in ("n_agencies",)},
    )
    agencies = model.actors.actor_kind[: model.actors.n] == ActorKind.agency
    model.actors.cash[: model.actors.n][agencies] = 0.0
    model.run(12)
    assert np.all(model.actors.cash[: model.actors.n][agencies] <= 0.0)
    model.step()  # month 13
    budget = model.actors.annual_budget[: model.actors.n][agencies]
    spent = budget - model.actors.cash[: model.actors.n][agencies]
    assert np.all(spent >= 0) and np.all(spent <= budget)
    assert np.all(model.actors.cash[: model.actors.n][agencies] > 0)


def test_scale_reports_real_units():
    kw = dict(
        n_regions=2, n_agencies=4, rng=5, labour_force=1e6, large_firm_share=0.0, spin_up_months=0
    )
    one = PartnershipModel(n_firms=300, **kw)
    ten = PartnershipModel(n_firms=30, scale=10.0, **kw)
    assert one.latest("firms") == 300 and ten.latest("firms") == 300
    assert len(ten.agents_by_type[Firm]) == 30
    ten.run(6)
    firms = ten.is_alive_firm()
    workers = ten.actors.workers[: ten.actors.n][firms].sum()
    assert ten.latest("firm_employment") == pytest.approx(10 * workers)
    assert ten.latest("firms") == 10 * firms.sum()
    formed = ten.partnership_events().query("event == 'formed'")
    both_firms = (formed["party_a_type"] == "firm") & (formed["party_b_type"] == "firm")
    assert (formed[both_firms]["weight"] == 10.0).all()
    assert (formed[~both_firms]["weight"] == 1.0).all()  # an agency serves one real firm


def test_large_firms_are_one_agent_each_whatever_the_scale():
    kw = dict(n_regions=1, n_agencies=0, rng=3, labour_force=5e6, large_firm_share=0.02)  # spun up
    model = PartnershipModel(n_firms=500, scale=20.0, **kw)
    t = model.actors
    large = t.large[: t.n]
    assert large.any() and (t.weight[: t.n][large] == 1.0).all()
    assert (t.weight[: t.n][~large] == 20.0).all()
    real_large = large.sum() / model.latest("firms")
    assert 0.01 < real_large < 0.03  # large firms are about 2% of the real firms
    jobs = (t.workers[: t.n] * t.weight[: t.n]).sum()
    assert model.latest("firm_employment") == pytest.approx(jobs)
    alive = model.is_alive_firm()  # rows of firms that died in the spin-up stay, empty
    assert (t.workers[: t.n][alive] >= 1.0).all()  # every firm has its owner at work


def test_a_world_without_spin_up_crowds_its_markets_from_its_first_month():
    """Displacement counts from month 0 after a spin-up; without one, from month 1."""
    world = dict(n_firms=800, n_regions=2, n_agencies=2, rng=3, spin_up_months=0)
    model = PartnershipModel(**world)
    assert model.world.market_reference is None
    assert np.all(model.world.market_crowding() == 1.0)  # nothing to count from yet
    model.run(1)
    assert model.world.market_reference is not None
    model.run(6)
    crowding = model.world.market_crowding()
    assert not np.allclose(crowding, 1.0) and np.all(crowding > 0)
    none = PartnershipModel(**world, displacement=0.0).run(7)
    assert np.all(none.world.market_crowding() == 1.0)
