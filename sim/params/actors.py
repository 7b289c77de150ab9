"""Firm and agency parameters."""

from sim.params.base import Frozen, param


class FirmParams(Frozen):
    """Starting distribution of firms (IKM and a few large firms)."""

    large_firm_share: float = param(
        0.002,
        "fraction",
        "Share of the real firms that are large (100+ workers); each is its own agent.",
        ge=0.0,
        le=1.0,
        source="assumption: BPS counts tens of thousands of medium and large industry "
        "establishments (IBS) against 4.5M micro and small ones (IMK 2023); large ones are "
        "a fraction of the IBS, so about 2 in 1,000 firms",
    )
    supplier_share: float = param(
        0.4,
        "fraction",
        "Share of firms at the supplier stage.",
        ge=0.0,
        le=1.0,
        source="assumption: value-chain stages of IKM (seed 004: supplier, processor, distributor)",
    )
    distributor_share: float = param(
        0.2,
        "fraction",
        "Share at the distributor/marketer stage; the rest are processors.",
        ge=0.0,
        le=1.0,
        source="assumption: value-chain stages of IKM (seed 004)",
    )
    workers_per_ikm: float = param(
        2.2,
        "workers per firm",
        "Mean persons engaged per IKM (micro and small) at the start.",
        ge=1.0,
        le=19.0,
        source="BPS IMK: 9.65M workers in 4.21M firms (2020, 2.29) and 9.84M in 4.5M (2023, "
        "2.19); evidence.md section C",
    )
    micro_share: float = param(
        0.8834,
        "fraction of IKM",
        "Share of the IKM that are micro (1-4 workers); the rest are small (5-19).",
        gt=0.0,
        lt=1.0,
        source="Harahap 2014 (J. Sosial Ekonomi Pembangunan) from BPS IMK 2010-2014: micro "
        "88.34% of the firms",
    )
    micro_jobs_share: float = param(
        0.7223,
        "fraction of IKM jobs",
        "Share of the IKM's workers that work in micro firms.",
        gt=0.0,
        lt=1.0,
        source="Harahap 2014 from BPS IMK 2010-2014: micro firms 72.23% of IKM employment",
    )
    large_size_tail_exponent: float = param(
        1.06,
        "Pareto exponent",
        "Tail of large firms' workers (Zipf-like, Axtell 2001).",
        gt=0.5,
        le=5.0,
        source="Axtell 2001 (Science 293): Zipf-like firm sizes, exponent about 1.06",
    )
    max_workers: float = param(
        5000.0,
        "workers",
        "Upper cap of a firm's workers.",
        ge=100.0,
        source="assumption: caps the Pareto tail at the largest plants of a kabupaten",
    )
    value_added_per_worker: float = param(
        6e6,
        "rupiah per worker per month",
        "Mean value added (about 3.6% of GDP over 9.84M IKM workers).",
        gt=0.0,
        source="regions_bps.csv national context: IKM about 3.6% of GDP over 9.84M workers",
    )
    productivity_dispersion: float = param(
        0.4,
        "log sd",
        "Spread of firm productivity.",
        ge=0.0,
        le=3.0,
        source="assumption: within-industry spread of 0.4 log points (Hsieh-Klenow 2009: more)",
    )
    large_productivity_premium: float = param(
        2.0,
        "ratio",
        "Large firms' productivity relative to IKM.",
        gt=0.0,
        le=20.0,
        source="assumption: large plants about twice as productive as IKM",
    )
    capital_per_worker: float = param(
        15e6,
        "rupiah per worker",
        "Starting capital per worker, and the equipment a firm invests towards for each "
        "worker its orders need.",
        gt=0.0,
        source="fitted (kemitraan evidence --fit grant.firms.capital_per_worker, 8 seeds, "
        "grid 8-30 juta) to de Mel, McKenzie & Woodruff (2008)'s return to capital, "
        "4.6-6.0% a month: 15 juta gives 4.1% (12 juta the same, 30 juta 2.8%); a micro "
        "IKM's capital then stays under UU 20/2008's Rp 50 juta ceiling for micro firms",
    )
    unpaid_workers: float = param(
        1.0,
        "workers per IKM",
        "Persons of an IKM paid from its profit, not a wage (the owner; a large firm pays "
        "everyone).",
        ge=0.0,
        le=19.0,
        source="BPS counts the owner and unpaid family workers among an IKM's persons "
        "engaged; the owner's income is the profit (one per firm assumed)",
    )
    cash_months: float = param(
        3.0,
        "months of value added",
        "Starting cash.",
        ge=0.0,
        le=60.0,
        source="assumption: IKM hold a few months of working capital",
    )
    fixed_cost_share: float = param(
        0.35,
        "fraction of starting value added",
        "Monthly fixed costs (rent, upkeep), fixed at entry.",
        ge=0.0,
        lt=1.0,
        source="assumption: rent and upkeep about a third of value added",
    )
    initial_market_reach: float = param(
        0.2,
        "index 0..1",
        "Mean market reach at the start (0 local ... 1 export); Lebak: limited marketing.",
        ge=0.0,
        le=1.0,
        source="seed 003: Lebak IKM sell mostly locally, marketing is limited",
    )
    initial_quality: float = param(
        0.4,
        "index 0..1",
        "Mean product quality at the start.",
        ge=0.0,
        le=1.0,
        source="assumption: middle-low product quality (seed 003: quality and packaging are weak)",
    )
    certified_share: float = param(
        0.05,
        "fraction",
        "Share of firms certified (SNI, halal, export) at the start.",
        ge=0.0,
        le=1.0,
        source="assumption: few IKM hold SNI, halal or export certificates (seed 004)",
    )
    clusters_per_region: int = param(
        10,
        "clusters",
        "Production centres (sentra) per region; same-sector firms in one are `cluster` partners.",
        ge=1,
        le=100_000,
        source="assumption: about ten production centres (sentra) per kabupaten",
    )
    partner_capacity_base: float = param(
        1.0,
        "partnerships",
        "Partner capacity of a one-worker firm.",
        ge=0.0,
        le=100.0,
        source="assumption: a micro firm manages one partnership at a time",
    )
    partner_capacity_per_log_worker: float = param(
        1.0,
        "partnerships per ln(worker)",
        "Capacity growth with size.",
        ge=0.0,
        le=100.0,
        source="assumption: capacity grows with the log of size",
    )
    completed_per_extra_capacity: int = param(
        3,
        "partnerships",
        "A firm can hold one more partnership for every so many it has run to their term.",
        ge=1,
        le=1000,
        source="Anand & Khanna 2000 (SMJ): firms learn to manage alliances with experience; "
        "rate assumed",
    )
    max_extra_capacity: int = param(
        0,
        "partnerships",
        "Most partnerships experience can add to a firm's capacity (0: off; see README).",
        ge=0,
        le=1000,
        source="Anand & Khanna 2000 (SMJ): the gains from alliance experience level off; "
        "off by default: it makes paired runs diverge more (README, measured figures)",
    )


class AgencyParams(Frozen):
    """Agencies (instansi): government offices, associations, NGOs, universities, banks."""

    dinas_share: float = param(
        0.4,
        "fraction",
        "Share of agencies that are dinas.",
        ge=0,
        le=1,
        source="seed 002 (Sumut): government offices lead the inter-agency partnerships",
    )
    association_share: float = param(
        0.2,
        "fraction",
        "Business associations.",
        ge=0,
        le=1,
        source="seed 002: business associations take part alongside government",
    )
    ngo_share: float = param(
        0.15, "fraction", "NGOs.", ge=0, le=1, source="seed 002: NGOs take part in the partnerships"
    )
    university_share: float = param(
        0.15,
        "fraction",
        "Universities and research institutes; the rest are banks.",
        ge=0,
        le=1,
        source="seeds 002 and 004: universities and research institutes as strategic partners",
    )
    annual_budget: float = param(
        2e9,
        "rupiah per year",
        "Programme budget of a non-government agency (dinas share the region's industry_budget).",
        ge=0.0,
        source="assumption: order of a non-government agency's programme budget",
    )
    service_capacity: int = param(
        30,
        "partnerships",
        "Partnerships an agency can serve at once.",
        ge=0,
        le=1_000_000,
        source="assumption: an agency serves a few dozen firms at once",
    )
    service_cost: float = param(
        1e6,
        "rupiah per partnership per month",
        "What serving one partnered firm costs an agency.",
        ge=0.0,
        source="assumption: staff time and transport for one firm a month",
    )
    expertise_premium: float = param(
        1.5,
        "ratio",
        "Agency know-how relative to the region's "
        "mean firm productivity (target of knowledge transfer).",
        gt=0.0,
        le=20.0,
        source="assumption: agencies and universities know half again more than the mean firm",
    )
    government_hierarchy: float = param(
        0.25,
        "culture units",
        "Extra hierarchy of government agencies' culture.",
        ge=0.0,
        le=1.0,
        source="seed 002: government agencies are more hierarchical than private partners",
    )
