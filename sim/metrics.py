"""The metrics recorded each month, with their units (DESIGN §6)."""

from sim.kinds import EndReason, Kind
from sim.params.policies import LEVER_NAMES

TOTAL = "ALL"  # region label of the totals

METRIC_UNITS: dict[str, str] = {
    "pdrb": "rupiah per year (monthly value added x 12: rest of economy + modelled firms)",
    "pdrb_growth": "percent per year (vs 12 months earlier; annualised since month 0 before)",
    "firm_value_added": "rupiah per month (modelled firms only)",
    "employment": "persons employed (rest of economy + modelled firms)",
    "firm_employment": "persons employed by the modelled firms",
    "labour_force": "persons",
    "unemployment_rate": "percent of the labour force (open unemployment)",
    "investment": "rupiah per month (firms' investment + capital of entrants)",
    "firms": "real firms in the market",
    "firm_entries": "real firms entering this month",
    "firm_exits": "real firms exiting this month",
    "partnerships_active": "real partnerships active at the end of the month",
    **{f"partnerships_active_{k.name}": f"real {k.name} partnerships active" for k in Kind},
    "partnerships_waiting": "real partnerships waiting for a permit",
    "partnerships_formed": "real partnerships that became active this month",
    "partnerships_ended": "real partnerships that ended this month (any reason)",
    **{
        f"partnerships_ended_{r.name}": f"real partnerships ended this month: {r.name}"
        for r in EndReason
        if r != EndReason.none
    },
    "mean_trust": "mean of both sides' trust over active partnerships, 0..1 (NaN if none)",
    "mean_culture_distance": "mean culture distance of active partners, 0..1 (NaN if none)",
    "mean_permit_delay": "mean permit delay drawn this month, months (NaN if none)",
    "network_density": "active partnerships / possible pairs among alive agents, 0..1",
    "policy_spending": "rupiah spent this month by all policy levers",
    **{
        f"policy_spending_{name}": f"rupiah spent this month by the {name} lever"
        for name in LEVER_NAMES
    },
}

METRICS: tuple[str, ...] = tuple(METRIC_UNITS)
INDEX = {name: k for k, name in enumerate(METRICS)}
