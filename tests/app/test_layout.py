"""The network layout: fixed, separated discs; nodes never move; entrants go to the rim."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from sim.app.layout import NetworkLayout, _rank_within_group


@given(st.lists(st.integers(0, 4), max_size=200))
def test_rank_counts_within_each_group_in_row_order(groups):
    group = np.array(groups, dtype=np.int64)
    rank = _rank_within_group(group)
    for g in set(groups):
        assert rank[group == g].tolist() == list(range(int((group == g).sum())))


@given(st.integers(1, 8), st.integers(1, 300), st.integers(0, 2**16))
def test_regions_are_separate_discs_inside_the_bounds(n_regions, n_actors, seed):
    region = np.random.default_rng(seed).integers(0, n_regions, n_actors)
    layout = NetworkLayout.for_regions(region, n_regions)
    x, y = layout.positions(region)
    distance = np.hypot(x - layout.centres[region, 0], y - layout.centres[region, 1])
    assert distance.max() <= 1.0 + 1e-9  # the largest region just fills its unit disc
    x0, x1, y0, y1 = layout.bounds(0.0)
    assert (x >= x0).all() and (x <= x1).all() and (y >= y0).all() and (y <= y1).all()
    if n_regions > 1:  # centres at least a diameter apart: discs do not overlap
        gaps = np.hypot(*(layout.centres[:, None, :] - layout.centres[None, :, :]).T)
        assert gaps[~np.eye(n_regions, dtype=bool)].min() > 2.0


def test_entrants_leave_earlier_nodes_where_they_were():
    region = np.array([0, 1, 0, 2, 1, 0])
    layout = NetworkLayout.for_regions(region, 3)
    before = np.column_stack(layout.positions(region))
    after = np.column_stack(layout.positions(np.r_[region, [2, 0, 0]]))
    assert np.array_equal(after[: len(region)], before)
    assert len({tuple(p) for p in after.round(9)}) == len(after)  # nobody on top of another
