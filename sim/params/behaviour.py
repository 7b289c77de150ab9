"""Barriers and partner search (the firm economy: `sim.params.economy`)."""

from sim.barriers.budget import BudgetParams
from sim.barriers.bureaucracy import BureaucracyParams
from sim.barriers.coordination import CoordinationParams
from sim.barriers.culture import CultureParams
from sim.barriers.trust import TrustParams
from sim.params.base import Frozen, param
from sim.params.economy import EconomyParams
from sim.params.per_kind import BenefitRate


class BarrierParams(
    CultureParams, BudgetParams, BureaucracyParams, TrustParams, CoordinationParams
):
    """The four barriers (docs/odd.md §7.9; one module each in `sim.barriers`), and interests."""

    interest_divergence: float = param(
        0.3,
        "fraction",
        "Largest cut of match value from differing interests (drawn per pair).",
        ge=0.0,
        le=1.0,
        source="seed 004: differing interests lower a partnership's value; size assumed",
    )
    unprofitable_patience: int = param(
        6,
        "months",
        "Consecutive loss-making months before a partnership ends as unprofitable.",
        ge=1,
        le=1200,
        source="assumption: half a year of losses ends a partnership",
    )
    mean_term: float = param(
        36.0,
        "months",
        "Mean agreed term of a partnership (alliances are unstable: many end within a few years).",
        ge=1.0,
        le=1200.0,
        source="alliance durations: about 7 years on average for large firms' alliances "
        "(Bleeke & Ernst 1995, HBR 73(1)); joint-venture dissolution hazards (Kogut 1989, "
        "J. Ind. Econ. 38(2); Park & Ungson 1997, AMJ 40(2)); IKM partnerships, mostly "
        "informal supply arrangements, assumed shorter: 3 years, constant hazard",
    )
    strategic_needs_certification: bool = param(
        True,
        "yes/no",
        "An IKM needs a certification (SNI, halal, ...) for a strategic partnership with a "
        "large firm or a university.",
        source="seed 004: large buyers and exporters require certified suppliers",
    )
    uncertified_reach_cap: float = param(
        0.7,
        "index 0..1",
        "Market reach an uncertified firm cannot exceed (export needs certification).",
        ge=0.0,
        le=1.0,
        source="seed 004: export markets need certification; cap assumed",
    )


class SearchParams(Frozen):
    """Bounded partner search and the value of partnering."""

    search_probability: float = param(
        0.1,
        "probability per month",
        "Chance an actor with free capacity searches this month.",
        ge=0.0,
        le=1.0,
        source="assumption: one actor in ten with free capacity looks for a partner each month",
    )
    candidates_per_search: int = param(
        4,
        "candidates",
        "Candidates a searcher scores (never all pairs).",
        ge=1,
        le=100,
        source="docs/odd.md §7.2: bounded search, a few candidates per searcher",
    )
    memory_share: float = param(
        0.2,
        "fraction",
        "Candidates drawn from previous partners.",
        ge=0.0,
        le=1.0,
        source="docs/odd.md §7.9: previous partners are remembered and preferred; share assumed",
    )
    network_share: float = param(
        0.2,
        "fraction",
        "Candidates drawn from partners' partners.",
        ge=0.0,
        le=1.0,
        source="assumption: a fifth of candidates come through partners' partners",
    )
    local_share: float = param(
        0.5,
        "fraction",
        "Candidates from the same region; the rest are random draws anywhere.",
        ge=0.0,
        le=1.0,
        source="shared/data/README.md: most partnering is informal and local; share assumed",
    )
    other_province_weight: float = param(
        1.0,
        "fraction",
        "How much a region of another province counts, against one of the searcher's own "
        "province of the same size, when the region of a random candidate is drawn (1: no "
        "preference; regions without a province all count as one province).",
        ge=0.0,
        le=1.0,
        source="assumption: no preference unless the scenario argues one",
    )
    reach_base: float = param(
        0.05,
        "probability",
        "Chance a random candidate in another region can be met at all.",
        ge=0.0,
        le=1.0,
        source="assumption: a stranger elsewhere is rarely met without help",
    )
    reach_digital: float = param(
        0.4,
        "probability per unit digital adoption",
        "Extra reach from the searcher's digital adoption.",
        ge=0.0,
        le=1.0,
        source="seed 003: digital marketing widens who a firm meets; size assumed",
    )
    reach_infrastructure: float = param(
        0.3,
        "probability per unit infrastructure",
        "Extra reach from the region's infrastructure.",
        ge=0.0,
        le=1.0,
        source="seeds 000, 001: roads and logistics limit cooperation; size assumed",
    )
    benefit_rate: BenefitRate = param(
        BenefitRate(),
        "fraction of value added per month",
        "Benefit of a "
        "successful month (cost sharing, joint orders) as a share of "
        "the smaller partner's value added.",
        source="assumption: per kind (KindSpec in sim/core/kinds.py); seed 004 lists the benefits",
    )
    cluster_cost_saving: float = param(
        0.05,
        "fraction of fixed costs per partnership",
        "Fixed costs (premises, transport, marketing) a cluster partnership shares.",
        ge=0.0,
        le=1.0,
        source="seed 004: cluster (sentra) partners pool marketing and logistics; size assumed",
    )
    cluster_cost_saving_max: float = param(
        0.3,
        "fraction of fixed costs",
        "Most of its fixed costs a firm can share through cluster partners.",
        ge=0.0,
        le=1.0,
        source="assumption: sharing never removes more than a third of fixed costs",
    )
    upgrade_chance: float = param(
        0.03,
        "probability per good month",
        "Chance a good month of a strategic partnership brings the IKM a product upgrade.",
        ge=0.0,
        le=1.0,
        source="seeds 002, 004: partnerships with large firms and universities bring "
        "innovation; chance assumed",
    )
    upgrade_step: float = param(
        0.2,
        "share of the quality gap",
        "Quality gained by an upgrade (productivity: `upgrade_know_how`).",
        ge=0.0,
        le=1.0,
        source="assumption: an upgrade closes a fifth of the gap to top quality",
    )
    upgrade_know_how: float = param(
        0.5,
        "productivity share per unit of quality",
        "Know-how an upgrade brings, relative to its quality step (0.5: productivity rises by "
        "half the quality step, in relative terms).",
        ge=0.0,
        le=2.0,
        source="assumption: a better product needs better know-how, at half the pace",
    )
    knowledge_transfer_rate: float = param(
        0.02,
        "fraction of the gap per month",
        "Productivity of the weaker side moves toward the stronger.",
        ge=0.0,
        le=1.0,
        source="seed 004: partnerships transfer technology and skills; rate assumed",
    )
    learning_ceiling: float = param(
        0.5,
        "fraction above the firm's own productivity",
        "Most a firm's productivity can rise through what it learns from partners "
        "(absorptive capacity): learning stops at (1 + this) times its own.",
        ge=0.0,
        le=10.0,
        source="Cohen & Levinthal (1990), absorptive capacity; Blalock & Gertler (2008, "
        "J. Int. Econ. 74) find Indonesian suppliers of foreign buyers gain productivity by "
        "a fraction, not a multiple; ceiling assumed",
    )
    knowledge_depreciation: float = param(
        0.02,
        "fraction per month",
        "Share of the know-how learned from partners that is lost each month unless "
        "partners renew it (organisational forgetting).",
        ge=0.0,
        le=1.0,
        source="Argote, Beckman & Epple 1990 (Management Science 36): knowledge acquired "
        "through experience depreciates quickly; 2% a month (about a fifth a year) assumed",
    )
    reach_transfer_rate: float = param(
        0.02,
        "fraction of the gap per month",
        "Market reach of the narrower side moves toward the wider.",
        ge=0.0,
        le=1.0,
        source="seed 004: partnerships widen market access; rate assumed",
    )
    reach_decay: float = param(
        0.03,
        "fraction of the gap per month",
        "Reach gained through partners fades back toward the firm's own (home) reach "
        "unless partners keep it up.",
        ge=0.0,
        le=1.0,
        source="assumption: borrowed market access fades without the partner",
    )
    previous_partner_bonus: float = param(
        0.2,
        "fraction",
        "Extra match value for a previous partner (remembered and preferred).",
        ge=0.0,
        le=1.0,
        source="assumption: a known partner is worth a fifth more",
    )


__all__ = ["BarrierParams", "EconomyParams", "SearchParams"]
