"""The workshop page (Solara): controls in the sidebar, the live network and charts beside them.

Served by `kemitraan app`; the starting scenario comes from the KEMITRAAN_APP_SCENARIO
environment variable. Each browser tab gets its own `Session`. Mesa's SolaraViz labels its
controls in English only, so the page is put together from Solara components (the framework
under SolaraViz) to be fully bilingual.
"""

import os
import time
from functools import partial
from pathlib import Path

import reacton.ipyvuetify as rv
import solara
import solara.lab

from sim.app.live import Board, Live, catching_up, in_background, language, presentation
from sim.app.monitors import Monitors
from sim.app.offline import refuse_cdn_fetches
from sim.app.server import SCENARIO_VARIABLE
from sim.app.session import Session
from sim.app.setup import Setup
from sim.app.texts import APP_TEXT
from sim.app.views import Views

refuse_cdn_fetches()  # offline: installed assets only, nothing fetched (sim/app/offline.py)

DEFAULT_SCENARIO = Path(__file__).resolve().parents[2] / "scenarios" / "baseline.yaml"
SPEEDS = {"slow": 0.5, "normal": 0.25, "fast": 0.08}  # seconds between months while playing
JUMPS = (12, 24, 60)  # months the trainer can jump to
LANGUAGES = {"English": "en", "Bahasa Indonesia": "id"}
PAGE_CSS = """
.v-application .kemitraan-top { height: 52px; align-items: center; padding: 0 16px;
  background: #1976d2 !important; color: white; flex-wrap: nowrap; }
.v-application .kemitraan-top .v-label { color: white; }
.v-application .kemitraan-top .v-input--switch { margin-top: 0; padding-top: 0; }
.v-application .kemitraan-top .v-sheet { background-color: transparent !important; }
.kemitraan-body { height: calc(100vh - 52px); flex-wrap: nowrap; align-items: stretch; }
.kemitraan-side { width: 370px; flex: none; height: 100%; display: flex; flex-direction: column;
  flex-wrap: nowrap; overflow: hidden; }
.kemitraan-present .kemitraan-side { width: 330px; }
.kemitraan-main { flex: 1; min-width: 0; height: 100%; overflow-y: auto; padding: 8px; }
.kemitraan-run { flex: none; padding: 8px 12px 0 12px; border-bottom: 1px solid #ddd; }
.kemitraan-run .v-btn { margin: 2px 4px 2px 0; letter-spacing: 0; padding: 0 8px !important; }
.kemitraan-run .kemitraan-month { font-weight: bold; }
.kemitraan-scroll { flex: 1 1 auto; min-height: 0; overflow-y: auto; padding: 4px 12px; }
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
                PresentationButton(text)
                solara.ToggleButtonsSingle(
                    value=next(k for k, v in LANGUAGES.items() if v == language.value),
                    values=list(LANGUAGES),
                    on_value=lambda name: language.set(LANGUAGES[name]),
                    classes=["kemitraan-language"],
                )
        with solara.Row(gap="0px", classes=["kemitraan-body"]):
            Monthly(live, text)
            with solara.Column(classes=["kemitraan-main"]):
                Views(live, text)


@solara.component
def PresentationButton(text: dict[str, str]) -> None:
    """Presentation mode on or off, unmistakably: white and ticked when on, outlined when off."""
    on = presentation.value
    solara.Button(
        text["presentation"],
        icon_name="mdi-checkbox-marked" if on else "mdi-checkbox-blank-outline",
        on_click=lambda: presentation.set(not on),
        outlined=not on,
        color="white",
        style="color: #1976d2; font-weight: bold;" if on else "color: white;",
        classes=["kemitraan-presentation", "kemitraan-on" if on else "kemitraan-off"],
        attributes={"aria-pressed": "true" if on else "false"},
    )


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
    """The sidebar: the run's buttons and month held at the top, the rest scrolling below.

    Below the buttons: the monitors, the downloads, the set-up and the sliders. The one
    component that re-renders every month: each re-rendered component costs the renderer a
    walk over the whole page. The buttons stay in view while a slider is moved.
    """
    tick = live.revision.get()  # passed on: a child whose props are unchanged is not rendered
    with solara.Column(gap="0px", classes=["kemitraan-side"]):
        with solara.Column(gap="2px", classes=["kemitraan-run"]):
            RunButtons(live, text, tick)
            busy = in_background.pending
            solara.ProgressLinear(busy)
            solara.Text(text["busy"] if busy else "", classes=["kemitraan-busy"])
        with solara.Column(gap="4px", classes=["kemitraan-scroll"]):
            Monitors(live, text, tick)
            Downloads(live, text, tick)
            Setup(live, text)


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
            small=True,
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
            small=True,
            classes=["kemitraan-step"],
        )
        solara.Button(
            text["reset"],
            on_click=live.handler(lambda: session.reset(), reopens=True, slow=True),
            small=True,
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
def Downloads(live: Live, text: dict[str, str], tick: int = 0) -> None:
    """The run's data (CSV) and its charts (PNG) for a handout, made when clicked."""
    session = live.session
    if session.workshop is None:
        return
    from sim.app.handout import handout_csv, handout_png  # matplotlib: only when clicked

    stem = f"kemitraan_{session.path.stem}_seed{session.seed}_month{session.month}"
    lang = language.value
    with solara.Row(classes=["kemitraan-downloads"]):
        solara.FileDownload(
            lambda: session.read(lambda w: handout_csv(w, lang)) or b"",
            filename=f"{stem}.csv",
            label=text["download_csv"],
        )
        solara.FileDownload(
            lambda: session.read(lambda w: handout_png(w, APP_TEXT[lang], lang)) or b"",
            filename=f"{stem}.png",
            label=text["download_png"],
        )
