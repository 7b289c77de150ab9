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

from sim.app import charts
from sim.app.chart_widget import LOCALES, Chart
from sim.app.controls import LEVERS, SLIDERS, Slider, slider_detail
from sim.app.live import (
    CAPTION_STYLE,
    HEADING_STYLE,
    NETWORK_HEIGHT,
    SLIDER_PAUSE,
    VIEWS,
    Board,
    Live,
    catching_up,
    colour_by,
    in_background,
    language,
    presentation,
)
from sim.app.monitors import Monitors
from sim.app.problems import explain
from sim.app.server import SCENARIO_VARIABLE
from sim.app.session import Session, scenario_choices, scenario_labels
from sim.app.texts import APP_TEXT

DEFAULT_SCENARIO = Path(__file__).resolve().parents[2] / "scenarios" / "baseline.yaml"
SPEEDS = {"slow": 0.5, "normal": 0.25, "fast": 0.08}  # seconds between months while playing
JUMPS = (12, 24, 60)  # months the trainer can jump to
LANGUAGES = {"English": "en", "Bahasa Indonesia": "id"}
CHART_HEIGHT = {False: 290, True: 300}  # pixels of a line chart, at a desk / presenting
PRESENTED = ("employment", "gap")  # the two charts beside the network when presenting
SVG_VIEWS = frozenset(VIEWS) - {"network"}  # crisp text; the network's many dots: canvas
PAGE_CSS = """
.v-application .kemitraan-top { height: 52px; align-items: center; padding: 0 16px;
  background: #1976d2 !important; color: white; flex-wrap: nowrap; }
.v-application .kemitraan-top .v-label { color: white; }
.v-application .kemitraan-top .v-input--switch { margin-top: 0; padding-top: 0; }
.v-application .kemitraan-top .v-sheet { background-color: transparent !important; }
.kemitraan-body { height: calc(100vh - 52px); flex-wrap: nowrap; align-items: stretch; }
.kemitraan-side { width: 370px; flex: none; height: 100%; overflow-y: auto; padding: 0 12px; }
.kemitraan-present .kemitraan-side { width: 330px; }
.kemitraan-main { flex: 1; min-width: 0; height: 100%; overflow-y: auto; padding: 8px; }
.kemitraan-run { position: sticky; top: 0; z-index: 3; background: white; padding-top: 8px; }
"""


def start_scenario() -> Path:
    """The scenario `kemitraan app` was started with."""
    return Path(os.environ.get(SCENARIO_VARIABLE, DEFAULT_SCENARIO))


@solara.component
def Page() -> None:
    """The whole page."""
    session = solara.use_memo(lambda: Session(start_scenario()), [])
    board = solara.use_memo(Board, [])
    live = Live(
        session,
        solara.use_reactive(0),
        solara.use_reactive(0),
        solara.use_reactive(False),
        board,
        solara.use_reactive(session.error is not None),
    )
    text = APP_TEXT[language.value]

    def play() -> None:
        run = session.opened  # the run this loop plays; a reset or new scenario ends it
        while live.playing.value and session.running:
            time.sleep(SPEEDS[speed.value])
            if not live.playing.value or not session.step(run=run, others=False):
                return
            live.refresh()  # the month first, then the seeds compared catch up
            if session.catch_up():
                live.refresh()
        live.playing.value = False

    solara.lab.use_task(play, dependencies=[live.playing.value], prefer_threaded=True)

    solara.Title(text["title"])
    solara.Style(PAGE_CSS)
    with solara.Column(gap="0px", classes=["kemitraan-present"] if presentation.value else []):
        with solara.Row(classes=["kemitraan-top"], justify="space-between"):
            solara.Text(text["title"], style="font-size: 1.3rem;")
            with solara.Row(style="align-items: center;"):
                Info(text)
                solara.Switch(
                    label=text["presentation"],
                    value=presentation,
                    classes=["kemitraan-presentation"],
                    style="color: white;",
                )
                solara.ToggleButtonsSingle(
                    value=next(k for k, v in LANGUAGES.items() if v == language.value),
                    values=list(LANGUAGES),
                    on_value=lambda name: language.set(LANGUAGES[name]),
                    classes=["kemitraan-language"],
                )
        with solara.Row(gap="0px", classes=["kemitraan-body"]):
            with solara.Column(gap="4px", classes=["kemitraan-side"]):
                Monthly(live, text)
                Setup(live, text)
            with solara.Column(classes=["kemitraan-main"]):
                Views(live, text)


@solara.component
def Info(text: dict[str, str]) -> None:
    """The "About the model" panel: what it is, how it works, things to try."""
    shown, show = solara.use_state(False)
    solara.Button(
        text["info"],
        on_click=lambda: show(True),
        text=True,
        style="color: white;",
        classes=["kemitraan-info"],
    )
    with rv.Dialog(v_model=shown, on_v_model=show, max_width=760):
        with solara.Card(text["info"]):
            solara.Markdown(text["info_text"], style="font-size: 1.05rem;")
            solara.Button(text["close"], on_click=lambda: show(False), classes=["kemitraan-close"])


@solara.component
def Monthly(live: Live, text: dict[str, str]) -> None:
    """What changes every month: the run's buttons, the monitors and the downloads.

    The one component that re-renders every month (its children with it): each re-rendered
    component costs the renderer a walk over the whole page.
    """
    tick = live.revision.get()  # passed on: a child whose props are unchanged is not rendered
    with solara.Column(gap="2px", classes=["kemitraan-run"]):
        RunButtons(live, text, tick)
        busy = in_background.pending
        solara.ProgressLinear(busy)
        solara.Text(text["busy"] if busy else "", classes=["kemitraan-busy"])
    Monitors(live, text, tick)
    Downloads(live, text, tick)


@solara.component
def RunButtons(live: Live, text: dict[str, str], tick: int = 0) -> None:
    """Play/pause, step, reset, the month, jumps and the speed (rendered by `Monthly`)."""
    session, playing = live.session, live.playing
    with solara.Row(style="flex-wrap: wrap;"):
        solara.Button(
            text["pause"] if playing.value else text["play"],
            on_click=lambda: playing.set(not playing.value),
            disabled=not session.running,
            color="primary",
            classes=["kemitraan-play"],
        )

        def step_month() -> None:  # the month first, then the seeds compared catch up
            session.step(others=False)
            live.refresh()
            catching_up(live)

        solara.Button(
            text["step"],
            on_click=step_month,
            disabled=playing.value or not session.running,
            classes=["kemitraan-step"],
        )
        solara.Button(
            text["reset"],
            on_click=live.handler(lambda: session.reset(), reopens=True, slow=True),
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
                on_click=live.handler(partial(jump, session, target), slow=True),
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
    labels = solara.use_memo(lambda: scenario_labels(scenario_choices(session.path)), [])
    by_label = {names[language.value]: path for path, names in labels.items()}
    shown = labels.get(session.path, {}).get(language.value, session.path.name)
    with solara.Column(classes=["kemitraan-controls"]):
        if presentation.value:
            PresentedCharts(text).key("presented-charts")
        solara.Select(
            label=text["scenario"],
            values=[*by_label] if shown in by_label else [*by_label, shown],
            value=shown,
            on_value=live.handler(
                lambda label: session.choose(by_label[label]), reopens=True, slow=True
            ),
        )
        description = solara.use_memo(
            lambda: session.description(language.value), [session.path, language.value]
        )
        solara.Text(description, style=CAPTION_STYLE, classes=["kemitraan-description"])
        solara.Button(
            text["restore"],
            on_click=live.handler(session.restore, reopens=True, slow=True),
            small=True,
            classes=["kemitraan-restore"],
        )
        solara.InputInt(
            text["seed"],
            value=session.seed,
            on_value=live.handler(lambda seed: session.reset(seed=seed), reopens=True, slow=True),
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
                    live.handler(
                        partial(session.set_value, slider.key),
                        pause=False,
                        slow=True,
                        wait=SLIDER_PAUSE,
                    ),
                    session.opened,
                    partial(
                        slider_detail,
                        slider.key,
                        values=session.values,
                        lang=language.value,
                        per_partnership=per_partnership,
                    ),
                ).key(f"slider-{slider.key}")  # its own state, whatever comes before it
        solara.Text(text["replay_note"], style=CAPTION_STYLE)


presented = solara.reactive(PRESENTED)  # per browser tab


@solara.component
def PresentedCharts(text: dict[str, str]) -> None:
    """Which two charts stand beside the network in presentation mode."""
    names = {text[key]: key for key in VIEWS[1:]}
    for slot, label in enumerate((text["chart_top"], text["chart_bottom"])):

        def choose(name: str, slot: int = slot) -> None:
            keys = list(presented.value)
            keys[slot] = names[name]
            presented.set((keys[0], keys[1]))

        solara.Select(
            label=label,
            values=list(names),
            value=text[presented.value[slot]],
            on_value=choose,
            classes=[f"kemitraan-presented-{slot}"],
        )


@solara.component
def Downloads(live: Live, text: dict[str, str], tick: int = 0) -> None:
    """The run's data (CSV) and its charts (PNG) for a handout, made when clicked."""
    session = live.session
    workshop = session.workshop
    if workshop is None:
        return
    from sim.app.handout import handout_csv, handout_png  # matplotlib: only when clicked

    stem = f"kemitraan_{session.path.stem}_seed{session.seed}_month{session.month}"
    lang = language.value
    with solara.Row(classes=["kemitraan-downloads"]):
        solara.FileDownload(
            lambda: handout_csv(workshop),
            filename=f"{stem}.csv",
            label=text["download_csv"],
        )
        solara.FileDownload(
            lambda: handout_png(workshop, APP_TEXT[lang], lang),
            filename=f"{stem}.png",
            label=text["download_png"],
        )


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
    present = presentation.value
    generation = f"{live.opened.value}-{language.value}-{colour_by.value}-{present}"
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
    if session.error is not None:
        title = text["step_error"] if session.failed_step else text["error"]
        solara.Error(f"{title}: {session.path.name}", classes=["kemitraan-error"])
        shown = explain(session.problem, language.value) if session.problem else session.error
        solara.Preformatted(shown)


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
