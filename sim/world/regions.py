"""Regional state: one row per region (kabupaten or province)."""

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import special

from sim.infra.randomness import Draws
from sim.params import ModelParams, ParameterError
from sim.params.world import RegionSpec


@dataclass
class RegionTable:
    """Arrays indexed by region; money in rupiah per month unless named per year."""

    name: list[str]
    labour_force: np.ndarray  # persons
    labour_force_growth: np.ndarray  # per year
    rest_pdrb: np.ndarray  # rupiah per month, the economy outside the modelled firms
    rest_growth: np.ndarray  # per year
    other_employment: np.ndarray  # persons employed outside the modelled firms
    infrastructure: np.ndarray  # index 0..1
    permit_delay_mean: np.ndarray  # months
    digital: np.ndarray  # fraction 0..1
    industry_budget: np.ndarray  # rupiah per year
    wage: np.ndarray  # rupiah per worker per month
    culture: np.ndarray  # (regions, culture dimensions)
    sector_shares: np.ndarray  # (regions, sectors), rows sum to 1
    pdrb_at_start: np.ndarray  # rupiah per year; NaN = use rest_pdrb as given
    unemployment_at_start: np.ndarray  # fraction of the labour force
    province: np.ndarray  # index of the region's province; regions without one share one
    firm_stock_growth: np.ndarray  # per year, trend of the number of IKM without policy
    natural_unemployment: np.ndarray  # fraction the open unemployment returns to
    infrastructure_at_start: np.ndarray = None  # type: ignore[assignment]  # set below
    entrant_size: np.ndarray = None  # type: ignore[assignment]  # IKM size multiplier, below
    expected_growth: np.ndarray = None  # type: ignore[assignment]  # rest_growth as planned

    def __post_init__(self) -> None:
        if self.infrastructure_at_start is None:
            self.infrastructure_at_start = self.infrastructure.copy()
        if self.expected_growth is None:
            self.expected_growth = self.rest_growth.copy()
        if self.entrant_size is None:  # set by the spin-up's anchor (sim.monthly.spin_up)
            self.entrant_size = np.ones(len(self.name))

    @property
    def count(self) -> int:
        """Number of regions."""
        return len(self.name)

    def grow_one_month(self) -> None:
        """Exogenous trends: labour force and the rest of the economy grow by monthly rates.

        Employment outside the modelled firms moves with the economy, in
        `sim.monthly.labour_market`.
        """
        self.labour_force = self.labour_force * np.power(1.0 + self.labour_force_growth, 1 / 12)
        self.rest_pdrb = self.rest_pdrb * np.power(1.0 + self.rest_growth, 1.0 / 12.0)


def synthetic_regions(p: ModelParams, rng: np.random.Generator) -> RegionTable:
    """Regions varying around the region defaults by `region_heterogeneity`."""
    n, r, h = p.world.n_regions, p.region, p.world.region_heterogeneity

    def around(value: float) -> np.ndarray:  # positive figures: lognormal spread
        return value * np.exp(h * rng.standard_normal(n))

    def index_around(value: float) -> np.ndarray:  # 0..1 indices: additive spread
        return np.clip(value + 0.5 * h * rng.standard_normal(n), 0.0, 1.0)

    culture = np.clip(
        0.5 + 0.5 * h * rng.standard_normal((n, p.barriers.culture_dimensions)), 0.0, 1.0
    )
    return RegionTable(
        name=[f"Region {k + 1}" for k in range(n)],
        labour_force=around(r.labour_force),
        labour_force_growth=np.full(n, r.labour_force_growth),
        rest_pdrb=around(r.rest_of_economy_pdrb) / 12.0,
        rest_growth=np.full(n, r.rest_of_economy_growth),
        other_employment=np.zeros(n),  # set once the firms' employment is known
        infrastructure=index_around(r.infrastructure),
        permit_delay_mean=around(r.permit_delay_mean),
        digital=index_around(r.digital_adoption),
        industry_budget=around(r.industry_budget),
        wage=np.full(n, r.wage),
        culture=culture,
        sector_shares=np.full((n, len(p.world.sectors)), 1.0 / len(p.world.sectors)),
        pdrb_at_start=np.full(n, np.nan),
        unemployment_at_start=np.full(n, r.initial_unemployment_rate),
        province=np.zeros(n, dtype=np.int64),
        firm_stock_growth=np.full(n, r.firm_stock_growth),
        natural_unemployment=np.full(n, r.natural_rate()),
    )


def regions_from_specs(
    p: ModelParams, specs: Sequence[RegionSpec], rng: np.random.Generator
) -> RegionTable:
    """Named regions with the figures a scenario gives.

    Only a culture profile the scenario leaves out is drawn: around the middle, by
    `region_culture_spread`, so that regions differ.
    """
    sectors, dims = p.world.sectors, p.barriers.culture_dimensions

    def column(name: str) -> np.ndarray:
        return np.array([getattr(s, name) for s in specs], dtype=float)

    shares = np.array(
        [
            [(s.sector_shares or dict.fromkeys(sectors, 1.0)).get(k, 0.0) for k in sectors]
            for s in specs
        ]
    )
    spread = p.barriers.region_culture_spread
    drawn = np.clip(0.5 + spread * rng.standard_normal((len(specs), dims)), 0.0, 1.0)
    culture = np.array([s.culture or tuple(drawn[k]) for k, s in enumerate(specs)], dtype=float)
    if culture.shape[1] != dims:
        raise ParameterError(
            f"regions.culture has {culture.shape[1]} values; allowed: exactly "
            f"barriers.culture_dimensions = {dims}"
        )
    return RegionTable(
        name=[s.name for s in specs],
        labour_force=column("labour_force"),
        labour_force_growth=column("labour_force_growth"),
        rest_pdrb=column("rest_of_economy_pdrb") / 12.0,
        rest_growth=column("rest_of_economy_growth"),
        other_employment=np.zeros(len(specs)),
        infrastructure=column("infrastructure"),
        permit_delay_mean=column("permit_delay_mean"),
        digital=column("digital_adoption"),
        industry_budget=column("industry_budget"),
        wage=column("wage"),
        culture=culture,
        sector_shares=shares / shares.sum(axis=1, keepdims=True),
        pdrb_at_start=np.array([np.nan if s.pdrb is None else s.pdrb for s in specs]),
        unemployment_at_start=column("initial_unemployment_rate"),
        province=_province_index([s.province for s in specs]),
        firm_stock_growth=column("firm_stock_growth"),
        natural_unemployment=np.array([s.natural_rate() for s in specs]),
    )


def _province_index(provinces: Sequence[str | None]) -> np.ndarray:
    """Each region's province as a number, in the order provinces first appear."""
    first: dict[str | None, int] = {}
    return np.array([first.setdefault(p, len(first)) for p in provinces], dtype=np.int64)


def draw_trends(r: RegionTable, p: ModelParams, draws: Draws) -> None:
    """Each run's own labour-force growth and rest-of-economy growth, around the region's.

    Normal draws of sd `labour_force_growth_sd` and `rest_growth_sd`, keyed by region on
    their own stream, so paired runs share them and a lever never moves them. The growth a
    region expects stays the scenario's figure: the difference is a surprise.
    """
    u = draws.uniforms("exogenous", 0, np.arange(r.count, dtype=np.uint64), 2)
    z = special.ndtri(u)
    r.labour_force_growth = r.labour_force_growth + p.labour.labour_force_growth_sd * z[:, 0]
    r.rest_growth = r.rest_growth + p.economy.rest_growth_sd * z[:, 1]
