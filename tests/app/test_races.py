"""The play loop, the seeds compared and the page's rendering share one run: no torn reads.

A month grows the ledger and the actor tables; a reader that looks while a step is half done
sees tables of two lengths (the `IndexError ... 217 ... 235` of issue 31). Everything the
page reads from a run goes through `Session.read`, under the session's lock.
"""

import threading
import time
from pathlib import Path

import ipyvuetify as v
import pytest
import solara

from sim.app import charts, live, page
from sim.app.handout import handout_table
from sim.app.monitors import reading
from sim.app.session import Session
from sim.app.texts import APP_TEXT
from sim.app.workshop import Workshop

ROOT = Path(__file__).parents[2]
BASELINE = ROOT / "scenarios" / "baseline.yaml"
GRANT = ROOT / "scenarios" / "grant.yaml"
READERS = ("this_month", "monitors", "gaps", "series", "network")


def test_the_page_reads_the_run_only_under_the_sessions_lock(monkeypatch):
    sessions: list[Session] = []
    unguarded: list[str] = []
    opened = Session.__post_init__

    def remembered(self: Session) -> None:
        sessions.append(self)
        opened(self)

    monkeypatch.setattr(Session, "__post_init__", remembered)
    for name in READERS:
        method = getattr(Workshop, name)

        def guarded(self, *args, _method=method, _name=name, **kwargs):
            owners = [s for s in sessions if s.workshop is self]
            if owners and not all(s.lock.locked() for s in owners):
                unguarded.append(_name)
            return _method(self, *args, **kwargs)

        monkeypatch.setattr(Workshop, name, guarded)
    monkeypatch.setenv(page.SCENARIO_VARIABLE, str(GRANT))
    _, rc = solara.render(page.Page(), handle_error=False)
    try:
        for _ in range(3):
            rc.find(v.Btn, children=["Step one month"]).widget.click()
        rc.find(v.Btn, children=["Compare 6 simulations"]).widget.click()
        rc.find(v.Btn, children=["Step one month"]).widget.click()
        assert sessions and sessions[0].month == 4
        assert unguarded == []
    finally:
        live.language.set("en")


def _clicks(session: Session, stop: threading.Event, problems: list[BaseException]) -> None:
    """Reset, a new seed, another scenario, the seed comparison and a slider, in turn."""
    actions = [
        lambda: session.compare_seeds(3),
        lambda: session.set_value("grant", 0.5),
        lambda: session.reset(seed=4),
        lambda: session.choose(BASELINE),
        lambda: session.compare_seeds(2),
        lambda: session.choose(GRANT),
        lambda: session.reset(),
    ]
    turn = 0
    try:
        while not stop.is_set():
            actions[turn % len(actions)]()
            turn += 1
            time.sleep(0.01)
    except BaseException as problem:  # noqa: BLE001 - the test reports it
        problems.append(problem)


def _play(session: Session, stop: threading.Event, problems: list[BaseException]) -> None:
    """The play loop: a month, then the seeds compared catch up (as the page does)."""
    try:
        while not stop.is_set():
            if not session.step(1, run=session.opened, others=False):
                session.reset()
            session.catch_up()
    except BaseException as problem:  # noqa: BLE001
        problems.append(problem)


def _render(session: Session, stop: threading.Event, problems: list[BaseException]) -> None:
    """What the page draws each month: the monitors, every chart, the handout's table."""
    text = APP_TEXT["id"]

    def everything(workshop: Workshop) -> int:
        reading(workshop, text, "id")
        charts.views(workshop, "region", text, live.CHARTS, charts.DESK, 560, "id")
        return len(handout_table(workshop))

    try:
        while not stop.is_set():
            session.read(everything)
    except BaseException as problem:  # noqa: BLE001
        problems.append(problem)


@pytest.mark.parametrize("seconds", [4.0])
def test_play_reset_switch_and_seed_comparison_together_never_tear_a_reading(seconds):
    session = Session(GRANT)
    stop, problems = threading.Event(), []
    threads = [
        threading.Thread(target=work, args=(session, stop, problems))
        for work in (_play, _clicks, _render, _render)
    ]
    for thread in threads:
        thread.start()
    time.sleep(seconds)
    stop.set()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads)
    assert problems == []
    assert session.error is None
    # the session still works: a month more, and its reading agrees with the run
    session.reset()
    before = session.month
    session.step(1)
    shown = session.read(lambda w: reading(w, APP_TEXT["en"], "en"))
    assert shown is not None and shown.month == before + 1 == session.month
