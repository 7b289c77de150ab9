"""The labour market: jobs outside the modelled firms, and how hires are found."""

from sim.params.base import Frozen, param


class LabourParams(Frozen):
    """Employment outside the modelled firms follows the economy; hiring needs matches."""

    employment_elasticity: float = param(
        0.4,
        "% employment per % output",
        "Okun-type link: employment outside the modelled firms moves by this much per percent "
        "the rest of the economy grows above or below its expected growth.",
        ge=0.0,
        le=2.0,
        source="Kapsos (2005), ILO Employment Strategy Paper 2005/12: employment elasticities "
        "of growth in Asia mostly 0.2-0.6; 0.4 assumed for Indonesian kabupaten",
    )
    frictional_unemployment: float = param(
        0.02,
        "fraction of the labour force",
        "Unemployment that hiring cannot absorb (people between jobs, mismatched skills or "
        "places): nobody is hired from below this floor.",
        ge=0.0,
        le=0.5,
        source="Indonesian open unemployment has not fallen below about 3% nationally or 2% in "
        "any province in recent Sakernas rounds; floor assumed at 2%",
    )
    labour_force_growth_sd: float = param(
        0.01,
        "per year",
        "Spread across runs of a region's labour-force growth (each run draws its own), so "
        "that bands carry what the model does not know about it.",
        ge=0.0,
        le=0.2,
        source="assumption: a point a year; kabupaten Sakernas labour forces move by more "
        "from year to year (Lebak 2022-2024: +13.8%, +8.9%, data/bps_figures.csv)",
    )
    unemployment_convergence: float = param(
        0.2,
        "per year",
        "Rate at which open unemployment moves toward the region's natural rate without "
        "policy (the gap shrinks by this share of itself a year, continuously).",
        ge=0.0,
        le=5.0,
        source="assumption: a gap halves in about 3.5 years, the order of Indonesia's "
        "return to its pre-2020 open unemployment over 2021-2024 (Sakernas)",
    )
    matching_efficiency: float = param(
        0.6,
        "matches per month per sqrt(job seeker x vacancy)",
        "Scale of the matching function: hires = min(vacancies, seekers, "
        "efficiency x seekers^e x vacancies^(1-e)).",
        ge=0.0,
        le=10.0,
        source="Petrongolo & Pissarides (2001, J. Econ. Lit. 39): Cobb-Douglas matching; "
        "scale assumed",
    )
    matching_elasticity: float = param(
        0.5,
        "elasticity",
        "Elasticity of hires to job seekers in the matching function.",
        ge=0.0,
        le=1.0,
        source="Petrongolo & Pissarides (2001, J. Econ. Lit. 39): 0.5-0.7",
    )
