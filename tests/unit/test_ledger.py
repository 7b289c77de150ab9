import numpy as np

from sim.core.kinds import EndReason, Kind, State
from sim.world.ledger import NEVER, PartnershipLedger


def _propose(ledger, month, a, b, wait):
    n = len(a)
    return ledger.propose(
        month,
        a=np.array(a),
        b=np.array(b),
        kind=np.full(n, Kind.vertical),
        trust_a=np.full(n, 0.5),
        trust_b=np.full(n, 0.6),
        cost_a=np.ones(n),
        cost_b=np.ones(n),
        permit_wait=np.array(wait),
        term_end=np.full(n, 99),
        culture_distance=np.zeros(n),
        weight=np.ones(n),
    )


def test_propose_activates_at_once_without_a_permit():
    led = PartnershipLedger(capacity=1)  # forces growth
    rows = _propose(led, 3, [0, 1, 2], [1, 2, 3], [0, 2, 0])
    assert led.state[rows].tolist() == [State.active, State.proposed, State.active]
    assert led.start_month[rows].tolist() == [3, NEVER, 3]
    led.activate(rows[1:2], 5)
    assert led.start_month[1] == 5 and led.state[1] == State.active


def test_end_records_reason_and_memory_of_active_only():
    led = PartnershipLedger()
    rows = _propose(led, 1, [0, 2], [1, 3], [0, 4])
    led.end(rows, 7, EndReason.low_trust)
    assert led.end_month[rows].tolist() == [7, 7]
    assert led.memory.of(0) == {1: 0.5} and led.memory.of(1) == {0: 0.6}
    assert led.memory.of(2) == {}  # never active: nothing to remember
    led.end(rows, 9, EndReason.budget)  # ending twice changes nothing
    assert led.end_month[rows].tolist() == [7, 7]
    assert led.end_reason[rows].tolist() == [EndReason.low_trust] * 2


def test_partner_counts_and_adjacency_are_symmetric():
    led = PartnershipLedger()
    _propose(led, 1, [0, 0, 1], [1, 2, 2], [0, 0, 3])
    assert led.partner_counts(4).tolist() == [2, 2, 2, 0]
    indptr, partners = led.active_adjacency(4)
    lists = [sorted(partners[indptr[k] : indptr[k + 1]].tolist()) for k in range(4)]
    assert lists == [[1, 2], [0], [0], []]


def test_rows_by_state_follow_every_change_of_state():
    led = PartnershipLedger(capacity=2)
    first = _propose(led, 1, [0, 1, 2], [1, 2, 3], [0, 2, 0])
    assert led.rows_in(State.active).tolist() == [0, 2]  # asked now: the answer is kept
    assert led.rows_in(State.proposed).tolist() == [1]
    assert led.open_rows().tolist() == [0, 1, 2]
    _propose(led, 2, [3], [4], [0])  # grows the columns too
    assert led.rows_in(State.active).tolist() == [0, 2, 3]
    led.activate(first[1:2], 3)
    assert led.rows_in(State.active).tolist() == [0, 1, 2, 3]
    assert led.rows_in(State.proposed).tolist() == []
    led.end(np.array([0, 3]), 4, EndReason.low_trust)
    assert led.rows_in(State.active).tolist() == [1, 2]
    assert led.open_rows().tolist() == [1, 2]
    assert led.rows_in(State.ended).tolist() == [0, 3]
    assert led.partner_counts(5).tolist() == [0, 1, 2, 1, 0]


def test_kept_rows_cannot_be_changed_in_place():
    led = PartnershipLedger()
    _propose(led, 1, [0, 1], [1, 2], [0, 0])
    rows = led.rows_in(State.active)
    with np.testing.assert_raises(ValueError):
        rows[0] = 1  # a caller's edit would corrupt what the next caller reads
    assert led.rows_in(State.active).tolist() == [0, 1]
