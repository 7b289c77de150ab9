"""The radix ordering is numpy's stable argsort, for every kind of integer key."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from sim.infra.sorting import GroupOrder, stable_order


@given(
    st.lists(st.integers(0, 2**40), max_size=300),
    st.sampled_from([np.int16, np.int32, np.int64, np.uint32, np.uint64]),
    st.sampled_from([1, 300, 70_000, 2**33]),
)
def test_the_order_is_numpys_stable_argsort(values, dtype, bound):
    top = min(bound, np.iinfo(dtype).max)
    keys = (np.array(values, dtype=np.uint64) % np.uint64(top + 1)).astype(dtype)
    assert np.array_equal(stable_order(keys), np.argsort(keys, kind="stable"))


def test_negative_and_float_keys_fall_back_to_argsort():
    for keys in (np.array([3, -1, 3, 0]), np.array([0.5, 0.25, 0.5])):
        assert np.array_equal(stable_order(keys), np.argsort(keys, kind="stable"))
    assert len(stable_order(np.array([], dtype=np.int64))) == 0


def test_a_million_rows_two_passes():
    keys = np.random.default_rng(1).integers(0, 1_000_000, 200_000)
    assert np.array_equal(stable_order(keys), np.argsort(keys, kind="stable"))


def test_a_kept_group_order_is_the_stable_order_as_rows_are_appended_or_regrouped():
    rng = np.random.default_rng(5)
    groups = rng.integers(0, 7, 1_000)
    kept = GroupOrder()
    for _ in range(4):  # rows appended between calls (entrants), in their own groups
        order, in_order = kept.order(groups)
        assert np.array_equal(order, stable_order(groups))
        assert np.array_equal(in_order, groups[order])
        groups = np.concatenate([groups, rng.integers(0, 7, int(rng.integers(0, 50)))])
    groups[3] = (groups[3] + 1) % 7  # an earlier row moved: the order is rebuilt
    assert np.array_equal(kept.order(groups)[0], stable_order(groups))
