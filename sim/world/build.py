"""Building a model's starting world: regions, agencies, firms, and the labour market."""

from collections.abc import Sequence

import numpy as np

from sim.infra.randomness import Draws
from sim.monthly.spin_up import Anchor, spin_up
from sim.params import ModelParams, ParameterError
from sim.params.world import RegionSpec, firm_agents
from sim.world.ledger import PartnershipLedger
from sim.world.population import agency_columns, firm_columns
from sim.world.regions import draw_trends, regions_from_specs, synthetic_regions
from sim.world.state import World
from sim.world.tables import ActorTable


def build_world(p: ModelParams, specs: Sequence[RegionSpec] | None, draws: Draws) -> World:
    """Regions (synthetic, or named in a scenario), then agencies and firms in them."""
    rng = draws.generator("world")
    regions = synthetic_regions(p, rng) if specs is None else regions_from_specs(p, specs, rng)
    draw_trends(regions, p, draws)
    actors = ActorTable(p.barriers.culture_dimensions, p.world.n_firms + p.world.n_agencies)
    if specs is None:
        firm_region = _synthetic_firm_regions(p, regions.count, rng)
        large = rng.random(p.world.n_firms) < _large_agent_share(p)
        agency_region = np.arange(p.world.n_agencies) % regions.count
    else:
        ikm, big = firm_agents([s.firms for s in specs], p.world.scale, p.firms.large_firm_share)
        firm_region = np.repeat(np.tile(np.arange(regions.count), 2), ikm + big)
        large = np.repeat([False, True], [sum(ikm), sum(big)])
        agency_region = np.repeat(np.arange(regions.count), [s.agencies for s in specs])
    firms = firm_columns(p, regions, firm_region, 0, rng, large)
    firms["born"] = -_starting_ages(p, len(firm_region), rng)
    total = np.bincount(firm_region, weights=firms["productivity"], minlength=regions.count)
    counts = np.bincount(firm_region, minlength=regions.count)
    # agencies in a region without firms take the know-how of the mean firm anywhere
    overall = firms["productivity"].mean() if len(firm_region) else 1.0
    mean = np.where(counts > 0, total / np.maximum(counts, 1), overall)
    actors.add(len(agency_region), **agency_columns(p, regions, agency_region, mean, rng))
    actors.add(len(firm_region), **firms)
    at_start = np.bincount(actors.region[: actors.n], minlength=regions.count)
    world = World(p, regions, actors, PartnershipLedger(), draws, at_start.astype(float))
    if specs is None and p.world.labour_force_per_firm > 0:
        _size_regions_to_firms(world, firm_region, large)
    _settle_labour_market(world)
    _settle_rest_of_economy(world)
    anchor = Anchor(world)
    spin_up(world, p.world.spin_up_months, anchor)
    if p.world.spin_up_months:  # the region's month-0 figures, with the settled firms
        _settle_labour_market(world)
        _settle_rest_of_economy(world)
    return world


def _starting_ages(p: ModelParams, n: int, rng: np.random.Generator) -> np.ndarray:
    """Ages in months of the starting firms.

    Exponential, as a stock whose old firms die at `death_rate` and which grows at its
    trend would have them (the spin-up then settles the young-firm excess).
    """
    rate = p.economy.death_rate + p.region.firm_stock_growth
    return np.floor(-np.log1p(-rng.random(n)) * 12.0 / max(rate, 1e-3)).astype(np.int64)


def _synthetic_firm_regions(p: ModelParams, n_regions: int, rng: np.random.Generator) -> np.ndarray:
    """The region of each synthetic firm agent: evenly, or log-normal region sizes."""
    spread = p.world.region_size_spread
    if spread == 0.0:
        return rng.integers(0, n_regions, p.world.n_firms)
    share = np.exp(spread * rng.standard_normal(n_regions))
    return rng.choice(n_regions, size=p.world.n_firms, p=share / share.sum())


def _size_regions_to_firms(w: World, firm_region: np.ndarray, large: np.ndarray) -> None:
    """Each region's labour force from its real firms; the rest of its economy in proportion.

    Never less than the firms' own jobs at the starting unemployment rate: a region of a few
    firm agents may hold one that employs more than its share of persons.
    """
    p, regions = w.params, w.regions
    real = np.bincount(
        firm_region, weights=np.where(large, 1.0, p.world.scale), minlength=regions.count
    )
    jobs = w.firm_employment() / (1.0 - regions.unemployment_at_start)
    labour_force = np.maximum(np.maximum(real * p.world.labour_force_per_firm, jobs), 1.0)
    regions.rest_pdrb = regions.rest_pdrb * labour_force / regions.labour_force
    regions.labour_force = labour_force


def _large_agent_share(p: ModelParams) -> float:
    """Chance a synthetic firm agent is a large firm.

    So that large firms are `large_firm_share` of the real firms: a large agent is one firm,
    an IKM agent `scale` firms.
    """
    share, scale = p.firms.large_firm_share, p.world.scale
    return share * scale / (1.0 - share + share * scale) if share < 1.0 else 1.0


def _settle_labour_market(m: World) -> None:
    """Employment outside the modelled firms fills the employed labour force."""
    r = m.regions
    jobs = m.firm_employment()
    r.other_employment = r.labour_force * (1.0 - r.unemployment_at_start) - jobs
    short = np.flatnonzero(r.other_employment < 0)
    if len(short):
        k = int(short[0])
        raise ParameterError(
            f"parameter 'labour_force' = {r.labour_force[k]:,.0f} in {r.name[k]}: the firms "
            f"there employ {jobs[k]:,.0f} persons, more than its employed labour force; "
            "allowed: a labour force large enough for the region's firms"
        )


def _settle_rest_of_economy(m: World) -> None:
    """Where a region's total PDRB is given, the rest of the economy is what firms don't make."""
    r = m.regions
    given = ~np.isnan(r.pdrb_at_start)
    if not given.any():
        return
    t = m.actors
    firm_va = np.bincount(
        t.region[: t.n],
        weights=t.value_added[: t.n] * m.is_alive_firm() * t.weight[: t.n],
        minlength=r.count,
    )
    rest = r.pdrb_at_start / 12.0 - firm_va
    bad = np.flatnonzero(given & (rest < 0))
    if len(bad):
        k = int(bad[0])
        raise ParameterError(
            f"parameter 'pdrb' = {r.pdrb_at_start[k]:,.0f} in {r.name[k]}: less than the "
            f"modelled firms' value added ({12 * firm_va[k]:,.0f} rupiah per year); allowed: a "
            "PDRB at least that large"
        )
    r.rest_pdrb = np.where(given, rest, r.rest_pdrb)
