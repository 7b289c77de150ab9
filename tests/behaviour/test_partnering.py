"""Tiny worlds with expected partnership sequences."""

import math

import numpy as np
import pytest

from sim.core.kinds import EndReason, Kind, State
from sim.levers import Policies
from sim.levers.interregional_agreement import InterregionalAgreement
from tests.worlds import run_until, set_params, two_firms


def _active(model):
    return model.ledger.rows_in(State.active)


def test_two_alike_firms_with_cheap_costs_partner_within_a_few_months():
    model = two_firms(partnership_cost={"cluster": 1.0})
    month = run_until(model, lambda m: len(_active(m)) == 1, months=3)
    assert month is not None and month <= 3
    row = _active(model)[0]
    assert model.ledger.kind[row] == Kind.cluster
    assert {int(model.ledger.a[row]), int(model.ledger.b[row])} == {0, 1}
    assert model.actor_agents[0].partners == [1] and model.actor_agents[1].partners == [0]


def test_prohibitive_cost_means_no_partnership():
    model = two_firms(partnership_cost={"cluster": 1e15})
    assert run_until(model, lambda m: m.ledger.n > 0, months=12) is None


@pytest.mark.parametrize("delay", [1, 3, 7])
def test_permit_delay_of_d_months_delays_activation_by_d(delay):
    model = two_firms(
        permit_kinds=("cluster",),
        permit_delay_mean=float(delay),
        permit_delay_shape=1e9,
        partnership_cost={"cluster": 1.0},
    )
    run_until(model, lambda m: m.ledger.n > 0, months=3)
    row = 0
    assert model.ledger.state[row] == State.proposed
    proposed = int(model.ledger.proposed_month[row])
    run_until(model, lambda m: m.ledger.state[row] == State.active, months=delay + 2)
    assert model.ledger.start_month[row] - proposed == delay


def test_repeated_failures_lower_trust_until_the_partnership_ends_low_trust():
    rate, threshold, start_trust = 0.15, 0.3, 0.6
    model = two_firms(
        partnership_cost={"cluster": 1.0},
        initial_trust={"cluster": start_trust},
        trust_learning_rate=rate,
        trust_threshold=threshold,
    )
    run_until(model, lambda m: len(_active(m)) == 1, months=3)
    row = int(_active(model)[0])
    start = model.month
    model.ledger.trust_a[row] = model.ledger.trust_b[row] = start_trust
    set_params(model, "barriers", coordination=0.0)  # from now on every month fails
    seen = []
    while model.ledger.state[row] == State.active:
        model.step()
        seen.append(float(model.ledger.trust_a[row]))
    months = math.ceil(math.log(threshold / start_trust) / math.log(1 - rate))  # 5
    assert seen == pytest.approx([start_trust * (1 - rate) ** k for k in range(1, months + 1)])
    assert model.ledger.end_reason[row] == EndReason.low_trust
    assert model.ledger.end_month[row] == start + months


def test_a_firm_that_cannot_pay_ends_its_partnerships_with_budget():
    model = two_firms(partnership_cost={"cluster": 1.0})
    run_until(model, lambda m: len(_active(m)) == 1, months=3)
    row = int(_active(model)[0])
    model.actors.cash[0] = -1e12  # deep in debt: cannot pay next month's cost
    model.step()
    assert model.ledger.state[row] == State.ended
    assert model.ledger.end_reason[row] == EndReason.budget
    assert model.ledger.end_month[row] == model.month


def test_previous_partners_are_remembered_and_preferred():
    model = two_firms(
        n_firms=6, partnership_cost={"horizontal": 1.0}, memory_share=1.0, local_share=0.0
    )
    model.ledger.memory.remember(np.array([0, 3]), np.array([3, 0]), np.array([0.9, 0.8]))
    model.actors.cluster[: model.actors.n] = np.arange(model.actors.n)  # no cluster partners
    model.step()
    rows = _active(model)
    pairs = {frozenset((int(model.ledger.a[r]), int(model.ledger.b[r]))) for r in rows}
    assert frozenset((0, 3)) in pairs
    row = next(r for r in rows if {int(model.ledger.a[r]), int(model.ledger.b[r])} == {0, 3})
    start_trust = {int(model.ledger.a[row]): 0.9, int(model.ledger.b[row]): 0.8}
    assert model.ledger.kind[row] == Kind.horizontal
    # the trust each side started with is what it remembered (one month of update since)
    r = model.params.barriers.trust_learning_rate
    for side, trust in (
        (model.ledger.a[row], model.ledger.trust_a[row]),
        (model.ledger.b[row], model.ledger.trust_b[row]),
    ):
        before = start_trust[int(side)]
        assert trust == pytest.approx((1 - r) * before) or trust == pytest.approx(
            (1 - r) * before + r
        )


def _bordering_firms(agreement: bool, capacity: int):
    """Six firms in two regions (four and two); an agreement sends every local slot across."""
    policies = Policies(
        interregional_agreement=InterregionalAgreement(
            start=1, intensity=1.0, pairs=(("Region 1", "Region 2"),), search_share=1.0
        )
    )
    model = two_firms(
        n_regions=2,
        n_firms=6,
        partnership_cost={"cluster": 1.0, "interregional": 1.0},
        policies=policies if agreement else None,
    )
    model.actors.capacity[:6] = capacity
    return model.run(24)


def _active_by_kind(model) -> tuple[int, int]:
    rows = model.ledger.rows_in(State.active)
    return len(rows), int((model.ledger.kind[rows] == Kind.interregional).sum())


def test_an_agreement_adds_cross_border_partners_on_top_of_local_ones():
    total, cross = _active_by_kind(_bordering_firms(agreement=False, capacity=6))
    assert (total, cross) == (7, 0)  # every local pair: 6 in the region of four, 1 in the other
    # room for all: four firms with 3 local and 2 cross-border partners, two with 1 and 4
    total, cross = _active_by_kind(_bordering_firms(agreement=True, capacity=6))
    assert cross > 0
    assert total == 7 + cross  # local partnerships kept, cross-border ones come on top


def test_an_agreement_cannot_add_partnerships_to_firms_already_full():
    # capacity one: the first (local) partner fills each firm; the agreement changes nothing
    assert _active_by_kind(_bordering_firms(agreement=True, capacity=1)) == (3, 0)
    assert _active_by_kind(_bordering_firms(agreement=False, capacity=1)) == (3, 0)
