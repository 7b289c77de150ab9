"""Regional state: one row per region (kabupaten or province)."""

from dataclasses import dataclass

import numpy as np

from sim.params import ModelParams


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
    agreement: np.ndarray  # (regions, regions) inter-regional cooperation agreements

    @property
    def count(self) -> int:
        """Number of regions."""
        return len(self.name)

    def grow_one_month(self) -> None:
        """Exogenous trends: labour force and the rest of the economy grow by monthly rates."""
        lf_factor = np.power(1.0 + self.labour_force_growth, 1.0 / 12.0)
        self.labour_force = self.labour_force * lf_factor
        self.other_employment = self.other_employment * lf_factor
        self.rest_pdrb = self.rest_pdrb * np.power(1.0 + self.rest_growth, 1.0 / 12.0)


def synthetic_regions(p: ModelParams, rng: np.random.Generator) -> RegionTable:
    """Regions varying around the region defaults by `heterogeneity`."""
    n, r, h = p.world.n_regions, p.region, p.region.heterogeneity

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
        agreement=np.zeros((n, n), dtype=bool),
    )
