"""World size and region parameters."""

from collections.abc import Sequence

from pydantic import Field, field_validator

from sim.params.base import Frozen, ShownText, param


class WorldParams(Frozen):
    """How big the synthetic world is and how many real firms one firm agent stands for."""

    n_regions: int = param(
        3,
        "regions",
        "Number of regions (kabupaten/provinces).",
        ge=1,
        le=1000,
        source="setting: chosen for the run, not a fact about the world",
    )
    n_firms: int = param(
        600,
        "firm agents",
        "Firm agents at the start.",
        ge=1,
        le=5_000_000,
        source="setting: chosen for the run, not a fact about the world",
    )
    n_agencies: int = param(
        12,
        "agencies",
        "Agencies (dinas, associations, NGOs, universities, banks) in all regions together.",
        ge=0,
        le=100_000,
        source="setting: chosen for the run, not a fact about the world",
    )
    scale: float = param(
        1.0,
        "real firms per firm agent",
        "One firm agent stands for `scale` real firms; outputs are reported in real units.",
        ge=1.0,
        le=10_000,
        source="setting: trades speed for detail; outputs are in real units either way",
    )
    months: int = param(
        120,
        "months",
        "Default horizon for `run()` (docs/odd.md §2: 10 years).",
        ge=1,
        le=1200,
        source="docs/odd.md §2: one step is a month, 10 years by default",
    )
    spin_up_months: int = param(
        60,
        "months",
        "Months run with every lever off before month 0, so that the partnership network, "
        "firm sizes, cash and know-how start in their steady state (docs: the spin-up).",
        ge=0,
        le=600,
        source="setting: measured in docs/validation.md (the month-to-month change falls "
        "inside the seed noise after about four years)",
    )
    region_size_spread: float = param(
        0.0,
        "log-normal sigma",
        "How unequal synthetic regions are in size: each region's share of the firms is "
        "log-normal with this spread (0 = firms spread evenly over the regions).",
        ge=0.0,
        le=3.0,
        source="assumption: kabupaten/kota differ in size by a factor of ten and more; "
        "about 1 (the Indonesia scenario) gives such a spread",
    )
    labour_force_per_firm: float = param(
        0.0,
        "persons per real firm",
        "Size each synthetic region to its firms: its labour force is its real firms times "
        "this, and the rest of its economy grows in proportion (0 = every region keeps "
        "the region defaults, drawn around them).",
        ge=0.0,
        le=100_000.0,
        source="setting; for Indonesia, 147.71 million in the labour force / 4.5 million "
        "micro and small manufacturing firms = 32.8 (bps_figures.csv rows "
        "indonesia-2023-labour-force, indonesia-2023-micro-small-manufacturing-units)",
    )
    region_heterogeneity: float = param(
        0.2,
        "relative spread",
        "How much synthetic regions differ from the region defaults (0 = identical).",
        ge=0.0,
        le=0.9,
        source="assumption: synthetic regions differ by about a fifth; calibrate per study",
    )
    sectors: tuple[ShownText, ...] = param(
        ("food", "handicraft", "textile", "agro_processing"),
        "names",
        "Industry sectors; Lebak's sources name handicraft and food, OKU's agro-processing.",
        source="seeds 000 and 003 (Lebak: handicraft, food), 001 (OKU: agro-processing)",
    )


class RegionParams(Frozen):
    """Starting figures of a synthetic region (each region varies around them)."""

    labour_force: float = param(
        300_000.0,
        "persons",
        "Labour force of a region (Lebak 2023: 722,850, regions_bps.csv).",
        ge=1.0,
        le=3e8,
        source="regions_bps.csv: Lebak,2023,labour_force (722,850); default is smaller",
    )
    labour_force_growth: float = param(
        0.015,
        "per year",
        "Growth of the labour force.",
        ge=-0.2,
        le=0.2,
        source="assumption: about 1.5% a year, the order of Indonesia's labour-force growth",
    )
    initial_unemployment_rate: float = param(
        0.07,
        "fraction",
        "Open unemployment rate at the start (Lebak 2022: 8.55%, Indonesia 2023: 5.32%).",
        ge=0.0,
        lt=1.0,
        source="regions_bps.csv: Lebak,2022,open_unemployment_rate (8.55%); Indonesia,2023 (5.32%)",
    )
    rest_of_economy_pdrb: float = param(
        20e12,
        "rupiah per year",
        "PDRB outside the modelled firms (Lebak 2022: Rp 33.47 trillion in all).",
        ge=0.0,
        le=5e16,
        source="regions_bps.csv: Lebak,2022,pdrb (Rp 33.47 trillion in all)",
    )
    rest_of_economy_growth: float = param(
        0.045,
        "per year",
        "Real growth of the rest of the economy (OKU 2016-2019: 4-5.6%).",
        ge=-0.5,
        le=0.5,
        source="regions_bps.csv: OKU 2016-2019 growth 4-5.6% a year",
    )
    natural_unemployment_rate: float | None = param(
        None,
        "fraction",
        "Open unemployment the region's labour market returns to without policy "
        "(default: the starting rate, so it stays where it is).",
        ge=0.0,
        lt=1.0,
        source="setting: the region's recent Sakernas trend (cite the rows), or its starting rate",
    )
    firm_stock_growth: float = param(
        0.02,
        "per year",
        "Trend growth of the number of IKM without policy; entry replaces deaths and adds it.",
        ge=-0.5,
        le=0.5,
        source="BPS IMK: 4.21M micro and small manufacturers (2020) to 4.5M (2023), +2.2% a "
        "year (evidence.md section C)",
    )
    infrastructure: float = param(
        0.5,
        "index 0..1",
        "Roads, internet and logistics; widens market reach and meeting reach.",
        ge=0.0,
        le=1.0,
        source="assumption: a middle value; seeds 000 and 003 describe Lebak's weak roads",
    )
    permit_delay_mean: float = param(
        4.0,
        "months",
        "Mean wait for a permit or formal agreement "
        "(reasoned: several months of dinas procedures).",
        ge=0.0,
        le=120.0,
        source="assumption: months of dinas procedures (seeds 001, 004: bureaucracy)",
    )
    digital_adoption: float = param(
        0.3,
        "fraction 0..1",
        "Mean digital adoption of firms.",
        ge=0.0,
        le=1.0,
        source="assumption: under a third of IKM sell or pay digitally (seed 003)",
    )
    industry_budget: float = param(
        5e9,
        "rupiah per year",
        "APBD for industry support, shared by the region's government agencies.",
        ge=0.0,
        le=1e15,
        source="assumption: order of a kabupaten industry office's programme budget",
    )
    wage: float = param(
        2.5e6,
        "rupiah per worker per month",
        "Monthly wage (order of the kabupaten minimum wage, UMK).",
        gt=0.0,
        source="assumption: order of a kabupaten minimum wage (UMK) in 2022-2024",
    )

    def natural_rate(self) -> float:
        """The rate open unemployment returns to: the given one, or else the starting rate."""
        if self.natural_unemployment_rate is None:
            return self.initial_unemployment_rate
        return self.natural_unemployment_rate


def firm_agents(
    real_firms: Sequence[float], scale: float, large_share: float
) -> tuple[list[int], list[int]]:
    """(IKM agents, large-firm agents) per region.

    Large firms are `large_share` of the real firms, one agent each; the other firms are IKM,
    `scale` real firms to an agent; both rounded to whole agents.
    """
    large = [round(large_share * f) for f in real_firms]
    return [round((f - g) / scale) for f, g in zip(real_firms, large, strict=True)], large


class RegionSpec(RegionParams):
    """A named region of a scenario: its starting figures, firms and agencies.

    Figures not given take the region defaults above. Cite the source of each figure (a row
    of shared/data/regions_bps.csv, or the reasoning behind an assumption) in a comment.
    """

    name: ShownText = Field(min_length=1, max_length=100, description="Region name, e.g. 'Lebak'.")
    province: ShownText | None = Field(
        None,
        min_length=1,
        max_length=100,
        description=(
            "Province the region belongs to, e.g. 'Banten' (default: none; regions without "
            "one count as one province). Strangers are found mostly within the searcher's "
            "province when search.other_province_weight < 1."
        ),
    )
    firms: float = param(
        ...,
        "real firms",
        "Modelled firms (IKM and large) in the region at the start.",
        ge=0.0,
        le=5e7,
        source="scenario figure: cite its regions_bps.csv row in the file",
    )
    agencies: int = param(
        4,
        "agencies",
        "Agencies (dinas, associations, NGOs, ...) in the region.",
        ge=0,
        le=10_000,
        source="assumption: a few offices, associations and institutes per kabupaten",
    )
    pdrb: float | None = param(
        None,
        "rupiah per year",
        "Total PDRB at the start; when given, the rest of the economy is this minus the "
        "modelled firms' value added (replaces rest_of_economy_pdrb).",
        gt=0.0,
        le=5e16,
        source="scenario figure: cite its regions_bps.csv row in the file",
    )
    sector_shares: dict[str, float] | None = param(
        None,
        "fraction per sector",
        "Mix of the region's firms by sector (default: equal).",
        source="assumption: equal shares unless the scenario cites a mix",
    )
    culture: tuple[float, ...] | None = param(
        None,
        "culture units 0..1",
        "Culture profile (hierarchy, formality, risk, collectivism; default 0.5 each).",
        source="assumption: neutral profile unless the scenario argues one",
    )

    @field_validator("sector_shares")
    @classmethod
    def _shares_are_fractions(cls, v: dict[str, float] | None) -> dict[str, float] | None:
        if v is not None and (any(s < 0 for s in v.values()) or sum(v.values()) <= 0):
            raise ValueError(f"sector shares must be >= 0 with a positive total (got {v})")
        return v

    @field_validator("culture")
    @classmethod
    def _culture_in_unit_range(cls, v: tuple[float, ...] | None) -> tuple[float, ...] | None:
        if v is not None and not all(0.0 <= x <= 1.0 for x in v):
            raise ValueError(f"culture values must be within 0..1 (got {list(v)})")
        return v
