"""The app's views as ECharts options: the live network and the charts with a baseline line.

The server sends only these small dictionaries; the browser draws them (ECharts ships with
Solara's offline assets). Matplotlib took about a second per month for the six views, and
Vega (Altair) is fetched from a CDN that a workshop room may not reach.
"""

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from sim.analysis.numbers import number
from sim.analysis.units import readable
from sim.app.workshop import NetworkView, Workshop
from sim.calendar import month_date
from sim.kinds import Kind

Option = dict[str, Any]

TAB10 = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
         "#bcbd22", "#17becf")  # fmt: skip  # matplotlib's tab10, without importing it (start-up)
SET2 = ("#66c2a5", "#fc8d62", "#8da0cb", "#e78ac3", "#a6d854", "#ffd92f", "#e5c494", "#b3b3b3")
KIND_COLOURS = dict(zip(Kind, TAB10[: len(Kind)], strict=True))
ACTOR_COLOURS = {"firm": "#4c72b0", "agency": "#dd8452"}
LEVER_COLOUR = "#1f77b4"
BASELINE_STYLE = {"color": "#4d4d4d", "opacity": 0.9, "width": 2, "type": "dashed"}  # without
NODE_SIZE = {"firm": 4, "agency": 9}  # pixels
EDGE_STYLE = {"width": 1, "opacity": 0.55}
SIGNIFICANT_DIGITS = 5  # values sent to the browser
LAYOUT_MARGIN = 0.25  # layout units around the network (room for the regions' names)
LARGE = {"large": True, "largeThreshold": 200}  # batch drawing for series of many items
NEW_EDGE_STYLE = {"color": "#111111", "width": 2, "opacity": 0.9}  # formed this month
BAND_COLOUR = "#1f77b4"  # the range of the gap across seeds
REGION_LABEL_OFFSET = 1.12  # disc radii above a region's centre


@dataclass(frozen=True)
class Look:
    """Text sizes of the charts, in pixels: at a desk, or on a projector."""

    title: int = 14
    legend: int = 12
    axis: int = 12

    def grid(self, left: int = 60) -> dict[str, int]:
        """Room for the title and legend on top and the axis name below; nothing overlaps."""
        legend_top = self.title + 14
        return {
            "left": left + 3 * self.axis,
            "right": 24,
            "top": legend_top + self.legend + 16,
            "bottom": 2 * self.axis + 26,
        }


DESK = Look()
PROJECTOR = Look(title=20, legend=18, axis=16)  # presentation mode


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
        "legend": _legend(look),
        "xAxis": {
            **x_axis,
            "nameLocation": "middle",
            "nameGap": look.axis + 12,
            "nameTextStyle": axis_text,
            "axisLabel": axis_text,
        },
        "yAxis": {"type": "value", "scale": True, "axisLabel": axis_text},
    }


def _legend(look: Look) -> Option:
    """A legend under the title, scrolling sideways if it is too long: never on the plot."""
    return {"type": "scroll", "top": look.title + 14, "textStyle": {"fontSize": look.legend}}


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


def network_chart(
    view: NetworkView,
    colour_by: str,
    text: dict[str, str],
    bounds: tuple[float, ...],
    look: Look = DESK,
    height: int = 560,
    lang: str = "en",
) -> Option:
    """Nodes coloured by region (or firm/agency), edges coloured by partnership kind.

    Partnerships formed this month are drawn on top, dark and thick. `bounds` (x0, x1, y0,
    y1, a square) stay fixed for a run, so the picture does not jump; the plot is a square of
    `height` pixels less the title and legend, so the regions' discs are round.
    """
    series: list[Option] = []
    for kind, colour in KIND_COLOURS.items():
        rows = view.edges[(view.edge_kind == kind) & ~view.edge_is_new]
        series.append(_edges(text[f"kind_{kind.name}"], rows, {"color": colour, **EDGE_STYLE}))
    for actor, mask, symbol in (
        ("firm", ~view.is_agency, "circle"),
        ("agency", view.is_agency, "rect"),
    ):
        groups = (
            [
                (name, view.region == r, SET2[r % len(SET2)])
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
    new = int(view.edge_is_new.sum())
    series.append(_edges(text["new_this_month"], view.edges[view.edge_is_new], NEW_EDGE_STYLE))
    series.append(_region_labels(view, look))
    x0, x1, y0, y1 = bounds
    grid = {"top": look.title + look.legend + 30, "bottom": 8}
    side = max(height - grid["top"] - grid["bottom"], 50)
    return {
        "animation": False,
        "title": {
            "text": text["network_title"].format(
                links=number(len(view.edges), lang), new=number(new, lang)
            ),
            "textStyle": {"fontSize": look.title},
        },
        "legend": {**_legend(look), "data": [s["name"] for s in series[:-1]]},
        "grid": {**grid, "left": "center", "width": side, "height": side},
        "xAxis": {"type": "value", "show": False, "min": x0, "max": x1},
        "yAxis": {"type": "value", "show": False, "min": y0, "max": y1},
        "toolbox": {"right": 8, "feature": {"saveAsImage": {"title": text["save_png"]}}},
        "series": series,
    }


def _edges(name: str, rows: np.ndarray, style: dict[str, Any]) -> Option:
    return {
        "name": name,
        "type": "lines",
        "coordinateSystem": "cartesian2d",
        "data": [{"coords": [[x0, y0], [x1, y1]]} for x0, y0, x1, y1 in _xy(rows)],
        "lineStyle": style,
        "itemStyle": {"color": style["color"]},
        "silent": True,
        **LARGE,
    }


def _region_labels(view: NetworkView, look: Look) -> Option:
    """Each region's name above its disc."""
    above = view.region_centres + np.array([0.0, REGION_LABEL_OFFSET])
    return {
        "name": "regions",
        "type": "scatter",
        "symbolSize": 0,
        "silent": True,
        "data": [
            {"name": name, "value": xy}
            for name, xy in zip(view.region_names, _xy(above), strict=True)
        ],
        "label": {"show": True, "formatter": "{b}", "fontSize": look.legend, "color": "#222"},
    }


def _xy(points: np.ndarray) -> list[list[float]]:
    return np.round(points, 3).tolist()


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
        series += [  # a stacked pair: an invisible floor, then the band's height on top of it
            {
                "name": band,
                "type": "line",
                "stack": "band",
                "stackStrategy": "all",  # stack onto a negative floor too
                "showSymbol": False,
                "data": line(low),
                "lineStyle": {"opacity": 0},
                "itemStyle": {"color": BAND_COLOUR},
                "tooltip": {"show": False},
            },
            {
                "name": band,
                "type": "line",
                "stack": "band",
                "stackStrategy": "all",  # stack onto a negative floor too
                "showSymbol": False,
                "data": line(high - low),
                "lineStyle": {"opacity": 0},
                "areaStyle": {"color": BAND_COLOUR, "opacity": 0.25},
                "itemStyle": {"color": BAND_COLOUR},
                "tooltip": {"show": False},
            },
        ]
    return {**_axes_and_title(text["gap"], text, horizon, start, look), "series": [*series, this]}


def views(
    workshop: Workshop,
    colour_by: str,
    text: dict[str, str],
    lines: tuple[tuple[str, str], ...],
    look: Look = DESK,
    network_height: int = 560,
    lang: str = "en",
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
        ),
        "kinds": kinds_chart(workshop.kinds(), text, horizon, start, look),
        "gap": gap_chart(workshop.gaps(), text, horizon, start, look),
    }
    for metric, key in lines:
        options[key] = line_chart(
            metric, *workshop.series(metric), text[key], text, horizon, start, look
        )
    return options
