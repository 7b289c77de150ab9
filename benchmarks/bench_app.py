"""How long a month takes in the workshop app (target: <= 100 ms per step).

    .venv/bin/python benchmarks/bench_app.py [--months 120] [--clicks 30]

1. Server, per month: both models step (with levers and the paired baseline), every view's
   chart option is built and JSON-encoded as it is sent to the browser.
2. Server, per click on "Step one month" in the rendered page (Solara in-process): the above
   plus the page's re-render.
3. Replays: moving a lever slider (the baseline is kept) or a barrier slider (both models run
   again) at month 60 and 120.
4. Browser (when /usr/bin/chromium exists): headless Chromium (software rendering), from a
   click on "Step one month" to the new month shown in the page, timed in the page itself,
   through the app's own server.
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


def page_clicks(clicks: int) -> list[float]:
    from sim.app import page

    _, rc = solara.render(page.Page(), handle_error=False)
    step = rc.find(v.Btn, children=["Step one month"]).widget
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
    await new Promise(done => setTimeout(done, 150));  // let the charts draw before the next
    return shown;
}"""


def browser_clicks(clicks: int) -> list[float]:
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
        times = [page.evaluate(CLICK_TO_MONTH) / 1000 for _ in range(clicks)]
        browser.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--months", type=int, default=120)
    parser.add_argument("--clicks", type=int, default=30)
    args = parser.parse_args()
    print("1. server, one month (two models + every view as JSON):")
    for name in SCENARIOS:
        print(f"  {name:9s} {summary(server_months(name, args.months))}")
    print(
        f"2. server, one click on 'Step one month' (page re-render included): "
        f"{summary(page_clicks(args.clicks))}"
    )
    print("3. replays after a slider moves:")
    replays()
    if Path("/usr/bin/chromium").exists():
        print(f"4. browser, click to the new month shown: {summary(browser_clicks(args.clicks))}")


if __name__ == "__main__":
    main()
