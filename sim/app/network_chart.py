"""The live network as an ECharts option: actors on the layout, partnerships as lines.

From month 24 a region holds hundreds of partnerships; drawn one by one they are a hairball
a room cannot read. Grouped (the default), the partnerships between two clusters of the
layout (suppliers, processors, distributors of a sector; a region's agencies) are one line
between the clusters' centres, as thick as they are many, coloured by kind; partnerships
inside a cluster stay short single lines. The newest partnerships are drawn one by one on
top, in their kind's colour, fading over `FADE_MONTHS`.
"""

from typing import Any

import numpy as np

from sim.analysis.numbers import number
from sim.app.chart_look import DESK, KIND_COLOURS, Look, Option, legend
from sim.app.workshop import NetworkView

SET2 = ("#66c2a5", "#fc8d62", "#8da0cb", "#e78ac3", "#a6d854", "#ffd92f", "#e5c494", "#b3b3b3")
ACTOR_COLOURS = {"firm": "#4c72b0", "agency": "#dd8452"}
NODE_SIZE = {"firm": 4, "agency": 9}  # pixels
EDGE_STYLE = {"width": 1, "opacity": 0.55}
LAYOUT_MARGIN = 0.25  # layout units around the network (room for the regions' names)
LARGE = {"large": True, "largeThreshold": 200}  # batch drawing for series of many items
NEW_EDGE_STYLE = {"color": "#111111", "width": 2, "opacity": 0.9}  # formed this month
LINKS = ("grouped", "each")  # how partnerships are drawn: bundled between clusters, or each
FADE_MONTHS = 3  # the newest partnerships stand out for this many months, fading
FADE_OPACITY = (1.0, 0.55, 0.3)  # this month, last month, the month before
FADE_WIDTH = (2.5, 1.8, 1.4)  # pixels
BUNDLE_WIDTH = (1.0, 9.0)  # pixels: one partnership, the most between any two clusters
BUNDLE_OPACITY = 0.55
KIND_BY_CODE = {int(kind): colour for kind, colour in KIND_COLOURS.items()}
REGION_LABEL_OFFSET = 1.12  # disc radii above a region's centre


def network_chart(
    view: NetworkView,
    colour_by: str,
    text: dict[str, str],
    bounds: tuple[float, ...],
    look: Look = DESK,
    height: int = 560,
    lang: str = "en",
    links: str = "grouped",
) -> Option:
    """Nodes coloured by region (or firm/agency), partnerships by kind (see the module).

    `links` "each" draws every partnership as its own line, this month's dark and thick on
    top. `bounds` (x0, x1, y0, y1, a square) stay fixed for a run, so the picture does not
    jump; the plot is a square of `height` pixels less the title and legend, so the regions'
    discs are round.
    """
    series = _grouped(view, text) if links == "grouped" else _each(view, text)
    names = [s["name"] for s in series]
    series += _nodes(view, colour_by, text)
    names += [s["name"] for s in series[len(names) :]]
    if links == "each":  # this month's on top of the nodes
        series.append(_edges(text["new_this_month"], view.edges[view.edge_is_new], NEW_EDGE_STYLE))
        names.append(text["new_this_month"])
    series.append(_region_labels(view, look))
    x0, x1, y0, y1 = bounds
    grid = {"top": look.title + look.legend + 30, "bottom": 8}
    side = max(height - grid["top"] - grid["bottom"], 50)
    new = int(view.edge_is_new.sum())
    return {
        "animation": False,
        "title": {
            "text": text["network_title"].format(
                links=number(len(view.edges), lang), new=number(new, lang)
            ),
            "textStyle": {"fontSize": look.title},
        },
        "legend": {**legend(look), "data": list(dict.fromkeys(names))},
        "grid": {**grid, "left": "center", "width": side, "height": side},
        "xAxis": {"type": "value", "show": False, "min": x0, "max": x1},
        "yAxis": {"type": "value", "show": False, "min": y0, "max": y1},
        "toolbox": {"right": 8, "feature": {"saveAsImage": {"title": text["save_png"]}}},
        "series": series,
    }


def _each(view: NetworkView, text: dict[str, str]) -> list[Option]:
    """Every partnership but this month's as its own line, coloured by kind."""
    return [
        _edges(
            text[f"kind_{kind.name}"],
            view.edges[(view.edge_kind == kind) & ~view.edge_is_new],
            {"color": colour, **EDGE_STYLE},
        )
        for kind, colour in KIND_COLOURS.items()
    ]


def bundles(view: NetworkView, kind: int) -> tuple[np.ndarray, np.ndarray]:
    """The established partnerships of a kind between two different clusters, bundled.

    Returns (bundles, 4) anchor coordinates and each bundle's count of partnerships. The
    newest (`FADE_MONTHS`) are left out: they are drawn one by one.
    """
    ends = view.edge_anchors
    pick = (view.edge_kind == kind) & ~_inside_a_cluster(view) & (view.edge_age >= FADE_MONTHS)
    if not pick.any():
        return np.empty((0, 4)), np.empty(0, dtype=np.int64)
    first, second = ends[pick, :2], ends[pick, 2:]
    swap = (first[:, 0] > second[:, 0]) | (
        (first[:, 0] == second[:, 0]) & (first[:, 1] > second[:, 1])
    )  # a partnership has no direction: a-b and b-a are one bundle
    ordered = np.where(swap[:, None], np.hstack([second, first]), np.hstack([first, second]))
    lines, counts = np.unique(np.round(ordered, 9), axis=0, return_counts=True)
    return lines, counts


def _inside_a_cluster(view: NetworkView) -> np.ndarray:
    """Partnerships whose two ends share a cluster (drawn as their own short lines)."""
    ends = view.edge_anchors
    return np.all(np.isclose(ends[:, :2], ends[:, 2:]), axis=1)


def _grouped(view: NetworkView, text: dict[str, str]) -> list[Option]:
    """Bundles between clusters, single short lines inside one, the newest on top, fading."""
    inside = _inside_a_cluster(view)
    established = view.edge_age >= FADE_MONTHS
    counted = [bundles(view, kind) for kind in KIND_COLOURS]
    most = max([1, *(int(c.max()) for _, c in counted if len(c))])
    low, high = BUNDLE_WIDTH
    series = []
    for (kind, colour), (lines, counts) in zip(KIND_COLOURS.items(), counted, strict=True):
        name = text[f"kind_{kind.name}"]
        short = view.edges[(view.edge_kind == kind) & inside & established]
        series.append(_edges(name, short, {"color": colour, **EDGE_STYLE}))
        width = low + (high - low) * np.sqrt(counts / most)
        series.append(
            {
                "name": name,
                "type": "lines",
                "coordinateSystem": "cartesian2d",
                "data": [
                    {"coords": [[x0, y0], [x1, y1]], "value": int(n), "lineStyle": {"width": w}}
                    for (x0, y0, x1, y1), n, w in zip(
                        _xy(lines), counts, np.round(width, 2).tolist(), strict=True
                    )
                ],
                "lineStyle": {"color": colour, "opacity": BUNDLE_OPACITY, "cap": "round"},
                "itemStyle": {"color": colour},
                "silent": True,
            }
        )
    for age in range(FADE_MONTHS):
        recent = view.edge_age == age
        series.append(
            {
                "name": text["new_this_month"] if age == 0 else text["new_lately"],
                "type": "lines",
                "coordinateSystem": "cartesian2d",
                "data": [
                    {"coords": [[x0, y0], [x1, y1]], "lineStyle": {"color": KIND_BY_CODE[k]}}
                    for (x0, y0, x1, y1), k in zip(
                        _xy(view.edges[recent]), view.edge_kind[recent].tolist(), strict=True
                    )
                ],
                "lineStyle": {"width": FADE_WIDTH[age], "opacity": FADE_OPACITY[age]},
                "itemStyle": {"color": "#333333" if age == 0 else "#999999"},
                "z": 3,
                "silent": True,
            }
        )
    return series


def _nodes(view: NetworkView, colour_by: str, text: dict[str, str]) -> list[Option]:
    series = []
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
    return series


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
