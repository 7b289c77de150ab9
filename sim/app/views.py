"""The page's views: the live network and charts with their captions, or the problem."""

from collections.abc import Callable

import solara

from sim.app import charts
from sim.app.chart_widget import LOCALES, Chart
from sim.app.explain import explain
from sim.app.live import (
    CAPTION_STYLE,
    NETWORK_HEIGHT,
    VIEWS,
    Board,
    Live,
    colour_by,
    language,
    links,
    presentation,
    presented,
)

CHART_HEIGHT = {False: 290, True: 300}  # pixels of a line chart, at a desk / presenting
SVG_VIEWS = frozenset(VIEWS) - {"network"}  # crisp text; the network's many dots: canvas


@solara.component
def Views(live: Live, text: dict[str, str]) -> None:
    """The live network and charts with their captions; or the problem that stops them.

    Rebuilt when a run opens, the language or the node colours change; months reach the
    charts through the board.
    """
    live.opened.get()
    Problem(live, text)
    options = live.options()
    if options is None:
        return
    present = presentation.value
    generation = f"{live.opened.value}-{language.value}-{colour_by.value}-{links.value}-{present}"
    network_style = f"height: {NETWORK_HEIGHT[present]}px; width: 100%;"
    chart_style = f"height: {CHART_HEIGHT[present]}px; width: 100%;"

    def chart(key: str, style: str) -> None:
        LiveChart(live.board, key, Sealed(options[key]), style).key(f"{key}-{generation}")

    if present:  # one screen: the network and two charts, no captions
        with solara.Row(gap="8px", style="flex-wrap: nowrap;"):
            with solara.Column(classes=["kemitraan-view-network"], style="width: 560px;"):
                chart("network", network_style)
            with solara.Column(gap="0px", style="flex: 1; min-width: 0;"):
                for key in presented.value:
                    with solara.Column(classes=[f"kemitraan-view-{key}"]):
                        chart(key, chart_style)
        return
    with solara.Column(classes=["kemitraan-view-network"]):
        chart("network", network_style)
        solara.Text(text["network_caption"], style=CAPTION_STYLE)
        solara.Text(text["stage_caption"], style=CAPTION_STYLE)
    with solara.ColumnsResponsive(12, large=6):
        for key in VIEWS[1:]:
            with solara.Column(classes=[f"kemitraan-view-{key}"]):
                chart(key, chart_style)
                solara.Text(text[f"{key}_caption"], style=CAPTION_STYLE)


@solara.component
def Problem(live: Live, text: dict[str, str]) -> None:
    """The message of a scenario that does not validate, or of a month that failed."""
    live.failed.get()  # a month failed (a new run re-renders the views anyway)
    session = live.session
    if session.problem is not None:
        title = text["step_error"] if session.failed_step else text["error"]
        solara.Error(f"{title}: {session.path.name}", classes=["kemitraan-error"])
        solara.Preformatted(explain(session.problem, language.value))


class Sealed:
    """A chart option the renderer does not look inside (it walks dict and list props)."""

    def __init__(self, option: charts.Option) -> None:
        self.option = option


@solara.component
def LiveChart(board: Board, name: str, sealed: Sealed, style: str) -> None:
    """An ECharts widget showing `sealed` first and whatever the board sends it later.

    The widget is made here rather than by `solara.FigureEcharts`: the renderer would set its
    option back to the first one on every render.
    """
    widget = solara.use_memo(
        lambda: Chart(
            option=sealed.option,
            attributes={"style": style},
            locale=LOCALES[language.value],
            renderer="svg" if name in SVG_VIEWS else "canvas",
        ),
        [],
    )
    solara.Div(children=[widget])

    def register() -> Callable[[], None]:
        board.widgets[name] = widget

        def forget() -> None:  # a newer chart of the same name may have registered already
            if board.widgets.get(name) is widget:
                del board.widgets[name]
            widget.close()

        return forget

    solara.use_effect(register, [])
