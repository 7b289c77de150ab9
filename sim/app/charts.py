"""The app's views as ECharts options: the live network and the charts with a baseline line.

The server sends only these small dictionaries; the browser draws them (ECharts ships with
Solara's offline assets). Matplotlib took about a second per month for the six views, and
Vega (Altair) is fetched from a CDN that a workshop room may not reach.
"""

import math
from typing import Any

import numpy as np
import seaborn as sns
from matplotlib.colors import to_hex

from sim.analysis.units import readable
from sim.app.workshop import NetworkView, Workshop
from sim.calendar import month_date
from sim.kinds import Kind

Option = dict[str, Any]

KIND_COLOURS = dict(zip(Kind, sns.color_palette("tab10", len(Kind)).as_hex(), strict=True))
ACTOR_COLOURS = {"firm": "#4c72b0", "agency": "#dd8452"}
LEVER_COLOUR = "#1f77b4"
BASELINE_STYLE = {"color": "#4d4d4d", "opacity": 0.9, "width": 2, "type": "dashed"}  # without
NODE_SIZE = {"firm": 4, "agency": 9}  # pixels
EDGE_STYLE = {"width": 1, "opacity": 0.55}
SIGNIFICANT_DIGITS = 5  # values sent to the browser
LAYOUT_MARGIN = 0.1  # layout units around the network
LARGE = {"large": True, "largeThreshold": 200}  # batch drawing for series of many items


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
    title: str, text: dict[str, str], horizon: int, start: str | None = None
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
    return {
        "animation": False,
        "title": {"text": title, "textStyle": {"fontSize": 13}},
        "tooltip": {"trigger": "axis"},
        "grid": {"left": 60, "right": 20, "top": 40, "bottom": 55},
        "legend": {"bottom": 0, "textStyle": {"fontSize": 11}},
        "xAxis": {**x_axis, "nameLocation": "middle", "nameGap": 22},
        "yAxis": {"type": "value", "scale": True},
    }


def line_chart(
    metric: str,
    with_levers: np.ndarray,
    baseline: np.ndarray,
    title: str,
    text: dict[str, str],
    horizon: int,
    start: str | None = None,
) -> Option:
    """A metric by month: a strong line with the levers, a faint line without them.

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
        **_axes_and_title(title, text, horizon, start),
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
        "style": {"text": text["no_partnerships"] if empty else "", "fontSize": 16, "fill": "#666"},
    }
    option["yAxis"] = {**option["yAxis"], "show": not empty}
    return option


def kinds_chart(
    kinds: dict[str, tuple[np.ndarray, np.ndarray]],
    text: dict[str, str],
    horizon: int,
    start: str | None = None,
) -> Option:
    """Active partnerships of each kind by month; faint lines of the same colour: baseline.

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
    return {**_axes_and_title(text["kinds"], text, horizon, start), "series": series}


def network_chart(
    view: NetworkView, colour_by: str, text: dict[str, str], bounds: tuple[float, ...]
) -> Option:
    """Nodes coloured by region (or firm/agency), edges coloured by partnership kind.

    `bounds` (x0, x1, y0, y1) stay fixed for a run, so the picture does not jump.
    """
    series: list[Option] = []
    for kind, colour in KIND_COLOURS.items():
        rows = view.edges[view.edge_kind == kind]
        series.append(
            {
                "name": text[f"kind_{kind.name}"],
                "type": "lines",
                "coordinateSystem": "cartesian2d",
                "data": [{"coords": [[x0, y0], [x1, y1]]} for x0, y0, x1, y1 in _xy(rows)],
                "lineStyle": {"color": colour, **EDGE_STYLE},
                "itemStyle": {"color": colour},
                "silent": True,
                **LARGE,
            }
        )
    region_colours = sns.color_palette("Set2", max(len(view.region_names), 1))
    for actor, mask, symbol in (
        ("firm", ~view.is_agency, "circle"),
        ("agency", view.is_agency, "rect"),
    ):
        groups = (
            [
                (name, view.region == r, to_hex(region_colours[r]))
                for r, name in enumerate(view.region_names)
            ]
            if colour_by == "region"
            else [(text[f"actor_{actor}"], np.ones(len(mask), bool), ACTOR_COLOURS[actor])]
        )
        for name, group, colour in groups:
            pick = mask & group
            points = np.column_stack([view.x[pick], view.y[pick]])
            series.append(
                {
                    "name": name,
                    "type": "scatter",
                    "symbol": symbol,
                    "symbolSize": NODE_SIZE[actor],
                    "data": _xy(points),
                    "itemStyle": {"color": colour},
                    "silent": True,
                    **LARGE,
                }
            )
    x0, x1, y0, y1 = bounds
    return {
        "animation": False,
        "title": {
            "text": f"{text['network']}: {len(view.edges)} {text['links']}",
            "textStyle": {"fontSize": 13},
        },
        "legend": {"bottom": 0, "textStyle": {"fontSize": 11}},
        "grid": {"left": 10, "right": 10, "top": 40, "bottom": 60},
        "xAxis": {"type": "value", "show": False, "min": x0, "max": x1},
        "yAxis": {"type": "value", "show": False, "min": y0, "max": y1},
        "series": series,
    }


def _xy(points: np.ndarray) -> list[list[float]]:
    return np.round(points, 3).tolist()


def views(
    workshop: Workshop, colour_by: str, text: dict[str, str], lines: tuple[tuple[str, str], ...]
) -> dict[str, Option]:
    """Every view of a run: "network", "kinds", and one line chart per (metric, text key)."""
    options = {
        "network": network_chart(
            workshop.network(), colour_by, text, workshop.layout.bounds(LAYOUT_MARGIN)
        ),
        "kinds": kinds_chart(workshop.kinds(), text, workshop.horizon, workshop.model.start),
    }
    for metric, key in lines:
        options[key] = line_chart(
            metric,
            *workshop.series(metric),
            text[key],
            text,
            workshop.horizon,
            workshop.model.start,
        )
    return options
