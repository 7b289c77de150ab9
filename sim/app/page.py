"""The workshop page (Solara): controls in the sidebar, the live network and charts beside them.

Served by `kemitraan app`; the starting scenario comes from the KEMITRAAN_APP_SCENARIO
environment variable. Each browser tab gets its own `Session`. Mesa's SolaraViz labels its
controls in English only, so the page is put together from Solara components (the framework
under SolaraViz) to be fully bilingual.
"""

import os
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import reacton.ipyvuetify as rv
import solara
import solara.lab
from solara.components.echarts import EchartsWidget

from sim.app import charts
from sim.app.controls import LEVERS, SLIDERS, Slider, slider_detail
from sim.app.live import CAPTION_STYLE, HEADING_STYLE, VIEWS, Board, Live, colour_by, language
from sim.app.monitors import Monitors
from sim.app.session import Session, scenario_choices
from sim.app.texts import APP_TEXT

SCENARIO_VARIABLE = "KEMITRAAN_APP_SCENARIO"
DEFAULT_SCENARIO = Path(__file__).resolve().parents[2] / "scenarios" / "baseline.yaml"
SPEEDS = {"slow": 0.5, "normal": 0.25, "fast": 0.08}  # seconds between months while playing
JUMPS = (12, 24, 60)  # months the trainer can jump to
LANGUAGES = {"English": "en", "Bahasa Indonesia": "id"}
NETWORK_STYLE = "height: 560px; width: 100%;"
CHART_STYLE = "height: 290px; width: 100%;"
TOP_BAR_STYLE = "align-items: center; padding: 8px 16px; background: #1976d2; color: white;"
SIDE_STYLE = "padding: 8px 16px; width: 380px; flex: none;"
MAIN_STYLE = "flex: 1; min-width: 0; padding: 8px;"


def start_scenario() -> Path:
    """The scenario `kemitraan app` was started with."""
    return Path(os.environ.get(SCENARIO_VARIABLE, DEFAULT_SCENARIO))


@solara.component
def Page() -> None:
    """The whole page."""
    session = solara.use_memo(lambda: Session(start_scenario()), [])
    board = solara.use_memo(Board, [])
    live = Live(
        session, solara.use_reactive(0), solara.use_reactive(0), solara.use_reactive(False), board
    )
    text = APP_TEXT[language.value]

    def play() -> None:
        run = session.opened  # the run this loop plays; a reset or new scenario ends it
        while live.playing.value and session.running:
            time.sleep(SPEEDS[speed.value])
            if not live.playing.value or not session.step(run=run):
                return
            live.refresh()
        live.playing.value = False

    solara.lab.use_task(play, dependencies=[live.playing.value], prefer_threaded=True)

    solara.Title(text["title"])
    with solara.Row(style=TOP_BAR_STYLE, justify="space-between"):
        solara.Text(text["title"], style="font-size: 1.3rem;")
        solara.ToggleButtonsSingle(
            value=next(k for k, v in LANGUAGES.items() if v == language.value),
            values=list(LANGUAGES),
            on_value=lambda name: language.set(LANGUAGES[name]),
            classes=["kemitraan-language"],
        )
    with solara.Row(style="align-items: flex-start;"):
        with solara.Column(style=SIDE_STYLE):
            RunControls(live, text)
            Monitors(live, text)
            Setup(live, text)
        with solara.Column(style=MAIN_STYLE):
            Views(live, text)


@solara.component
def RunControls(live: Live, text: dict[str, str]) -> None:
    """Play/pause, step, reset and the month."""
    session, playing = live.session, live.playing
    live.revision.get()  # re-render every month
    with solara.Row(style="flex-wrap: wrap;"):
        solara.Button(
            text["pause"] if playing.value else text["play"],
            on_click=lambda: playing.set(not playing.value),
            disabled=not session.running,
            color="primary",
            classes=["kemitraan-play"],
        )
        solara.Button(
            text["step"],
            on_click=live.handler(lambda: session.step(), pause=False),
            disabled=playing.value or not session.running,
            classes=["kemitraan-step"],
        )
        solara.Button(
            text["reset"],
            on_click=live.handler(lambda: session.reset(), reopens=True),
            classes=["kemitraan-reset"],
        )
    horizon = session.workshop.horizon if session.workshop else 0
    solara.Text(
        text["month_of"].format(month=session.month, horizon=horizon), classes=["kemitraan-month"]
    )
    with solara.Row(style="flex-wrap: wrap; align-items: center;"):
        solara.Text(text["jump_to"])
        for target in (m for m in JUMPS if m <= horizon):
            solara.Button(
                str(target),
                on_click=live.handler(partial(jump, session, target)),
                disabled=session.month >= target or not session.running,
                small=True,
                classes=[f"kemitraan-jump-{target}"],
            )
        solara.ToggleButtonsSingle(
            value=speed.value,
            children=[solara.Button(text[f"speed_{k}"], value=k, small=True) for k in SPEEDS],
            on_value=speed.set,
            classes=["kemitraan-speed"],
        )


def jump(session: Session, month: int) -> None:
    """Run on to `month` at once (the play loop pauses first)."""
    session.step(max(month - session.month, 0))


speed = solara.reactive("normal")  # per browser tab, like the language


@solara.component
def Setup(live: Live, text: dict[str, str]) -> None:
    """Scenario, seed, node colours and the sliders."""
    session = live.session
    live.opened.get()  # re-render when a new run opens
    choices = solara.use_memo(lambda: {p.name: p for p in scenario_choices(session.path)}, [])
    with solara.Column(classes=["kemitraan-controls"]):
        solara.Select(
            label=text["scenario"],
            values=list(choices),
            value=session.path.name,
            on_value=live.handler(lambda name: session.choose(choices[name]), reopens=True),
        )
        description = solara.use_memo(
            lambda: session.description(language.value), [session.path, language.value]
        )
        solara.Text(description, style=CAPTION_STYLE, classes=["kemitraan-description"])
        solara.Button(
            text["restore"],
            on_click=live.handler(session.restore, reopens=True),
            small=True,
            classes=["kemitraan-restore"],
        )
        solara.InputInt(
            text["seed"],
            value=session.seed,
            on_value=live.handler(lambda seed: session.reset(seed=seed), reopens=True),
        )
        solara.Text(text["colour_by"])
        solara.ToggleButtonsSingle(
            value=colour_by.value,
            children=[
                solara.Button(text["colour_region"], value="region"),
                solara.Button(text["colour_actor"], value="actor"),
            ],
            on_value=colour_by.set,
        )
        per_partnership = solara.use_memo(session.per_partnership, [session.path])
        for heading, group in (
            (text["levers"], [s for s in SLIDERS if s.key in LEVERS]),
            (text["barriers"], [s for s in SLIDERS if s.key not in LEVERS]),
        ):
            solara.Text(heading, style=HEADING_STYLE)
            for slider in group:
                SliderControl(
                    slider,
                    session.values.get(slider.key, slider.default),
                    text[slider.key],
                    text[f"{slider.key}_tip"],
                    live.handler(partial(session.set_value, slider.key), pause=False),
                    session.opened,
                    partial(
                        slider_detail,
                        slider.key,
                        values=session.values,
                        lang=language.value,
                        per_partnership=per_partnership,
                    ),
                )
        solara.Text(text["replay_note"], style=CAPTION_STYLE)


@solara.component
def SliderControl(
    slider: Slider,
    value: float,
    label: str,
    tip: str,
    on_commit: Callable[[float], None],
    opened: int = 0,
    describe: Callable[[float], str] | None = None,
) -> None:
    """A slider that acts when let go (dragging only moves the thumb), with a tooltip.

    It shows the session's value again whenever a run opens (`opened`), even when that value
    equals the last one passed in: a thumb dragged before a new scenario never lingers.
    """
    shown, set_shown = solara.use_state(value)
    solara.use_effect(lambda: set_shown(value), [value, opened])
    number = f"{shown:g}".replace(".", ",") if language.value == "id" else f"{shown:g}"
    shown_as = describe(shown) if describe is not None else number  # in real units
    label_element = solara.Text(f"{label}: {shown_as}", classes=[f"kemitraan-label-{slider.key}"])
    element = rv.Slider(
        v_model=shown,
        on_v_model=set_shown,
        min=slider.low,
        max=slider.high,
        step=slider.step,
        thumb_label=True,
        hide_details=True,
        class_=f"kemitraan-slider-{slider.key}",
    )

    def commit(_widget: object, _event: str, data: float) -> None:
        set_shown(float(data))
        on_commit(float(data))

    rv.use_event(element, "change", commit)  # type: ignore[arg-type]  # called with 3 arguments
    solara.Tooltip(tip, children=[solara.Column(gap="0px", children=[label_element, element])])


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
    generation = f"{live.opened.value}-{language.value}-{colour_by.value}"
    with solara.Column(classes=["kemitraan-view-network"]):
        LiveChart(live.board, "network", Sealed(options["network"]), NETWORK_STYLE).key(
            f"network-{generation}"
        )
        solara.Text(text["network_caption"], style=CAPTION_STYLE)
    with solara.ColumnsResponsive(12, large=6):
        for key in VIEWS[1:]:
            with solara.Column(classes=[f"kemitraan-view-{key}"]):
                LiveChart(live.board, key, Sealed(options[key]), CHART_STYLE).key(
                    f"{key}-{generation}"
                )
                solara.Text(text[f"{key}_caption"], style=CAPTION_STYLE)


@solara.component
def Problem(live: Live, text: dict[str, str]) -> None:
    """The message of a scenario that does not validate, or of a month that failed."""
    live.revision.get()
    session = live.session
    if session.error is not None:
        title = text["step_error"] if session.failed_step else text["error"]
        solara.Error(f"{title}: {session.path.name}", classes=["kemitraan-error"])
        solara.Preformatted(session.error)


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
        lambda: EchartsWidget(option=sealed.option, attributes={"style": style}), []
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
