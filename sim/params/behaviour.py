"""Barriers, partner search and the firm economy."""

from sim.params.base import Frozen, param
from sim.params.per_kind import PerKind

_COST = PerKind(
    horizontal=1e5, vertical=1.5e5, strategic=3e5, cluster=7.5e4, agency=1e5, interregional=4e5
)
_TRUST = PerKind(
    horizontal=0.5, vertical=0.5, strategic=0.4, cluster=0.6, agency=0.45, interregional=0.35
)
_BENEFIT = PerKind(
    horizontal=0.04, vertical=0.06, strategic=0.08, cluster=0.05, agency=0.05, interregional=0.06
)


class BarrierParams(Frozen):
    """The four barriers: culture, budget, bureaucracy, trust (DESIGN §2)."""

    culture_dimensions: int = param(
        4,
        "dimensions",
        "Length of culture vectors (hierarchy, formality, risk, collectivism).",
        ge=1,
        le=32,
    )
    culture_spread: float = param(
        0.15,
        "culture units (sd)",
        "Spread of actors' culture around their region's profile.",
        ge=0.0,
        le=1.0,
    )
    culture_weight: float = param(
        0.6,
        "fraction",
        "How much culture distance lowers match value and monthly success.",
        ge=0.0,
        le=1.0,
    )
    partnership_cost: PerKind = param(
        _COST,
        "rupiah per side per month",
        "Cost to a firm of one partnership (time, transport, communication).",
    )
    cash_cover_months: float = param(
        3.0,
        "months",
        "Free cash must cover this many months of "
        "partnership costs before a new partner is taken (at "
        "least one, so a budget is never overspent).",
        ge=1.0,
        le=120.0,
    )
    permit_kinds: tuple[str, ...] = param(
        ("agency", "strategic", "interregional"),
        "kinds",
        "Kinds that need a permit or formal agreement.",
    )
    permit_delay_shape: float = param(
        2.0,
        "gamma shape",
        "Dispersion of permit delays (large = every delay equals the mean).",
        gt=0.0,
    )
    permit_abandon_rate: float = param(
        0.05,
        "probability per waiting month",
        "Chance a waiting partnership is abandoned.",
        ge=0.0,
        le=1.0,
    )
    initial_trust: PerKind = param(
        _TRUST, "trust 0..1", "Trust at the start of a first partnership, by kind."
    )
    trust_learning_rate: float = param(
        0.15,
        "weight of one month",
        "Trust update with forgetting: t <- (1-r) t + r outcome (Cowan et al.).",
        ge=0.0,
        le=1.0,
    )
    trust_threshold: float = param(
        0.3,
        "trust 0..1",
        "A partnership ends when either side's trust falls below this.",
        ge=0.0,
        le=1.0,
    )
    coordination: float = param(
        0.9,
        "probability",
        "Chance a month of cooperation succeeds "
        "with full trust and no culture gap (communication, "
        "coordination).",
        ge=0.0,
        le=1.0,
    )
    trust_independent_success: float = param(
        0.5, "fraction", "Part of the success chance that does not depend on trust.", ge=0.0, le=1.0
    )
    interest_divergence: float = param(
        0.3,
        "fraction",
        "Largest cut of match value from differing interests (drawn per pair).",
        ge=0.0,
        le=1.0,
    )
    unprofitable_patience: int = param(
        6,
        "months",
        "Consecutive loss-making months before a partnership ends as unprofitable.",
        ge=1,
        le=1200,
    )
    mean_term: float = param(
        36.0,
        "months",
        "Mean agreed term of a partnership (alliances are unstable: many end within a few years).",
        ge=1.0,
        le=1200.0,
    )
    strategic_needs_certification: bool = param(
        True,
        "yes/no",
        "An IKM needs a certification (SNI, halal, ...) for a strategic partnership with a "
        "large firm or a university.",
    )
    uncertified_reach_cap: float = param(
        0.7,
        "index 0..1",
        "Market reach an uncertified firm cannot exceed (export needs certification).",
        ge=0.0,
        le=1.0,
    )


class SearchParams(Frozen):
    """Bounded partner search and the value of partnering."""

    search_probability: float = param(
        0.1,
        "probability per month",
        "Chance an actor with free capacity searches this month.",
        ge=0.0,
        le=1.0,
    )
    candidates_per_search: int = param(
        4, "candidates", "Candidates a searcher scores (never all pairs).", ge=1, le=100
    )
    memory_share: float = param(
        0.2, "fraction", "Candidates drawn from previous partners.", ge=0.0, le=1.0
    )
    network_share: float = param(
        0.2, "fraction", "Candidates drawn from partners' partners.", ge=0.0, le=1.0
    )
    local_share: float = param(
        0.5,
        "fraction",
        "Candidates from the same region; the rest are random draws anywhere.",
        ge=0.0,
        le=1.0,
    )
    reach_base: float = param(
        0.05,
        "probability",
        "Chance a random candidate in another region can be met at all.",
        ge=0.0,
        le=1.0,
    )
    reach_digital: float = param(
        0.4,
        "probability per unit digital adoption",
        "Extra reach from the searcher's digital adoption.",
        ge=0.0,
        le=1.0,
    )
    reach_infrastructure: float = param(
        0.3,
        "probability per unit infrastructure",
        "Extra reach from the region's infrastructure.",
        ge=0.0,
        le=1.0,
    )
    benefit_rate: PerKind = param(
        _BENEFIT,
        "fraction of value added per month",
        "Benefit of a "
        "successful month (cost sharing, joint orders) as a share of "
        "the smaller partner's value added.",
    )
    knowledge_transfer_rate: float = param(
        0.02,
        "fraction of the gap per month",
        "Productivity of the weaker side moves toward the stronger.",
        ge=0.0,
        le=1.0,
    )
    reach_transfer_rate: float = param(
        0.02,
        "fraction of the gap per month",
        "Market reach of the narrower side moves toward the wider.",
        ge=0.0,
        le=1.0,
    )
    reach_decay: float = param(
        0.03,
        "fraction of the gap per month",
        "Reach gained through partners fades back toward the firm's own (home) reach "
        "unless partners keep it up.",
        ge=0.0,
        le=1.0,
    )
    previous_partner_bonus: float = param(
        0.2,
        "fraction",
        "Extra match value for a previous partner (remembered and preferred).",
        ge=0.0,
        le=1.0,
    )


class EconomyParams(Frozen):
    """Production, employment, entry and exit."""

    capital_elasticity: float = param(
        0.3, "elasticity", "Capital share in Cobb-Douglas output.", ge=0.0, lt=1.0
    )
    depreciation: float = param(0.01, "per month", "Capital depreciation.", ge=0.0, le=1.0)
    investment_share: float = param(0.3, "fraction of profit", "Profit reinvested.", ge=0, le=1)
    demand_volatility: float = param(
        0.08, "log sd per month", "Demand shock of a one-worker firm.", ge=0.0, le=2.0
    )
    volatility_size_exponent: float = param(
        0.2,
        "exponent",
        "Volatility falls as size^-b (Amaral et al. 1997: b about 0.2).",
        ge=0.0,
        le=1.0,
    )
    reach_demand_gain: float = param(
        1.5,
        "demand per unit reach",
        "Demand grows with market reach (local -> export).",
        ge=0.0,
        le=20.0,
    )
    quality_demand_gain: float = param(
        0.5, "demand per unit quality", "Demand grows with quality.", ge=0.0, le=20.0
    )
    labour_adjustment: float = param(
        0.2,
        "fraction of the gap per month",
        "Hiring and firing toward the labour demand.",
        ge=0.0,
        le=1.0,
    )
    exit_after_months: int = param(
        6, "months", "Months of negative cash before a firm exits.", ge=1, le=1200
    )
    entry_rate: float = param(
        0.004, "entrants per firm per month", "Base entry rate.", ge=0.0, le=1.0
    )
    entry_growth_sensitivity: float = param(
        5.0,
        "per unit annual growth",
        "Entry rises with the region's PDRB growth.",
        ge=0.0,
        le=100.0,
    )
    entry_infrastructure_sensitivity: float = param(
        1.0, "per unit infrastructure", "Entry rises with infrastructure.", ge=0.0, le=100
    )
