import numpy as np

from sim.kinds import EndReason
from sim.mechanisms.dissolution import end_reasons, unaffordable


def test_end_reasons_priority_low_trust_then_loss_then_term():
    reason = end_reasons(
        trust_a=np.array([0.2, 0.5, 0.5, 0.5, 0.5]),
        trust_b=np.array([0.5, 0.5, 0.5, 0.5, 0.1]),
        threshold=0.3,
        loss_months=np.array([9, 6, 0, 0, 0]),
        patience=6,
        term_end=np.array([1, 1, 10, 99, 99]),
        month=10,
    )
    assert reason.tolist() == [
        EndReason.low_trust,
        EndReason.unprofitable,
        EndReason.term_end,
        EndReason.none,
        EndReason.low_trust,
    ]


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
