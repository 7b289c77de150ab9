"""Readable units for axes and tables: rupiah in miliar or triliun, persons in thousands."""

RUPIAH_PER_YEAR = {"pdrb"}
RUPIAH = {"investment", "firm_value_added", "policy_spending"}


def readable(metric: str) -> tuple[float, str]:
    """(divisor, axis label) for a metric."""
    if metric in RUPIAH_PER_YEAR:
        return 1e12, "Rp triliun per year"
    if metric in RUPIAH or metric.startswith("policy_spending"):
        return 1e9, "Rp miliar per month"
    if metric in ("employment", "labour_force"):
        return 1e3, "thousand persons"
    if metric == "firm_employment":
        return 1.0, "persons"
    if metric in ("unemployment_rate", "pdrb_growth"):
        return 1.0, "percent"
    if metric.startswith(("mean_trust", "mean_culture", "network_density")):
        return 1.0, "0..1"
    if metric == "mean_permit_delay":
        return 1.0, "months"
    return 1.0, "count"
