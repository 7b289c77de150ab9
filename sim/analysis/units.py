"""Readable units for axes and tables: rupiah in miliar or triliun, persons in thousands."""

from sim.metrics import COUNT, METRIC


def readable(metric: str, lang: str = "en") -> tuple[float, str]:
    """(divisor, axis label) for a metric, from its declaration in `sim.metrics`."""
    display = METRIC[metric].display if metric in METRIC else COUNT
    return display.divisor, display.axis_id if lang == "id" else display.axis_en
