"""Drawing the starting population of firms and agencies from the parameters."""

import numpy as np

from sim.core.kinds import ActorKind, AgencyType, Stage
from sim.infra.randomness import KeyedSampler
from sim.infra.sorting import stable_order
from sim.mechanisms import firm_sizes
from sim.mechanisms.production import market_multiplier
from sim.params import ModelParams, ParameterError
from sim.world.regions import RegionTable

# where population draws come from: the world's generator at month 0, keyed draws for entrants
Sampler = np.random.Generator | KeyedSampler


def _beta_around(mean: np.ndarray | float, size: int, rng: Sampler) -> np.ndarray:
    """Draws in [0, 1] with the given mean (Beta with first shape 2)."""
    m = np.clip(np.broadcast_to(mean, size), 1e-6, 1 - 1e-6)
    return rng.beta(2.0, 2.0 * (1.0 - m) / m)


def firm_columns(
    p: ModelParams,
    regions: RegionTable,
    region: np.ndarray,
    month: int,
    rng: Sampler,
    large: np.ndarray | None = None,
) -> dict[str, np.ndarray]:
    """Columns for new firms in the given regions (at the start or on entry).

    `large` marks the rows that are large firms (each one real firm, whatever `scale`); the
    others are IKM rows standing for `scale` real firms each. IKM sizes follow the BPS size
    classes; productivity covers the firm's costs at entry (`firm_sizes`).
    """
    f, n = p.firms, len(region)
    large = np.zeros(n, dtype=bool) if large is None else large
    micro, small = firm_sizes.class_means(f.workers_per_ikm, f.micro_share, f.micro_jobs_share)
    ikm = firm_sizes.ikm_workers(rng.random(n), rng.random(n), f.micro_share, micro, small)
    big = 100.0 * np.power(1.0 - rng.random(n), -1.0 / f.large_size_tail_exponent)
    owner = f.unpaid_workers  # beyond the owner, scaled so the stock's sizes are the data's
    ikm = np.maximum(owner + (ikm - owner) * regions.entrant_size[region], 1e-3 * ikm)
    workers = np.minimum(np.where(large, big, ikm), f.max_workers)
    per_worker = _viable_value_added(p, regions.wage[region], workers, large, rng.random(n))
    value_added = per_worker * workers
    capital = f.capital_per_worker * workers
    reach = _beta_around(f.initial_market_reach, n, rng)
    certified = rng.random(n) < f.certified_share
    reach = np.where(certified, reach, np.minimum(reach, p.barriers.uncertified_reach_cap))
    quality = _beta_around(f.initial_quality, n, rng)
    u_stage = rng.random(n)
    stage = np.where(
        u_stage < f.supplier_share,
        Stage.supplier,
        np.where(
            u_stage < f.supplier_share + f.distributor_share, Stage.distributor, Stage.processor
        ),
    )
    multiplier = market_multiplier(
        reach,
        quality,
        regions.infrastructure[region],
        p.economy.reach_demand_gain,
        p.economy.quality_demand_gain,
    )
    return {
        "actor_kind": np.full(n, ActorKind.firm),
        "agency_type": np.full(n, -1),
        "region": region,
        "sector": _draw_sector(regions.sector_shares[region], rng.random(n)),
        "stage": stage,
        "cluster": rng.integers(0, f.clusters_per_region, n),
        "large": large,
        "weight": np.where(large, 1.0, p.world.scale),
        "workers": workers,
        "capital": capital,
        "cash": f.cash_months * value_added,
        "productivity": per_worker / np.power(f.capital_per_worker, p.economy.capital_elasticity),
        "demand": value_added,
        "demand_base": value_added / multiplier,
        "demand_home": value_added / multiplier,
        "entry_productivity": per_worker
        / np.power(f.capital_per_worker, p.economy.capital_elasticity),
        "learned": np.ones(n),
        "practices": np.ones(n),
        "culture_gap": np.ones(n),
        "partner_orders": np.zeros(n),
        "cluster_partners": np.zeros(n),
        "fixed_cost": f.fixed_cost_share * value_added,
        "value_added": value_added,
        "profit": np.zeros(n),
        "investment": np.zeros(n),
        "quality": quality,
        "market_reach": reach,
        "home_reach": reach,
        "digital": _beta_around(regions.digital[region], n, rng),
        "certified": certified,
        "capacity": np.floor(
            f.partner_capacity_base + f.partner_capacity_per_log_worker * np.log(workers)
        ),
        "annual_budget": np.zeros(n),
        "completed": np.zeros(n),
        "negative_cash_months": np.zeros(n),
        "born": np.full(n, month),
        "culture": _culture(regions.culture[region], p.barriers.culture_spread, rng),
    }


def _viable_value_added(
    p: ModelParams, wage: np.ndarray, workers: np.ndarray, large: np.ndarray, u: np.ndarray
) -> np.ndarray:
    """Value added per worker of firms that cover their wages and fixed costs at entry.

    An IKM's owner is paid from profit, so a firm of one covers its costs at any value added.
    """
    f = p.firms
    mean = f.value_added_per_worker * np.where(large, f.large_productivity_premium, 1.0)
    paid = np.where(large, 1.0, np.maximum(workers - f.unpaid_workers, 0.0) / workers)
    break_even = wage * paid / (1.0 - f.fixed_cost_share) / mean
    if np.any(break_even >= 1.0):
        which = (
            " (the large firms: value_added_per_worker x large_productivity_premium)"
            if np.any(break_even[large] >= 1.0)
            else ""
        )
        raise ParameterError(
            f"parameter 'value_added_per_worker' = {f.value_added_per_worker:,.0f}: at a wage of "
            f"{float(np.max(wage)):,.0f} and fixed costs of {f.fixed_cost_share:.0%} of value "
            f"added, the mean firm cannot cover its costs{which}; allowed: value added per "
            "worker above wage / (1 - fixed_cost_share)"
        )
    relative = firm_sizes.viable_productivity(
        u, np.round(break_even, 12), f.productivity_dispersion
    )
    return mean * relative


def agency_columns(
    p: ModelParams,
    regions: RegionTable,
    region: np.ndarray,
    mean_productivity: np.ndarray,
    rng: Sampler,
) -> dict[str, np.ndarray]:
    """Columns for agencies in the given regions; each region gets the agency-type mix."""
    a, n = p.agencies, len(region)
    edges = np.cumsum([a.dinas_share, a.association_share, a.ngo_share, a.university_share])
    rank, count = _rank_within(region, regions.count)
    kind = np.searchsorted(edges, (rank + 0.5) / np.maximum(count, 1), side="right")
    dinas = kind == AgencyType.dinas
    dinas_per_region = np.bincount(region[dinas], minlength=regions.count)
    budget = np.where(
        dinas,
        regions.industry_budget[region] / np.maximum(dinas_per_region[region], 1),
        a.annual_budget,
    )
    culture = _culture(regions.culture[region], p.barriers.culture_spread, rng)
    culture[dinas, 0] = np.minimum(1.0, culture[dinas, 0] + a.government_hierarchy)
    association = kind == AgencyType.association
    zeros = np.zeros(n)
    return {
        "actor_kind": np.full(n, ActorKind.agency),
        "agency_type": kind,
        "region": region,
        "sector": np.where(association, np.arange(n) % len(p.world.sectors), -1),
        "stage": np.full(n, -1),
        "cluster": np.full(n, -1),
        "large": np.zeros(n, bool),
        "weight": np.ones(n),
        "workers": zeros,
        "capital": zeros,
        "cash": budget,
        "productivity": a.expertise_premium * mean_productivity[region],
        "demand": zeros,
        "demand_base": zeros,
        "demand_home": zeros,
        "entry_productivity": a.expertise_premium * mean_productivity[region],
        "learned": np.ones(n),
        "practices": np.ones(n),
        "culture_gap": np.ones(n),
        "partner_orders": zeros,
        "cluster_partners": zeros,
        "fixed_cost": zeros,
        "value_added": zeros,
        "profit": zeros,
        "investment": zeros,
        "quality": zeros,
        "market_reach": zeros,
        "home_reach": zeros,
        "digital": regions.digital[region],
        "certified": np.zeros(n, bool),
        "capacity": np.full(n, a.service_capacity),
        "annual_budget": budget,
        "completed": zeros,
        "negative_cash_months": zeros,
        "born": zeros,
        "culture": culture,
    }


def _rank_within(group: np.ndarray, n_groups: int) -> tuple[np.ndarray, np.ndarray]:
    """Position of each item among its group's items, and its group's size."""
    order = stable_order(group)
    sizes = np.bincount(group, minlength=n_groups)
    starts = np.cumsum(sizes) - sizes
    rank = np.empty(len(group), dtype=np.int64)
    rank[order] = np.arange(len(group)) - starts[group[order]]
    return rank, sizes[group]


def _draw_sector(shares: np.ndarray, u: np.ndarray) -> np.ndarray:
    """Sector index per firm from its region's sector shares (rows) and uniforms."""
    return np.minimum((u[:, None] >= np.cumsum(shares, axis=1)).sum(axis=1), shares.shape[1] - 1)


def _culture(region_profile: np.ndarray, spread: float, rng: Sampler) -> np.ndarray:
    return np.clip(region_profile + spread * rng.standard_normal(region_profile.shape), 0, 1)
