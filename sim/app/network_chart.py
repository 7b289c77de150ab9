"""The live network as an ECharts option: actors on the layout, partnerships as lines."""

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
REGION_LABEL_OFFSET = 1.12  # disc radii above a region's centre


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
        "legend": {**legend(look), "data": [s["name"] for s in series[:-1]]},
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
