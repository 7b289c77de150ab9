"""The app's views as ECharts options: the charts with a baseline line, and all views at once.

The server sends only these small dictionaries; the browser draws them (ECharts ships with
Solara's offline assets). Matplotlib took about a second per month for the six views, and
Vega (Altair) is fetched from a CDN that a workshop room may not reach.
"""

import math
from typing import Any

import numpy as np

from sim.analysis.units import readable
from sim.app.chart_look import DESK, KIND_COLOURS, PROJECTOR, Look, Option, legend
from sim.app.network_chart import LAYOUT_MARGIN, network_chart
from sim.app.workshop import Workshop
from sim.core.calendar import month_date

__all__ = [
    "DESK",
    "PROJECTOR",
    "Option",
    "gap_chart",
    "kinds_chart",
    "line_chart",
    "network_chart",
    "views",
]

LEVER_COLOUR = "#1f77b4"
BASELINE_STYLE = {"color": "#4d4d4d", "opacity": 0.9, "width": 2, "type": "dashed"}  # without
SIGNIFICANT_DIGITS = 5  # values sent to the browser
BAND_COLOUR = "#1f77b4"  # the range of the gap across seeds
BAND_AREA = {"color": BAND_COLOUR, "opacity": 0.25}


def _round(values: np.ndarray) -> list[float | None]:
    """Values with a few significant digits; NaN (no data that month) as a gap."""
    out: list[float | None] = []
    for v in values.tolist():
        if math.isnan(v):
            out.append(None)
        elif v == 0:
            out.append(0.0)
        else:
            digits = SIGNIFICANT_DIGITS - 1 - math.floor(math.log10(abs(v)))
            out.append(round(v, digits))
    return out


def _x(month: int, start: str | None) -> int | str:
    """A point's x: the month, or for a dated scenario its first day (ECharts time axis)."""
    return int(month) if start is None else f"{month_date(start, int(month))}-01"


def _axes_and_title(
    title: str, text: dict[str, str], horizon: int, start: str | None = None, look: Look = DESK
) -> Option:
    x_axis: Option = (
        {
            "type": "value",
            "name": text["month"],
            "min": 0,
            "max": horizon,
            "axisPointer": {"label": {"formatter": f"{text['month']} {{value}}", "precision": 0}},
        }
        if start is None
        else {"type": "time", "name": text["date"], "min": _x(0, start), "max": _x(horizon, start)}
    )
    axis_text = {"fontSize": look.axis}
    return {
        "animation": False,
        "title": {"text": title, "textStyle": {"fontSize": look.title}},
        "tooltip": {"trigger": "axis", "textStyle": {"fontSize": look.legend}},
        "grid": look.grid(),
        "legend": legend(look),
        "xAxis": {
            **x_axis,
            "nameLocation": "middle",
            "nameGap": look.axis + 12,
            "nameTextStyle": axis_text,
            "axisLabel": axis_text,
        },
        "yAxis": {"type": "value", "scale": True, "axisLabel": axis_text},
    }


def line_chart(
    metric: str,
    with_levers: np.ndarray,
    baseline: np.ndarray,
    title: str,
    text: dict[str, str],
    horizon: int,
    start: str | None = None,
    look: Look = DESK,
) -> Option:
    """A metric by month: a strong line with the levers, a dashed line without them.

    A dated scenario (`start`, YYYY-MM) is drawn on a calendar axis.
    """
    divisor, _ = readable(metric)
    months = np.arange(len(with_levers))

    def series(name: str, values: np.ndarray, style: dict[str, Any]) -> Option:
        points = [
            [_x(int(m), start), v] for m, v in zip(months, _round(values / divisor), strict=True)
        ]
        return {
            "name": name,
            "type": "line",
            "data": points,
            "showSymbol": False,
            "lineStyle": style,
            "itemStyle": {"color": style["color"]},
        }

    option = {
        **_axes_and_title(title, text, horizon, start, look),
        "series": [
            series(text["baseline"], baseline, BASELINE_STYLE),
            series(text["with_levers"], with_levers, {"color": LEVER_COLOUR, "width": 2.5}),
        ],
    }
    empty = bool(np.all(np.isnan(with_levers)) and np.all(np.isnan(baseline)))  # no partners
    # always sent (text or none): the browser merges a month's options into the last ones
    option["graphic"] = {
        "id": "empty",
        "type": "text",
        "left": "center",
        "top": "middle",
        "style": {
            "text": text["no_partnerships"] if empty else "",
            "fontSize": look.legend + 4,
            "fill": "#666",
        },
    }
    option["yAxis"] = {**option["yAxis"], "show": not empty}
    return option


def kinds_chart(
    kinds: dict[str, tuple[np.ndarray, np.ndarray]],
    text: dict[str, str],
    horizon: int,
    start: str | None = None,
    look: Look = DESK,
) -> Option:
    """Active partnerships of each kind by month; dashed lines of the same colour: baseline.

    A kind's two lines share its legend entry (same name), so clicking it hides both.
    """
    series = []
    for kind, colour in KIND_COLOURS.items():
        styles: tuple[dict[str, Any], dict[str, Any]] = (
            {"width": 2},
            {"width": 2, "opacity": BASELINE_STYLE["opacity"], "type": "dashed"},
        )
        for counts, style in zip(kinds[kind.name], styles, strict=True):
            series.append(
                {
                    "name": text[f"kind_{kind.name}"],
                    "type": "line",
                    "showSymbol": False,
                    "data": [[_x(m, start), v] for m, v in enumerate(_round(counts))],
                    "lineStyle": {"color": colour, **style},
                    "itemStyle": {"color": colour},
                }
            )
    return {**_axes_and_title(text["kinds"], text, horizon, start, look), "series": series}


def gap_chart(
    gaps: np.ndarray,
    text: dict[str, str],
    horizon: int,
    start: str | None = None,
    look: Look = DESK,
) -> Option:
    """The levers' jobs effect by month: this simulation's gap, and the range across seeds.

    `gaps` is (simulations, months + 1), this simulation first; with more than one row the
    band from the lowest to the highest gap is drawn behind this simulation's line, up to the
    last month every simulation has reached (NaN: not yet).
    """
    months = [_x(m, start) for m in range(gaps.shape[1])]

    def line(values: np.ndarray) -> list[list[Any]]:
        return [[m, v] for m, v in zip(months, _round(values), strict=True)]

    this = {
        "name": text["gap_this"],
        "type": "line",
        "showSymbol": False,
        "data": line(gaps[0]),
        "lineStyle": {"color": LEVER_COLOUR, "width": 2.5},
        "itemStyle": {"color": LEVER_COLOUR},
        "markLine": {
            "silent": True,
            "symbol": "none",
            "data": [{"yAxis": 0}],
            "lineStyle": {"color": "#222", "type": "solid", "width": 1},
            "label": {"show": False},
        },
    }
    series: list[Option] = []
    if len(gaps) > 1:
        low, high = gaps.min(axis=0), gaps.max(axis=0)
        band = text["gap_band"].format(n=len(gaps))
        for values, area in ((low, {}), (high - low, {"areaStyle": BAND_AREA})):
            series.append(  # a stacked pair: an invisible floor, the band's height on top
                {
                    "name": band,
                    "type": "line",
                    "stack": "band",
                    "stackStrategy": "all",  # stack onto a negative floor too
                    "showSymbol": False,
                    "data": line(values),
                    "lineStyle": {"opacity": 0},
                    "itemStyle": {"color": BAND_COLOUR},
                    "tooltip": {"show": False},
                    **area,
                }
            )
    return {**_axes_and_title(text["gap"], text, horizon, start, look), "series": [*series, this]}


def views(
    workshop: Workshop,
    colour_by: str,
    text: dict[str, str],
    lines: tuple[tuple[str, str], ...],
    look: Look = DESK,
    network_height: int = 560,
    lang: str = "en",
    links: str = "grouped",
) -> dict[str, Option]:
    """Every view of a run: "network", "kinds", "gap", and a line chart per (metric, text key)."""
    start, horizon = workshop.model.start, workshop.horizon
    options = {
        "network": network_chart(
            workshop.network(),
            colour_by,
            text,
            workshop.layout.bounds(LAYOUT_MARGIN),
            look,
            network_height,
            lang,
            links,
        ),
        "kinds": kinds_chart(workshop.kinds(), text, horizon, start, look),
        "gap": gap_chart(workshop.gaps(), text, horizon, start, look),
    }
    for metric, key in lines:
        options[key] = line_chart(
            metric, *workshop.series(metric), text[key], text, horizon, start, look
        )
    return options
