"""The nine policy levers as a scenario states them: when, for whom, how strong, what budget.

Every lever has `start`/`end` months, `targets`, an `intensity` in 0..1 (0 = the lever does
nothing) and an optional `budget` cap; the lever stops when its budget is spent. The other
numbers say what the lever does and costs at intensity 1.
"""

from typing import Literal, Self

from pydantic import Field, model_validator

from sim.params.base import Frozen, param
from sim.params.per_kind import KindName

SizeName = Literal["micro", "small", "medium", "large"]
ActorName = Literal["firm", "agency"]


class Targets(Frozen):
    """Who a lever reaches; an empty list means everyone."""

    regions: tuple[str, ...] = Field((), description="Region names.")
    sectors: tuple[str, ...] = Field((), description="Sector names.")
    kinds: tuple[KindName, ...] = Field((), description="Partnership kinds (cost levers).")
    sizes: tuple[SizeName, ...] = Field((), description="Firm size classes (BPS).")
    actors: tuple[ActorName, ...] = Field(("firm",), description="Firms and/or agencies.")


class Lever(Frozen):
    """What every lever has."""

    start: int = param(
        1,
        "month",
        "First month in force.",
        ge=1,
        le=1200,
        source="setting: chosen for the run, not a fact about the world",
    )
    end: int | None = param(
        None,
        "month",
        "Last month in force (default: to the end).",
        ge=1,
        source="setting: chosen for the run, not a fact about the world",
    )
    intensity: float = param(
        0.5,
        "fraction 0..1",
        "Strength (0 = no effect).",
        ge=0.0,
        le=1.0,
        source="setting: chosen for the run, not a fact about the world",
    )
    budget: float | None = param(
        None,
        "rupiah",
        "Spending cap over the lever's life (default: none).",
        ge=0.0,
        source="setting: the programme's cap, from its budget document",
    )
    targets: Targets = Targets()

    @model_validator(mode="after")
    def _start_before_end(self) -> Self:
        if self.end is not None and self.start > self.end:
            raise ValueError(f"start month {self.start} is after end month {self.end}")
        return self


class TaxIncentive(Lever):
    """Partnership costs deductible from tax: relief = intensity x cost, for tax-paying firms."""


class Grant(Lever):
    """Co-finances a share (intensity) of partnership costs and pays per new partnership."""

    per_partnership: float = param(
        5e6,
        "rupiah per new partnership",
        "One-off payment to each firm side.",
        ge=0.0,
        source="assumption: Rp 5 juta per firm side, the order of a small IKM grant",
    )


class PermitReform(Lever):
    """Cuts the mean permit delay by `intensity` (one-stop service, online permits)."""

    cost_per_month: float = param(
        200e6,
        "rupiah per month per region",
        "Running the reformed service.",
        ge=0.0,
        source="assumption: staff and systems of a one-stop service (PTSP)",
    )


class Infrastructure(Lever):
    """Roads, internet and logistics: raises the region's infrastructure index over time."""

    gain_per_year: float = param(
        0.05,
        "index per year",
        "Infrastructure gained per year of the gap to 1.",
        ge=0.0,
        le=1.0,
        source="assumption: a programme closes 5% of the infrastructure gap a year",
    )
    cost_per_year: float = param(
        200e9,
        "rupiah per year per region",
        "Capital spending.",
        ge=0.0,
        source="assumption: order of a kabupaten's road and network capital spending",
    )


class BusinessForum(Lever):
    """Meetings and matchmaking (temu bisnis): more searching and a wider reach."""

    extra_search: float = param(
        1.0,
        "relative",
        "Extra chance to search for partners (1 = twice as often).",
        ge=0.0,
        source="seeds 000, 002: forums (temu bisnis) bring partners together; size assumed",
    )
    extra_reach: float = param(
        0.3,
        "probability",
        "Extra chance to meet a candidate in another region.",
        ge=0.0,
        le=1.0,
        source="seed 001: forums across kabupaten widen who meets; size assumed",
    )
    extra_coordination: float = param(
        0.05,
        "probability",
        "Better coordination of participants' partnerships (they meet and talk more).",
        ge=0.0,
        le=1.0,
        source="seeds 000, 002: forums improve communication between partners; size assumed",
    )
    cost_per_participant: float = param(
        50e3,
        "rupiah per participant per month",
        "Running the forum.",
        ge=0.0,
        source="assumption: venue, travel and organisers per participant",
    )
    targets: Targets = Targets(actors=("firm", "agency"))


class Training(Lever):
    """Management and skills training: closes culture gaps and raises productivity."""

    culture_convergence_per_year: float = param(
        0.3,
        "share of the gap per year",
        "Culture moves toward the region's profile.",
        ge=0,
        le=1,
        source="seed 004: training and joint activities align working cultures; rate assumed",
    )
    productivity_gain_per_year: float = param(
        0.03,
        "relative per year",
        "Productivity growth of trained firms.",
        ge=0.0,
        le=1.0,
        source="seed 003: skills training raises IKM productivity; size assumed",
    )
    cost_per_firm_year: float = param(
        2e6,
        "rupiah per firm per year",
        "Trainers.",
        ge=0.0,
        source="assumption: trainers and materials per firm",
    )


class Digitalisation(Lever):
    """Digital platforms and e-commerce: adoption, search reach and market reach."""

    adoption_per_year: float = param(
        0.2,
        "share of the gap per year",
        "Digital adoption gained.",
        ge=0.0,
        le=1.0,
        source="seed 003: digitalisation programmes for Lebak IKM; rate assumed",
    )
    reach_gain_per_year: float = param(
        0.02,
        "share of the gap per year",
        "Market reach gained (kept: online sales are the firm's own reach).",
        ge=0.0,
        le=1.0,
        source="seed 003: marketplaces widen markets; rate assumed",
    )
    cost_per_firm_year: float = param(
        1e6,
        "rupiah per firm per year",
        "Support.",
        ge=0.0,
        source="assumption: platform support per firm",
    )


class Certification(Lever):
    """Certification support (SNI, halal, PIRT): quality and eligibility (strategic, export)."""

    certified_per_year: float = param(
        0.2,
        "share of uncertified firms per year",
        "Firms certified.",
        ge=0.0,
        le=1.0,
        source="assumption: a programme certifies a fifth of the remaining firms a year",
    )
    quality_gain: float = param(
        0.2,
        "share of the quality gap",
        "Quality gained on certification.",
        ge=0.0,
        le=1.0,
        source="seed 004: certification raises product quality; size assumed",
    )
    cost_per_certificate: float = param(
        5e6,
        "rupiah per certificate",
        "Fees, audit.",
        ge=0.0,
        source="assumption: fees and audit of an SNI or halal certificate",
    )


class InterregionalAgreement(Lever):
    """Kerja sama antar daerah: firms of the paired regions can meet (chance = intensity)."""

    pairs: tuple[tuple[str, str], ...] = Field(
        ...,
        min_length=1,
        description="Pairs of region names, e.g. [[OKU, OKU Timur]].",
        json_schema_extra={
            "unit": "region names",
            "source": "setting: the regions that signed the agreement (seed 001: OKU)",
        },
    )
    search_share: float = param(
        0.3,
        "fraction",
        "Chance a searcher's local candidate comes with one more from the partner region.",
        ge=0.0,
        le=1.0,
        source="seed 001: OKU's agreements redirect part of the search; share assumed",
    )
    permit_cut: float = param(
        0.5,
        "fraction",
        "Cut of the permit delay of partnerships across the pair.",
        ge=0,
        le=1,
        source="seed 001: agreements streamline cross-border procedures; size assumed",
    )
    cost_per_month: float = param(
        50e6,
        "rupiah per month per pair",
        "Secretariat and meetings.",
        ge=0.0,
        source="assumption: secretariat and meetings of a joint agreement",
    )


class Policies(Frozen):
    """The levers of a scenario (each at most once; absent = not used)."""

    tax_incentive: TaxIncentive | None = None
    grant: Grant | None = None
    permit_reform: PermitReform | None = None
    infrastructure: Infrastructure | None = None
    business_forum: BusinessForum | None = None
    training: Training | None = None
    digitalisation: Digitalisation | None = None
    certification: Certification | None = None
    interregional_agreement: InterregionalAgreement | None = None


LEVER_NAMES: tuple[str, ...] = tuple(Policies.model_fields)
