"""What the page's components share: the session, the change counters and the chart board.

A month changes only data, so it goes straight to the chart widgets (`Board.show`) without
re-rendering the page: the renderer walks every prop it is given, and walking the network's
thousands of points took tens of milliseconds per month.
"""

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import solara
import solara.lab

from sim.app import charts
from sim.app.server import LANGUAGE_VARIABLE, LANGUAGES, PRESENT_VARIABLE
from sim.app.session import Session
from sim.app.texts import APP_TEXT

CHARTS = (  # (metric, text key): the line charts beside the network
    ("firm_employment", "employment"),
    ("unemployment_rate", "unemployment"),
    ("pdrb", "pdrb"),
    ("mean_trust", "trust"),
)
VIEWS = ("network", *(key for _, key in CHARTS), "kinds", "gap")
SLIDER_PAUSE = 0.4  # seconds a slider must rest before its replay starts (arrow keys, drags)
NETWORK_HEIGHT = {False: 560, True: 600}  # pixels, at a desk / in presentation mode

HEADING_STYLE = "font-weight: bold; margin-top: 12px;"
CAPTION_STYLE = "font-size: 0.85rem; color: #555; margin: 0 8px 16px 8px;"

# module-level reactives are per browser tab in Solara; a new tab or a reload starts from the
# language and mode `kemitraan app --lang id --present` chose
_chosen = os.environ.get(LANGUAGE_VARIABLE, "en")
language = solara.reactive(_chosen if _chosen in LANGUAGES else "en")
colour_by = solara.reactive("region")
links = solara.reactive("grouped")  # the network's partnerships: grouped, or each one
presentation = solara.reactive(os.environ.get(PRESENT_VARIABLE) == "1")  # one projector screen
presented = solara.reactive(("employment", "gap"))  # the two charts beside the network then


@dataclass
class Board:
    """The chart widgets on the page, by view name."""

    widgets: dict[str, Any] = field(default_factory=dict)

    def show(self, options: dict[str, charts.Option]) -> None:
        """Send new options to the widgets (the browser redraws them)."""
        for key, widget in list(self.widgets.items()):
            widget.option = options[key]


@dataclass(frozen=True)
class Live:
    """The session, what tells components it changed, and the chart board."""

    session: Session
    revision: solara.Reactive[int]  # any change, every month included: buttons, month, errors
    opened: solara.Reactive[int]  # a new run (scenario, seed, reset): sliders and charts rebuilt
    playing: solara.Reactive[bool]
    board: Board
    failed: solara.Reactive[bool]  # the session has an error to show

    def options(self) -> dict[str, charts.Option] | None:
        """Every view of the run now (None without a run)."""
        with self.session.lock:
            if self.session.workshop is None:
                return None
            text = APP_TEXT[language.value]
            present = presentation.value
            return charts.views(
                self.session.workshop,
                colour_by.value,
                text,
                CHARTS,
                charts.PROJECTOR if present else charts.DESK,
                NETWORK_HEIGHT[present],
                language.value,
                links.value,
            )

    def refresh(self, reopened: bool = False) -> None:
        """After a change: new data to the charts (or rebuild them), then the counters.

        The charts are rebuilt, not fed, when a run opened, or when a run appeared or vanished
        (a replay that failed, or succeeded after a failure).
        """
        if reopened or (self.session.workshop is None) != (not self.board.widgets):
            self.opened.value += 1
        else:
            options = self.options()
            if options is not None:
                self.board.show(options)
        self.failed.value = self.session.error is not None
        self.revision.value += 1

    def handler(
        self,
        action: Callable[..., object],
        pause: bool = True,
        reopens: bool = False,
        slow: bool = False,
        wait: float = 0.0,
    ) -> Callable[..., None]:
        """An event handler: (pause,) do the action with the event's arguments, refresh.

        A `slow` action (a replay, a new run, a jump) runs in the background while the page
        shows that it is busy; with `wait`, only if no other slow action came within `wait`
        seconds (a slider moved by arrow keys replays once, for its last value).
        """

        def handle(*args: object) -> None:
            if pause:
                self.playing.value = False
            if slow:
                in_background(self, action, args, reopens, wait)
            else:
                action(*args)
                self.refresh(reopened=reopens)

        return handle


@solara.lab.task(prefer_threaded=True)
def in_background(
    live: Live, action: Callable[..., object], args: tuple[object, ...], reopens: bool, wait: float
) -> None:
    """A slow action of this tab; a newer one makes a waiting one give up (`pending`: busy)."""
    if wait:
        time.sleep(wait)
        if not in_background.is_current():
            return
    action(*args)
    live.refresh(reopened=reopens)


@solara.lab.task(prefer_threaded=True)
def catching_up(live: Live) -> None:
    """The seeds compared step to the month shown, once it is shown (not shown as busy)."""
    if live.session.catch_up():
        live.refresh()
