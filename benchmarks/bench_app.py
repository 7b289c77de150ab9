"""How long a month takes in the workshop app (targets: <= 100 ms per step; <= 300 ms per
click with the six-seed comparison on).

    .venv/bin/python benchmarks/bench_app.py [--months 120] [--clicks 30]

1. Server, per month: both models step (with levers and the paired baseline), every view's
   chart option is built and JSON-encoded as it is sent to the browser.
2. Server, per click on "Step one month" in the rendered page (Solara in-process): the above
   plus the page's re-render; then again after "Compare 6 simulations", when every click
   also steps the five other seeds' pairs (12 models in all).
3. Replays: moving a lever slider (the baseline is kept) or a barrier slider (both models run
   again) at month 60 and 120.
0. Start (when /usr/bin/chromium exists): from `kemitraan app` to the server's first answer,
   and to the network drawn in headless Chromium.
4. Browser (when /usr/bin/chromium exists): headless Chromium (software rendering), from a
   click on "Step one month" to the new month shown in the page, timed in the page itself,
   through the app's own server; without and with the six-seed comparison.
"""

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import ipyvuetify as v
import solara

from sim.app.live import CHARTS
from sim.app.session import Session
from sim.app.texts import APP_TEXT

ROOT = Path(__file__).parents[1]
SCENARIOS = ("baseline", "lebak", "sumut", "combined")


def summary(seconds: list[float]) -> str:
    ms = sorted(1000 * s for s in seconds)
    return f"median {statistics.median(ms):6.1f} ms, p95 {ms[int(0.95 * (len(ms) - 1))]:6.1f} ms"


def server_months(name: str, months: int) -> list[float]:
    from sim.app.charts import views

    session = Session(ROOT / "scenarios" / f"{name}.yaml")
    times = []
    for _ in range(months):
        start = time.perf_counter()
        session.step()
        json.dumps(views(session.workshop, "region", APP_TEXT["en"], CHARTS))
        times.append(time.perf_counter() - start)
    return times


def page_clicks(clicks: int, compare: bool = False) -> list[float]:
    from sim.app import live, page

    _, rc = solara.render(page.Page(), handle_error=False)
    step = rc.find(v.Btn, children=["Step one month"]).widget
    if compare:
        step.click()  # the comparison needs a month to start from
        rc.find(v.Btn, class_="kemitraan-across").widget.click()
        time.sleep(0.1)
        while live.in_background.pending:
            time.sleep(0.05)
    times = []
    for _ in range(clicks):
        start = time.perf_counter()
        step.click()
        times.append(time.perf_counter() - start)
    return times


def replays() -> None:
    session = Session(ROOT / "scenarios" / "baseline.yaml")
    for month in (60, 120):
        session.step(month - session.month)
        for key, value in (("grant", 0.5), ("permit_delay", 8.0)):
            start = time.perf_counter()
            session.set_value(key, value)
            print(
                f"  replay to month {month} after moving {key:12s}: "
                f"{time.perf_counter() - start:5.2f} s"
            )


CLICK_TO_MONTH = """async () => {
    const month = document.querySelector('.kemitraan-month');
    const before = month.innerText;
    const start = performance.now();
    document.querySelector('.kemitraan-step').click();
    await new Promise(done => {
        const watch = new MutationObserver(() => {
            if (month.innerText != before) { watch.disconnect(); done(); }
        });
        watch.observe(month, {subtree: true, childList: true, characterData: true});
    });
    const shown = performance.now() - start;
    const sentence = document.querySelector('.kemitraan-across-sentence');
    let compared = null;  // until the seeds compared reached the month too
    if (sentence) {
        const target = 'month ' + month.innerText.split(' ')[1] + ' (';
        await new Promise(done => {
            const check = () => sentence.isConnected && document.querySelector(
                '.kemitraan-across-sentence').innerText.includes(target)
                ? done() : setTimeout(check, 5);
            check();
        });
        compared = performance.now() - start;
    }
    await new Promise(done => setTimeout(done, 150));  // let the charts draw before the next
    return [shown, compared];
}"""


COMPARE = """async () => {
    const month = document.querySelector('.kemitraan-month');
    document.querySelector('.kemitraan-step').click();
    await new Promise(done => setTimeout(done, 1000));
    document.querySelector('.kemitraan-across').click();
    await new Promise(done => {
        const check = () => document.querySelector('.kemitraan-across-sentence')
            ? done() : setTimeout(check, 100);
        check();
    });
}"""


def browser_clicks(clicks: int, compare: bool = False) -> tuple[list[float], list[float]]:
    from playwright.sync_api import sync_playwright

    sys.path.insert(0, str(ROOT))
    from tests.app.browser import CHROMIUM, CHROMIUM_FLAGS, running_app

    with (
        tempfile.TemporaryDirectory() as work,
        running_app("scenarios/baseline.yaml", Path(work) / "server.log") as address,
        sync_playwright() as p,
    ):
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(address)
        page.locator(".kemitraan-month").wait_for(timeout=60_000)
        page.wait_for_timeout(2000)
        if compare:
            page.evaluate(COMPARE)
        times = [page.evaluate(CLICK_TO_MONTH) for _ in range(clicks)]
        browser.close()
    shown = [t[0] / 1000 for t in times]
    compared = [t[1] / 1000 for t in times if t[1] is not None]
    return shown, compared


def start_times(tries: int = 3) -> tuple[list[float], list[float]]:
    """Seconds from `kemitraan app` to the first answer, and to the network on screen."""
    from playwright.sync_api import sync_playwright

    sys.path.insert(0, str(ROOT))
    from tests.app.browser import CHROMIUM, CHROMIUM_FLAGS, running_app

    answered, drawn = [], []
    with sync_playwright() as p, tempfile.TemporaryDirectory() as work:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        for _ in range(tries):
            page = browser.new_page(viewport={"width": 1280, "height": 720})
            start = time.monotonic()
            with running_app("scenarios/lebak.yaml", Path(work) / "server.log", 0.05) as address:
                answered.append(time.monotonic() - start)
                page.goto(address)
                page.locator(".kemitraan-view-network canvas").first.wait_for(timeout=60_000)
                drawn.append(time.monotonic() - start)
                page.close()
        browser.close()
    return answered, drawn


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--months", type=int, default=120)
    parser.add_argument("--clicks", type=int, default=30)
    args = parser.parse_args()
    if Path("/usr/bin/chromium").exists():
        answered, drawn = start_times()
        print(
            f"0. start: the server answers after {statistics.median(answered):.1f} s, "
            f"the network is drawn after {statistics.median(drawn):.1f} s (median of 3)"
        )
    print("1. server, one month (two models + every view as JSON):")
    for name in SCENARIOS:
        print(f"  {name:9s} {summary(server_months(name, args.months))}")
    print(
        f"2. server, one click on 'Step one month' (page re-render included): "
        f"{summary(page_clicks(args.clicks))}"
    )
    print(
        f"   the same with 'Compare 6 simulations' on (12 models step): "
        f"{summary(page_clicks(args.clicks, compare=True))}"
    )
    print("3. replays after a slider moves:")
    replays()
    if Path("/usr/bin/chromium").exists():
        shown, _ = browser_clicks(args.clicks)
        print(f"4. browser, click to the new month shown: {summary(shown)}")
        shown, compared = browser_clicks(args.clicks, compare=True)
        print(f"   the same with 'Compare 6 simulations' on: {summary(shown)}")
        print(f"   ... and to the six seeds' sentence at the new month: {summary(compared)}")


if __name__ == "__main__":
    main()
