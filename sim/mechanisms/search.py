"""Bounded partner search: each searcher draws a few candidates, never all pairs (docs/odd.md §7.2).

Sources, in order of preference: previous partners, partners' partners, the same region,
then random draws anywhere, which succeed across regions only within the searcher's reach.
"""

import numpy as np

from sim.infra.sorting import first_of_runs

MEMORY, NETWORK, LOCAL, RANDOM = 0, 1, 2, 3


def candidate_sources(
    u: np.ndarray, memory_share: float, network_share: float, local_share: float
) -> np.ndarray:
    """Source code of each candidate slot from uniforms."""
    edges = np.cumsum([memory_share, network_share, local_share])
    return np.searchsorted(edges, u, side="right").astype(np.int8)


def pick_from_lists(
    indptr: np.ndarray, items: np.ndarray, owners: np.ndarray, u: np.ndarray
) -> np.ndarray:
    """A uniform pick from each owner's list in CSR form; -1 where the list is empty."""
    return pick_from_ranges(indptr[owners], indptr[owners + 1], items, u)


def pick_from_ranges(
    start: np.ndarray, stop: np.ndarray, items: np.ndarray, u: np.ndarray
) -> np.ndarray:
    """A uniform pick from items[start:stop] for each (start, stop); -1 where empty."""
    length = stop - start
    pos = start + np.minimum((u * length).astype(np.int64), np.maximum(length - 1, 0))
    picked = np.full(len(start), -1, dtype=np.int64)
    has = length > 0
    picked[has] = items[pos[has]]
    return picked


def within_reach(
    same_region: np.ndarray,
    u: np.ndarray,
    reach_base: float,
    reach_digital: float,
    digital: np.ndarray,
    reach_infrastructure: float,
    infrastructure: np.ndarray,
    extra_reach: np.ndarray,
    agreement: np.ndarray,
) -> np.ndarray:
    """Whether a candidate can be met at all.

    A stranger in another region is met with probability base + digital + infrastructure +
    extra (a business forum) terms, capped at 1, or at least with the strength of an
    inter-regional agreement between the two regions.
    """
    reach = np.minimum(
        1.0,
        reach_base + reach_digital * digital + reach_infrastructure * infrastructure + extra_reach,
    )
    return same_region | (u < np.maximum(reach, agreement))


def unique_pairs(
    i: np.ndarray,
    j: np.ndarray,
    taken_a: np.ndarray | None = None,
    taken_b: np.ndarray | None = None,
) -> np.ndarray:
    """Mask keeping the first occurrence of each unordered pair, dropping self-pairs.

    Pairs among the taken ones (`taken_a[k]`, `taken_b[k]`: pairs already partnered) are
    dropped too.
    """
    lo, hi = np.minimum(i, j).astype(np.int64), np.maximum(i, j).astype(np.int64)
    keep = np.zeros(len(i), dtype=bool)
    if len(i) == 0:
        return keep
    if taken_a is None or taken_b is None:
        taken_a = taken_b = np.zeros(0, dtype=np.int64)
    taken_lo, taken_hi = np.minimum(taken_a, taken_b), np.maximum(taken_a, taken_b)
    n_actors = int(max(hi.max(), taken_hi.max(initial=0))) + 1
    actor_bits, place_bits = (n_actors - 1).bit_length(), len(i).bit_length()
    smallest = min(int(lo.min()), int(taken_lo.min(initial=0)))
    if smallest >= 0 and 2 * actor_bits + place_bits <= 63:
        # pair and place in one integer (a taken pair at place 0, the candidates from 1):
        # one plain sort puts each pair's first place first
        candidates = (lo * n_actors + hi) << place_bits | np.arange(1, len(i) + 1)
        taken = (taken_lo.astype(np.int64) * n_actors + taken_hi) << place_bits
        packed = np.sort(np.concatenate([candidates, taken]))
        place = packed[first_of_runs(packed >> place_bits)] & ((1 << place_bits) - 1)
        keep[place[place > 0] - 1] = True
    else:  # too many actors to pack: sort the pairs, keeping places in order
        key = lo << 32 | hi
        _, at = np.unique(key, return_index=True)
        keep[at] = True
        keep &= ~np.isin(key, taken_lo.astype(np.int64) << 32 | taken_hi)
    return keep & (i != j)


def pick_weighted(weights: np.ndarray, u: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A group for each uniform, with chance in proportion to `weights`, and a fresh uniform.

    The second uniform is where `u` fell inside its group's share, rescaled to (0, 1), so one
    draw both chooses the group and a member of it.
    """
    total = float(np.sum(weights))
    if total <= 0 or len(weights) == 0:  # nobody to pick: the first group, empty
        return np.zeros(len(u), dtype=np.int64), u
    edges = np.cumsum(weights) / total
    group = np.minimum(np.searchsorted(edges, u, side="right"), len(weights) - 1)
    low = np.where(group > 0, edges[group - 1], 0.0)
    within = (u - low) / np.maximum(edges[group] - low, 1e-300)
    return group, np.clip(within, 0.0, 1.0 - 1e-12)


def stranger_region_weights(
    actors_at_start: np.ndarray, province: np.ndarray, other_province_weight: float
) -> np.ndarray:
    """(provinces, regions): how much each region counts for a searcher of each province.

    A region counts by its actors at the start; one in another province also by
    `other_province_weight` (1: anywhere alike).
    """
    own = province[None, :] == np.arange(int(province.max(initial=0)) + 1)[:, None]
    return actors_at_start[None, :] * np.where(own, 1.0, other_province_weight)


def pick_weighted_by_group(
    weights: np.ndarray, group: np.ndarray, u: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """`pick_weighted` with each uniform's own row of `weights` (its group's weights)."""
    picked, within = np.zeros(len(u), dtype=np.int64), np.zeros(len(u))
    for g in np.unique(group):
        mine = group == g
        picked[mine], within[mine] = pick_weighted(weights[g], u[mine])
    return picked, within
