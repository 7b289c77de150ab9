"""Tiny worlds pinning the economics: productivity, partners' orders and shared costs make
jobs and value added the way the sources say (seed 004: partnerships bring bigger orders,
better products and lower costs)."""

import numpy as np
import pytest

from sim.barriers.budget import credit_line
from sim.barriers.coordination import coordination
from sim.core.kinds import State
from sim.mechanisms import production
from sim.params import ModelParams
from tests.worlds import run_until, set_params, two_firms


def test_a_productivity_gain_lowers_the_price_and_raises_sales_and_jobs():
    price = production.relative_price(np.array([1.2]), np.array([1.0]), 1.0)
    assert price[0] == pytest.approx(1 / 1.2)
    sold = production.price_effect(price, 3.0)[0]
    assert sold == pytest.approx(1.2**3)  # quantity
    assert (price * sold)[0] == pytest.approx(1.2**2)  # value added: A^(sigma - 1)
    needed = production.labour_needed(np.array([sold]), np.array([1.2]), np.array([1.0]), 0.3)
    assert needed[0] == pytest.approx(1.2 ** (2 / 0.7))  # jobs rise when sigma > 1
    # with no pass-through the price and the sales stay: the firm just needs fewer workers
    flat = production.relative_price(np.array([1.2]), np.array([1.0]), 0.0)
    assert flat[0] == 1.0


def test_in_a_tiny_world_a_firm_that_becomes_more_productive_employs_more():
    same, better = (two_firms(search_probability=0.0, labour_force=1e6) for _ in range(2))
    better.actors.productivity[0] *= 1.2  # as after training or learning from a partner
    same.run(24)
    better.run(24)
    assert better.actors.workers[0] > 1.3 * same.actors.workers[0]
    assert better.actors.value_added[0] > 1.3 * same.actors.value_added[0]
    assert better.actors.workers[1] == same.actors.workers[1]  # its twin is untouched


def _orders_world(search: float):
    return two_firms(
        partnership_cost={"cluster": 1.0}, search_probability=search, benefit_rate={"cluster": 0.2}
    )


def test_a_partnership_brings_orders_that_are_produced_and_counted_in_value_added():
    alone, partnered = _orders_world(0.0), _orders_world(1.0)
    run_until(partnered, lambda m: len(m.ledger.rows_in(State.active)) == 1, months=3)
    alone.run(partnered.month)
    for _ in range(12):
        alone.step()
        partnered.step()
    t = partnered.actors
    assert (t.partner_orders[:2] > 0).all()
    assert partnered.latest("firm_value_added") > alone.latest("firm_value_added")
    assert partnered.latest("firm_employment") > alone.latest("firm_employment")


def test_cluster_partners_share_fixed_costs_up_to_a_limit():
    fixed = np.array([100.0, 100.0, 100.0])
    left = production.shared_fixed_cost(fixed, np.array([0.0, 2.0, 20.0]), 0.05, 0.3)
    assert left.tolist() == pytest.approx([100.0, 90.0, 70.0])


def test_coordination_rises_with_digital_adoption_experience_and_boosts():
    p = ModelParams().barriers
    new = coordination(p, np.array([0.0]), np.array([0.0]), np.array([0.0]), np.zeros(1))[0]
    assert new == pytest.approx(p.coordination)
    online = coordination(p, np.array([1.0]), np.array([1.0]), np.array([0.0]), np.zeros(1))[0]
    seasoned = coordination(p, np.array([0.0]), np.array([0.0]), np.array([24.0]), np.zeros(1))
    boosted = coordination(p, np.array([1.0]), np.array([1.0]), np.array([24.0]), np.ones(1))
    assert online == pytest.approx(p.coordination + p.coordination_digital)
    assert seasoned[0] == pytest.approx(p.coordination + p.coordination_experience)
    assert boosted[0] == 1.0  # a chance, capped


def test_a_bank_partner_lends_months_of_value_added():
    line = credit_line(np.array([10.0, 10.0, -5.0]), np.array([True, False, True]), 2.0)
    assert line.tolist() == [20.0, 0.0, 0.0]


def test_reach_borrowed_from_a_partner_lasts_while_the_partner_does():
    model = two_firms(partnership_cost={"cluster": 1.0}, mean_term=1000.0)
    t = model.actors
    run_until(model, lambda m: len(m.ledger.rows_in(State.active)) == 1, months=3)
    t.home_reach[:2] = 0.1
    t.market_reach[0], t.market_reach[1] = 0.1, 0.6
    for _ in range(24):
        model.step()
    kept = t.market_reach[0]
    assert kept > 0.18  # caught up toward its partner and kept it
    model.ledger.end(model.ledger.rows_in(State.active), model.month, 4)
    set_params(model, "search", search_probability=0.0)  # and no new partner
    for _ in range(60):
        model.step()
    assert t.market_reach[0] < kept - 0.05  # without the partner it fades toward its own


def test_partnerships_run_to_their_term_teach_firms_to_hold_more():
    model = two_firms(partnership_cost={"cluster": 1.0}, mean_term=1.0)
    set_params(model, "firms", completed_per_extra_capacity=2, max_extra_capacity=1000)
    t = model.actors
    start = t.capacity[:2].copy()
    model.run(24)
    done = model.partnership_events().query("event == 'ended' and reason == 'term_end'")
    assert len(done) >= 2
    assert (t.completed[:2] == len(done)).all()
    assert (t.capacity[:2] == start + len(done) // 2).all()


def test_experience_adds_capacity_only_up_to_its_limit():
    model = two_firms(partnership_cost={"cluster": 1.0}, mean_term=1.0)
    set_params(model, "firms", completed_per_extra_capacity=1, max_extra_capacity=2)
    start = model.actors.capacity[:2].copy()
    model.run(36)
    assert (model.actors.completed[:2] > 2).all()
    assert (model.actors.capacity[:2] == start + 2).all()
