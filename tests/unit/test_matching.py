from types import SimpleNamespace

import numpy as np
import pytest

from sim.core.kinds import NO_KIND, ActorKind, AgencyType, Kind, Stage
from sim.mechanisms.matching import accepts, classify_kind, complementarity, expected_gain

F, A = ActorKind.firm, ActorKind.agency
S, P, D = Stage.supplier, Stage.processor, Stage.distributor

# rows: 0-5 firms, 6 dinas (all sectors), 7 university, 8 association of sector 1, 9 dinas R2
TABLE = SimpleNamespace(
    actor_kind=np.array([F, F, F, F, F, F, A, A, A, A]),
    agency_type=np.array(
        [-1] * 6
        + [AgencyType.dinas, AgencyType.university, AgencyType.association, AgencyType.dinas]
    ),
    region=np.array([0, 0, 0, 0, 1, 0, 0, 0, 0, 1]),
    sector=np.array([0, 0, 0, 1, 0, 0, -1, -1, 1, -1]),
    stage=np.array([P, P, P, S, P, D, -1, -1, -1, -1]),
    cluster=np.array([0, 0, 1, 0, 0, 0, -1, -1, -1, -1]),
    large=np.array([False, False, False, False, False, True] + [False] * 4),
    certified=np.array([True] * 10),
)


@pytest.mark.parametrize(
    ("i", "j", "kind"),
    [
        (0, 1, Kind.cluster),  # same sector, stage and centre
        (0, 2, Kind.horizontal),  # same sector and stage, other centre
        (0, 3, Kind.vertical),  # adjacent stages
        (0, 4, Kind.interregional),  # would be cluster, but two regions
        (0, 5, Kind.strategic),  # IKM with a large firm
        (0, 6, Kind.agency),  # firm with a dinas
        (0, 7, Kind.strategic),  # firm with a university
        (0, 8, NO_KIND),  # association of another sector: outside its mandate
        (3, 8, Kind.agency),  # association of the firm's sector
        (6, 7, Kind.agency),  # two agencies
        (6, 9, Kind.interregional),  # agencies of two regions
        (3, 2, Kind.vertical),
        (0, 0, NO_KIND),  # nobody partners itself
    ],
)
def test_classify_kind(i, j, kind):
    assert classify_kind(TABLE, np.array([i]), np.array([j]))[0] == kind
    assert classify_kind(TABLE, np.array([j]), np.array([i]))[0] == kind  # symmetric


def test_strategic_needs_a_certified_ikm_when_required():
    t = SimpleNamespace(**{k: v.copy() for k, v in vars(TABLE).items()})
    t.certified[0] = False
    i, j = np.array([0, 0, 5]), np.array([5, 7, 7])  # IKM-large, IKM-university, large-univ.
    assert classify_kind(t, i, j, needs_certification=False).tolist() == [Kind.strategic] * 3
    # without a certificate: processor-distributor is vertical; the university is an agency
    assert classify_kind(t, i, j, needs_certification=True).tolist() == [
        Kind.vertical,
        Kind.agency,
        Kind.strategic,
    ]


def test_unrelated_firms_have_no_partnership():
    t = SimpleNamespace(**{k: v.copy() for k, v in vars(TABLE).items()})
    t.stage[3] = D  # supplier->distributor of another sector: two stages apart
    assert classify_kind(t, np.array([0, 2]), np.array([3, 3]))[0] == Kind.vertical
    t.stage[0] = S
    t.sector[3] = 2
    assert classify_kind(t, np.array([0]), np.array([3]))[0] == NO_KIND


def test_complementarity_rewards_gaps_or_similarity_by_kind():
    kinds = np.array([Kind.vertical, Kind.vertical, Kind.horizontal, Kind.horizontal])
    prod_i, prod_j = np.array([1.0, 1.0, 1.0, 1.0]), np.array([1.0, np.e, 1.0, 1.0])
    w_i, w_j = np.array([2.0, 2.0, 2.0, 2.0]), np.array([2.0, 2.0, 2.0, 20.0])
    assert complementarity(kinds, prod_i, prod_j, w_i, w_j) == pytest.approx([0.5, 1.0, 1.0, 0.5])


def test_expected_gain_by_hand():
    g = expected_gain(
        np.array([0.05]),
        np.array([10e6]),
        np.array([0.8]),
        np.array([0.5]),
        0.6,
        np.array([0.25]),
        np.array([0.5]),
        np.array([0.2]),
    )
    assert g == pytest.approx([0.05 * 10e6 * 0.8 * 0.7 * 0.75 * 0.5 * 1.2])


def test_acceptance_needs_capacity_cash_and_gain():
    firm = np.array([False] * 4)
    yes = accepts(
        firm,
        gain=np.array([2.0, 2.0, 0.5, 2.0]),
        cost=np.ones(4),
        free_cash=np.array([10.0, 5.0, 10.0, 10.0]),
        committed_cost=np.ones(4),
        cover_months=3.0,
        free_capacity=np.array([1, 1, 1, 0]),
    )
    assert yes.tolist() == [True, False, False, False]


def test_agency_accepts_by_mandate_without_gain():
    yes = accepts(
        np.array([True]),
        np.array([0.0]),
        np.array([1.0]),
        np.array([10.0]),
        np.array([0.0]),
        3.0,
        np.array([1]),
    )
    assert yes.tolist() == [True]


def test_running_total_within_groups_in_order():
    from sim.mechanisms.matching import running_total

    group = np.array([3, 1, 3, -1, 1, 3])
    value = np.array([1.0, 2.0, 4.0, 8.0, 16.0, 32.0])
    assert running_total(group, value, 1e-9).tolist() == [1.0, 2.0, 5.0, 8.0, 18.0, 37.0]


def test_a_groups_running_total_does_not_depend_on_the_other_groups():
    from sim.mechanisms.matching import running_total

    mine = np.array([0.1, 0.1, 0.1])
    group = np.array([5, 2, 5, 2, 5])
    totals = []
    for others in ([123456.7, 3.3], [0.7, 1e-7]):
        value = np.array([mine[0], others[0], mine[1], others[1], mine[2]])
        totals.append(running_total(group, value, 1e-9)[[0, 2, 4]].tolist())
    assert totals[0] == totals[1]  # to the last bit
    assert totals[0] == pytest.approx([0.1, 0.2, 0.3], abs=1e-12)


def test_running_total_matches_a_loop_for_sparse_groups():
    from sim.mechanisms.matching import running_total

    rng = np.random.default_rng(4)
    group = rng.choice([3, 999_999, 40_000, -1], size=500)  # few groups, far apart
    value = rng.integers(0, 1000, 500) * 0.5
    so_far: dict[int, float] = {}
    expected = []
    for g, v in zip(group.tolist(), value.tolist(), strict=True):
        so_far[g] = so_far.get(g, 0.0) + v
        expected.append(so_far[g])
    assert running_total(group, value, 0.5).tolist() == expected
    assert running_total(group[:0], value[:0], 0.5).tolist() == []
