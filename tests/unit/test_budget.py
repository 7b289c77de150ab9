import numpy as np

from sim.barriers.budget import covers, unaffordable


def test_unaffordable_keeps_most_trusted_within_cash():
    # actor 0 has cash 5 and three partnerships costing 3, 2, 2 with trust .9, .1, .5
    actor = np.array([0, 0, 0, 1])
    cost = np.array([3.0, 2.0, 2.0, 1.0])
    trust = np.array([0.9, 0.1, 0.5, 0.5])
    cash = np.array([5.0, 100.0])
    assert unaffordable(actor, cost, trust, cash).tolist() == [False, True, False, False]


def test_negative_cash_drops_everything():
    mask = unaffordable(
        np.array([0, 0]), np.array([1.0, 1.0]), np.array([0.5, 0.6]), np.array([-3.0])
    )
    assert mask.tolist() == [True, True]


def test_nothing_to_drop_with_empty_holdings():
    assert unaffordable(np.zeros(0, int), np.zeros(0), np.zeros(0), np.ones(3)).tolist() == []


def test_cash_must_cover_the_months_of_all_costs_with_the_new_one():
    cash, committed, cost = np.array([30.0, 29.0, 30.0]), np.array([5.0, 5.0, 0.0]), 5.0
    assert covers(cash, committed, np.full(3, cost), 3.0).tolist() == [True, False, True]
