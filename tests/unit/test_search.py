import numpy as np
import pytest

from sim.mechanisms.search import (
    LOCAL,
    MEMORY,
    NETWORK,
    RANDOM,
    candidate_sources,
    group_lists,
    pick_from_lists,
    pick_from_ranges,
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


def test_reach_grows_with_digital_and_infrastructure():
    u = np.full(3, 0.45)
    same = np.zeros(3, bool)
    no_deal = np.zeros(3, bool)
    reached = within_reach(
        same, u, 0.1, 0.4, np.array([0.0, 1.0, 0.0]), 0.5, np.array([0.0, 0.0, 1.0]), no_deal
    )
    assert reached.tolist() == [False, True, True]
    assert within_reach(same, u, 0.0, 0, np.zeros(3), 0, np.zeros(3), ~no_deal).all()


def test_unique_pairs_drops_repeats_and_self():
    keep = unique_pairs(np.array([1, 2, 1, 3, 4]), np.array([2, 1, 2, 3, 5]))
    assert keep.tolist() == [True, False, False, False, True]


@pytest.mark.parametrize("share", [0.0, 1.0])
def test_degenerate_shares(share):
    codes = candidate_sources(np.linspace(0, 0.999, 50), share, 0.0, 0.0)
    assert set(codes.tolist()) == ({MEMORY} if share == 1.0 else {RANDOM})
