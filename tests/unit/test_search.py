import numpy as np
import pytest

from sim.infra.sorting import group_lists
from sim.mechanisms.search import (
    LOCAL,
    MEMORY,
    NETWORK,
    RANDOM,
    candidate_sources,
    pick_from_lists,
    pick_from_ranges,
    pick_weighted,
    pick_weighted_by_group,
    stranger_region_weights,
    unique_pairs,
    within_reach,
)


def test_candidate_sources_follow_shares():
    u = np.array([0.0, 0.19, 0.2, 0.39, 0.4, 0.89, 0.9, 0.99])
    assert candidate_sources(u, 0.2, 0.2, 0.5).tolist() == [
        MEMORY,
        MEMORY,
        NETWORK,
        NETWORK,
        LOCAL,
        LOCAL,
        RANDOM,
        RANDOM,
    ]


def test_pick_from_lists_uniform_and_empty():
    indptr = np.array([0, 3, 3, 5])
    items = np.array([10, 11, 12, 20, 21])
    owners = np.array([0, 0, 0, 1, 2, 2])
    u = np.array([0.0, 0.5, 0.999, 0.5, 0.1, 0.9])
    assert pick_from_lists(indptr, items, owners, u).tolist() == [10, 11, 12, -1, 20, 21]


def test_pick_from_ranges_never_leaves_its_range():
    rng = np.random.default_rng(0)
    start = rng.integers(0, 50, 1000)
    stop = start + rng.integers(0, 5, 1000)
    picked = pick_from_ranges(start, stop, np.arange(100), rng.random(1000))
    has = stop > start
    assert np.all((picked[has] >= start[has]) & (picked[has] < stop[has]))
    assert np.all(picked[~has] == -1)


def test_group_lists_groups_members_by_key():
    indptr, members = group_lists(np.array([1, 0, 1, 2]), np.array([7, 8, 9, 10]), 4)
    assert indptr.tolist() == [0, 1, 3, 4, 4]
    assert members.tolist() == [8, 7, 9, 10]


def test_reach_grows_with_digital_infrastructure_and_forums():
    u = np.full(4, 0.45)
    same, zero = np.zeros(4, bool), np.zeros(4)
    digital = np.array([0.0, 1.0, 0.0, 0.0])
    infra = np.array([0.0, 0.0, 1.0, 0.0])
    forum = np.array([0.0, 0.0, 0.0, 0.4])
    reached = within_reach(same, u, 0.1, 0.4, digital, 0.5, infra, forum, zero)
    assert reached.tolist() == [False, True, True, True]


def test_agreement_strength_is_a_floor_on_reach():
    u = np.array([0.2, 0.6])
    zero = np.zeros(2)
    no = within_reach(np.zeros(2, bool), u, 0.0, 0, zero, 0, zero, zero, zero)
    half = within_reach(np.zeros(2, bool), u, 0.0, 0, zero, 0, zero, zero, np.full(2, 0.5))
    assert no.tolist() == [False, False] and half.tolist() == [True, False]


def test_unique_pairs_drops_repeats_and_self():
    keep = unique_pairs(np.array([1, 2, 1, 3, 4]), np.array([2, 1, 2, 3, 5]))
    assert keep.tolist() == [True, False, False, False, True]


@pytest.mark.parametrize("n_actors", [50, 2**31])  # packed into one integer; too big to pack
def test_unique_pairs_keeps_exactly_each_pairs_first_place(n_actors):
    rng = np.random.default_rng(n_actors)
    i = rng.integers(0, 50, 5_000) * (n_actors // 50)
    j = rng.integers(0, 50, 5_000) * (n_actors // 50)
    taken_a = rng.integers(0, 50, 300) * (n_actors // 50)  # pairs already partnered
    taken_b = rng.integers(0, 50, 300) * (n_actors // 50)
    taken = {
        (min(a, b), max(a, b)) for a, b in zip(taken_a.tolist(), taken_b.tolist(), strict=True)
    }
    seen, expected, expected_new = set(), [], []
    for a, b in zip(i.tolist(), j.tolist(), strict=True):
        pair = (min(a, b), max(a, b))
        expected.append(a != b and pair not in seen)
        expected_new.append(expected[-1] and pair not in taken)
        seen.add(pair)
    assert unique_pairs(i, j).tolist() == expected
    assert unique_pairs(i, j, taken_a, taken_b).tolist() == expected_new
    assert 0 < sum(expected_new) < sum(expected)  # the taken pairs did drop some


@pytest.mark.parametrize("share", [0.0, 1.0])
def test_degenerate_shares(share):
    codes = candidate_sources(np.linspace(0, 0.999, 50), share, 0.0, 0.0)
    assert set(codes.tolist()) == ({MEMORY} if share == 1.0 else {RANDOM})


def test_stranger_weights_count_other_provinces_less():
    actors = np.array([10.0, 20.0, 30.0])
    weights = stranger_region_weights(actors, np.array([0, 0, 1]), 0.1)
    assert weights.tolist() == [[10.0, 20.0, 3.0], [1.0, 2.0, 30.0]]
    one = stranger_region_weights(actors, np.zeros(3, dtype=np.int64), 0.1)
    assert one.tolist() == [actors.tolist()]  # one province: the plain weights


def test_each_group_picks_from_its_own_row_of_weights():
    weights = np.array([[1.0, 0.0, 3.0], [0.0, 5.0, 1.0]])
    u = np.random.default_rng(4).random(200)
    group = np.arange(200) % 2
    picked, within = pick_weighted_by_group(weights, group, u)
    for g in (0, 1):
        alone = pick_weighted(weights[g], u[group == g])
        assert np.array_equal(picked[group == g], alone[0])
        assert np.array_equal(within[group == g], alone[1])
    assert not np.any(picked[group == 0] == 1) and not np.any(picked[group == 1] == 0)
