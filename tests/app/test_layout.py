"""The network layout: round, separate discs laid out by meaning; nodes never move."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from sim.app.layout import (
    AGENCY_GROUP,
    AGENCY_RING,
    NetworkLayout,
    _rank_within_group,
    firm_groups,
)

STAGES, SECTORS = 3, 2
GROUPS = STAGES * SECTORS


def actors(seed: int, n_regions: int, n: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    region = rng.integers(0, n_regions, n)
    stage = rng.integers(-1, STAGES, n)  # -1: an agency
    return region, firm_groups(stage, rng.integers(0, SECTORS, n), SECTORS)


@given(st.lists(st.integers(0, 4), max_size=200))
def test_rank_counts_within_each_group_in_row_order(groups):
    group = np.array(groups, dtype=np.int64)
    rank = _rank_within_group(group)
    for g in set(groups):
        assert rank[group == g].tolist() == list(range(int((group == g).sum())))


@given(st.integers(1, 8), st.integers(1, 300), st.integers(0, 2**16))
def test_regions_are_separate_discs_inside_square_bounds(n_regions, n_actors, seed):
    region, group = actors(seed, n_regions, n_actors)
    layout = NetworkLayout.for_actors(region, group, n_regions, GROUPS)
    x, y = layout.positions(region, group)
    distance = np.hypot(x - layout.centres[region, 0], y - layout.centres[region, 1])
    assert distance.max() <= 1.0 + 1e-9  # every region's actors at the start fill its disc
    x0, x1, y0, y1 = layout.bounds(0.0)
    assert np.isclose(x1 - x0, y1 - y0)  # square: a square plot draws round discs
    assert (x >= x0).all() and (x <= x1).all() and (y >= y0).all() and (y <= y1).all()
    if n_regions > 1:  # centres at least a diameter apart: discs do not overlap
        gaps = np.hypot(*(layout.centres[:, None, :] - layout.centres[None, :, :]).T)
        assert gaps[~np.eye(n_regions, dtype=bool)].min() > 2.0


@given(st.integers(1, 4), st.integers(20, 300), st.integers(0, 2**16))
def test_agencies_sit_in_the_middle_and_firms_in_their_stage_and_sector(n_regions, n, seed):
    region, group = actors(seed, n_regions, n)
    layout = NetworkLayout.for_actors(region, group, n_regions, GROUPS)
    x, y = layout.positions(region, group)
    agency = group == AGENCY_GROUP
    dx, dy = x - layout.centres[region, 0], y - layout.centres[region, 1]
    assert np.allclose(np.hypot(dx, dy)[agency], AGENCY_RING)
    firms = np.flatnonzero(~agency)
    r, g = region[firms], group[firms]
    cx, cy, radius = (layout.cluster[r, g, k] for k in range(3))
    assert (np.hypot(x[firms] - cx, y[firms] - cy) <= radius + 1e-9).all()  # in its cluster
    offset = (np.arctan2(y[firms] - cy, x[firms] - cx) - layout.wedge_start[r, g]) % (2 * np.pi)
    assert (offset <= layout.wedge_width[r, g] + 1e-9).all()  # in its sector's wedge
    off = ~np.eye(STAGES, dtype=bool)
    for k in range(n_regions):  # the three stage clusters stay apart and away from the middle
        clusters = layout.cluster[k, ::SECTORS]
        apart = np.hypot(*(clusters[:, None, :2] - clusters[None, :, :2]).T)
        reach = clusters[:, None, 2] + clusters[None, :, 2]
        assert (apart[off] > reach[off]).all()
        centre_gap = np.hypot(*(clusters[:, :2] - layout.centres[k]).T) - clusters[:, 2]
        assert (centre_gap > AGENCY_RING).all()


def test_the_value_chain_reads_from_left_to_right():
    region = np.zeros(6, dtype=np.int64)
    group = firm_groups(np.array([0, 0, 1, 1, 2, 2]), np.zeros(6, dtype=np.int64), 1)
    layout = NetworkLayout.for_actors(region, group, 1, 3)
    supplier, processor, distributor = layout.cluster[0, :, :2]
    assert supplier[0] < processor[0] < distributor[0]  # left, middle, right
    assert processor[1] > supplier[1] and processor[1] > distributor[1]  # processors on top


def test_entrants_leave_earlier_nodes_where_they_were():
    region = np.array([0, 1, 0, 2, 1, 0])
    group = np.array([0, 1, AGENCY_GROUP, 2, 0, 0])
    layout = NetworkLayout.for_actors(region, group, 3, 3)
    before = np.column_stack(layout.positions(region, group))
    more_region, more_group = np.r_[region, [2, 0, 0, 0]], np.r_[group, [2, 0, 0, AGENCY_GROUP]]
    after = np.column_stack(layout.positions(more_region, more_group))
    assert np.array_equal(after[: len(region)], before)
    assert len({tuple(p) for p in after.round(9)}) == len(after)  # nobody on top of another
