"""The firm economy: production, demand, employment, entry and exit."""

from sim.params.base import Frozen, param


class EconomyParams(Frozen):
    """Production, employment, entry and exit."""

    capital_elasticity: float = param(
        0.3,
        "elasticity",
        "Capital share in Cobb-Douglas output.",
        ge=0.0,
        lt=1.0,
        source="standard capital share of about 0.3 in Cobb-Douglas output",
    )
    depreciation: float = param(
        0.01,
        "per month",
        "Capital depreciation.",
        ge=0.0,
        le=1.0,
        source="assumption: about 12% a year",
    )
    investment_share: float = param(
        0.3,
        "fraction of profit",
        "Profit reinvested.",
        ge=0,
        le=1,
        source="assumption: IKM reinvest about a third of profit",
    )
    demand_volatility: float = param(
        0.08,
        "log sd per month",
        "Demand shock of a one-worker firm.",
        ge=0.0,
        le=2.0,
        source="assumption: monthly demand shocks of a micro firm of about 8%",
    )
    demand_jump_chance: float = param(
        0.1,
        "probability per month",
        "Chance a month brings a lumpy change of orders (a big order won or lost).",
        ge=0.0,
        le=1.0,
        source="Bottazzi & Secchi 2006: growth as lumpy opportunities (tent-shaped rates); "
        "chance assumed",
    )
    demand_jump_size: float = param(
        0.25,
        "log sd",
        "Size of a lumpy change of orders for a one-worker firm.",
        ge=0.0,
        le=3.0,
        source="assumption: a won or lost order moves a micro firm's sales by about a quarter",
    )
    rest_growth_sd: float = param(
        0.008,
        "per year",
        "Spread across runs of the growth of a region's rest of the economy (each run draws "
        "its own); jobs outside the modelled firms move with the surprise (Okun).",
        ge=0.0,
        le=0.2,
        source="data/bps_figures.csv: OKU's PDRB growth 2016-2019 was 3.96, 4.06, 5.00 and "
        "5.64%, a spread of about 0.8 points",
    )
    demand_reversion: float = param(
        0.02,
        "fraction per month",
        "Share of the gap between a firm's demand and its own long-run level closed each "
        "month (0: demand is a random walk and firm sizes spread without end).",
        ge=0.0,
        le=1.0,
        source="assumption: a demand deviation halves in about 3 years (annual persistence "
        "0.78), the order of plant-level demand and productivity persistence in Foster, "
        "Haltiwanger & Syverson 2008 (AER 98); with it the size distribution is stationary",
    )
    ikm_market_growth: float = param(
        0.0,
        "per year",
        "Real growth of an IKM's own market at constant productivity (the regional economy "
        "grows apart from it, in rest_of_economy_growth).",
        ge=-0.5,
        le=0.5,
        source="BPS IMK: workers per firm 2.29 (2020) and 2.19 (2023), so an IKM's market "
        "grew no faster than the labour it needs; 0 assumed",
    )
    displacement: float = param(
        0.58,
        "fraction",
        "Share of an IKM's extra sales, or an extra entrant's, taken from the other IKM of its "
        "region and sector (0: all new demand; 1: the market's total stays put).",
        ge=0.0,
        le=1.0,
        source="fitted with displacement_on_price (kemitraan evidence --fit "
        "permit_reform.economy.displacement=... --fit "
        "permit_reform.economy.displacement_on_price=..., 8 seeds, docs/levers.md) to Bruhn "
        "(2011, 2008): firms +4-5%, employment +2.6-2.8%, prices -0.6 to -1%, incumbents' "
        "income -3.0 to -3.2% (0.58 with 0.3: +4.6, +2.71, -0.62, -3.10, all inside; accepted "
        "0.57-0.59); McKenzie & Puerto 2021 found no loss for competitors of trained Kenyan firms",
    )
    displacement_on_price: float = param(
        0.3,
        "share (of the crowding, in logs)",
        "How much of a crowded market's loss falls on its price rather than on what its IKM "
        "sell (0: all on sales; 1: all on the price, sales kept); partners' orders keep their "
        "price.",
        ge=0.0,
        le=1.0,
        source="fitted with displacement to Bruhn (2011, 2008), whose registration reform "
        "lowered prices 0.6-1% in the eligible industries (0.3: -0.62%; accepted 0.30-0.34)",
    )
    demand_elasticity: float = param(
        3.0,
        "elasticity of substitution",
        "How strongly buyers move to a firm whose price falls (CES demand).",
        ge=1.0,
        le=10.0,
        source="Hsieh & Klenow 2009 (QJE): sigma = 3 for manufacturing plants",
    )
    cost_pass_through: float = param(
        1.0,
        "fraction",
        "Share of a productivity gain passed on as a lower price.",
        ge=0.0,
        le=1.0,
        source="Amiti, Itskhoki & Konings 2019 (REStud): small firms pass cost changes "
        "through almost fully",
    )
    large_cost_pass_through: float = param(
        0.65,
        "fraction",
        "The same for large firms, which keep more of a saving as margin.",
        ge=0.0,
        le=1.0,
        source="Amiti, Itskhoki & Konings 2019 (REStud): large firms pass through about "
        "two thirds of a cost change",
    )
    min_workers: float = param(
        1.0,
        "workers per real firm",
        "An IKM in the market keeps at least its owner at work.",
        ge=0.0,
        le=100.0,
        source="BPS counts the owner among an IKM's persons engaged",
    )
    volatility_size_exponent: float = param(
        0.2,
        "exponent",
        "Volatility falls as size^-b (Amaral et al. 1997: b about 0.2).",
        ge=0.0,
        le=1.0,
        source="Amaral et al. 1997: growth volatility falls as size^-0.2",
    )
    reach_demand_gain: float = param(
        1.5,
        "demand per unit reach",
        "Demand grows with market reach (local -> export).",
        ge=0.0,
        le=20.0,
        source="seeds 001 and 004: wider markets bring larger orders; size assumed",
    )
    quality_demand_gain: float = param(
        0.5,
        "demand per unit quality",
        "Demand grows with quality.",
        ge=0.0,
        le=20.0,
        source="seed 004: better quality sells more; size assumed",
    )
    labour_adjustment: float = param(
        0.2,
        "fraction of the gap per month",
        "Hiring and firing toward the labour demand.",
        ge=0.0,
        le=1.0,
        source="assumption: firms close a fifth of the gap to the labour they need each month",
    )
    exit_after_months: int = param(
        6,
        "months",
        "Months of negative cash before a firm exits.",
        ge=1,
        le=1200,
        source="assumption: half a year with negative cash closes a firm",
    )
    death_rate: float = param(
        0.06,
        "per year",
        "Death hazard of an old IKM of reference size (before the young-firm excess).",
        ge=0.0,
        le=1.0,
        source="McKenzie & Paffhausen 2019 (16 panels, 12 countries): small firms die at "
        "8.2-8.3% a year; 6% for old firms, so that the stock's mean is near 8% with the "
        "young and small excess below and running out of cash",
    )
    young_death_excess: float = param(
        1.0,
        "ratio",
        "Extra death hazard of a newborn firm, fading with age (1: twice the old rate).",
        ge=0.0,
        le=20.0,
        source="Dunne, Roberts & Samuelson 1989 (QJE 104): failure rates fall with plant age; "
        "McKenzie & Paffhausen 2019: younger firms die more; size of the excess assumed",
    )
    young_death_years: float = param(
        2.0,
        "years",
        "How fast the young-firm excess fades (e-folding age).",
        gt=0.0,
        le=50.0,
        source="assumption: most of the excess is gone by age 5 (Dunne, Roberts & Samuelson "
        "1989: failure falls steeply over the first years)",
    )
    death_size_elasticity: float = param(
        0.25,
        "elasticity",
        "Death hazard falls with workers as (workers / 2)^-e.",
        ge=0.0,
        le=3.0,
        source="Dunne, Roberts & Samuelson 1989 (QJE 104): failure rates fall with plant size; "
        "elasticity assumed",
    )
    entry_growth_sensitivity: float = param(
        5.0,
        "per unit annual growth",
        "Entry rises with the region's PDRB growth above its growth at the start.",
        ge=0.0,
        le=100.0,
        source="assumption: entry rises with regional growth",
    )
    entry_infrastructure_sensitivity: float = param(
        1.0,
        "per unit infrastructure",
        "Entry rises with infrastructure above its level at the start.",
        ge=0.0,
        le=100,
        source="assumption: entry rises with infrastructure",
    )
