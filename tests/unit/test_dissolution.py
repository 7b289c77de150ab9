import numpy as np

from sim.core.kinds import EndReason
from sim.mechanisms.dissolution import end_reasons


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


def test_low_trust_waits_for_the_honeymoon_to_end():
    common = dict(threshold=0.3, loss_months=np.zeros(3), patience=6, term_end=np.full(3, 99))
    low = dict(trust_a=np.full(3, 0.2), trust_b=np.full(3, 0.9))
    reason = end_reasons(**low, **common, month=10, age=np.array([0, 2, 3]), grace=3)
    assert reason.tolist() == [EndReason.none, EndReason.none, EndReason.low_trust]
