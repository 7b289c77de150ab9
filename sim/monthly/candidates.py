"""Step 2, who is met: one candidate per search slot.

From memory, the network, the region or anywhere within reach; the scoring and acceptance
are `sim.monthly.partner_search`.
"""

import numpy as np

from sim.mechanisms import search as rules
from sim.world.state import World


def draw_candidates(
    w: World, owners: np.ndarray, u: np.ndarray
) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray]]:
    """One candidate per slot from memory, the network, the region or anywhere; -1 if none.

    Under an inter-regional agreement a local slot may also bring a candidate from the
    partner region, on top: returned as (slots, their extra candidates).
    """
    s = w.params.search
    source = rules.candidate_sources(u[0], s.memory_share, s.network_share, s.local_share)
    picked = np.full(len(owners), -1, dtype=np.int64)
    mem, net = source == rules.MEMORY, source == rules.NETWORK
    picked[mem] = _from_memory(w, owners[mem], u[1][mem])
    picked[net] = _from_network(w, owners[net], u[1][net], u[2][net])
    local = (source == rules.LOCAL) | (picked < 0) & (source != rules.RANDOM)
    by_region = w.alive_by_region()
    picked[local], extra = _from_the_region(w, by_region, owners[local], u[2][local], u[3][local])
    extra_slots = np.flatnonzero(local)[extra[0]]
    far = np.flatnonzero(source == rules.RANDOM)
    picked[far] = _strangers(w, by_region, owners[far], u[2][far], u[3][far])
    return picked, (extra_slots, extra[1])


def _from_memory(w: World, owners: np.ndarray, u: np.ndarray) -> np.ndarray:
    """A previous partner of each owner (-1 for an owner with none)."""
    memory = w.ledger.memory
    start, stop = memory.lists(owners)
    return rules.pick_from_ranges(start, stop, memory.partners(), u)


def _from_network(w: World, owners: np.ndarray, u: np.ndarray, u_next: np.ndarray) -> np.ndarray:
    """A partner's partner of each owner (-1 for an owner without partners)."""
    indptr, partners = w.ledger.active_adjacency(w.actors.n)
    first = rules.pick_from_lists(indptr, partners, owners, u)
    second = rules.pick_from_lists(indptr, partners, np.maximum(first, 0), u_next)
    return np.where(first >= 0, second, -1)


def _from_the_region(
    w: World,
    by_region: tuple[np.ndarray, np.ndarray],
    owners: np.ndarray,
    u: np.ndarray,
    u_across: np.ndarray,
) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray]]:
    """Anyone alive in each owner's region, and someone of the partner region on top.

    The second only under an inter-regional agreement: (picked, (which owners, their extra
    candidates)). `by_region`: `World.alive_by_region()`.
    """
    region_ptr, region_members = by_region
    home = w.actors.region[owners]
    picked = rules.pick_from_lists(region_ptr, region_members, home, u)
    agreement = w.effects.agreement_search  # (regions, regions): per region, not per slot
    partner_region = np.argmax(agreement, axis=1)
    partner = partner_region[home]
    strength = agreement[np.arange(len(agreement)), partner_region][home]
    across = u_across < strength
    within = np.where(across, u_across / np.maximum(strength, 1e-300), 0.0)
    extra = rules.pick_from_lists(region_ptr, region_members, partner[across], within[across])
    return picked, (np.flatnonzero(across), extra)


def _strangers(
    w: World,
    by_region: tuple[np.ndarray, np.ndarray],
    owners: np.ndarray,
    u: np.ndarray,
    u_reach: np.ndarray,
) -> np.ndarray:
    """A stranger for each owner; -1 where out of reach.

    A region by its share of the actors at the start (less if it lies in another province),
    then anyone alive there, met if the owner's reach allows.
    """
    s, t = w.params.search, w.actors
    region_ptr, region_members = by_region
    weights = rules.stranger_region_weights(
        w.actors_at_start, w.regions.province, s.other_province_weight
    )
    province = w.regions.province[t.region[owners]]
    region, within = rules.pick_weighted_by_group(weights, province, u)
    picked = rules.pick_from_lists(region_ptr, region_members, region, within)
    found = np.flatnonzero(picked >= 0)
    ro, rc = t.region[owners[found]], t.region[picked[found]]
    reached = rules.within_reach(
        ro == rc,
        u_reach[found],
        s.reach_base,
        s.reach_digital,
        t.digital[owners[found]],
        s.reach_infrastructure,
        w.regions.infrastructure[ro],
        w.effects.reach_boost[owners[found]],
        w.effects.agreement[ro, rc],
    )
    picked[found[~reached]] = -1
    return picked
