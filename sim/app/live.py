"""What the page's components share: the session, the change counters and the chart board.

A month changes only data, so it goes straight to the chart widgets (`Board.show`) without
re-rendering the page: the renderer walks every prop it is given, and walking the network's
thousands of points took tens of milliseconds per month.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import solara

from sim.app import charts
from sim.app.session import Session
from sim.app.texts import APP_TEXT

CHARTS = (  # (metric, text key): the line charts beside the network
    ("firm_employment", "employment"),
    ("unemployment_rate", "unemployment"),
    ("pdrb", "pdrb"),
    ("mean_trust", "trust"),
)
VIEWS = ("network", *(key for _, key in CHARTS), "kinds")

HEADING_STYLE = "font-weight: bold; margin-top: 12px;"
CAPTION_STYLE = "font-size: 0.85rem; color: #555; margin: 0 8px 16px 8px;"

language = solara.reactive("en")  # module-level reactives are per browser tab in Solara
colour_by = solara.reactive("region")


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

    def options(self) -> dict[str, charts.Option] | None:
        """Every view of the run now (None without a run)."""
        with self.session.lock:
            if self.session.workshop is None:
                return None
            text = APP_TEXT[language.value]
            return charts.views(self.session.workshop, colour_by.value, text, CHARTS)

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
        self.revision.value += 1

    def handler(
        self, action: Callable[..., object], pause: bool = True, reopens: bool = False
    ) -> Callable[..., None]:
        """An event handler: (pause,) do the action with the event's arguments, refresh."""

        def handle(*args: object) -> None:
            if pause:
                self.playing.value = False
            action(*args)
            self.refresh(reopened=reopens)

        return handle
