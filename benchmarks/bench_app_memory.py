"""Does the workshop app's memory stay bounded as pages come and vanish? 200 sessions.

Run on demand: `.venv/bin/python benchmarks/bench_app_memory.py [--sessions 200] [--cull 60s]`.

Starts `kemitraan app scenarios/baseline.yaml` (with `SOLARA_KERNEL_CULL_TIMEOUT` = --cull),
then, one after another, a headless Chromium opens the page and is killed once its session
is connected (the connection drops; no page-close message), and prints every 20 sessions
the server's resident memory and Solara's count of sessions held (`/resourcez`); at the end
it waits for the cull delay and prints both again. Needs Debian's chromium
(scripts/ensure_chromium.sh).
"""

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.app.browser import running_app  # noqa: E402
from tests.app.test_sessions_freed import open_and_vanish, server_process, sessions  # noqa: E402


def seconds(text: str) -> float:
    unit = {"s": 1, "m": 60, "h": 3600}[text[-1]]
    return float(text[:-1]) * unit


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", type=int, default=200)
    parser.add_argument("--cull", default="60s", help="SOLARA_KERNEL_CULL_TIMEOUT, e.g. 60s")
    args = parser.parse_args()
    os.environ["SOLARA_KERNEL_CULL_TIMEOUT"] = args.cull
    start = time.monotonic()
    with (
        tempfile.TemporaryDirectory() as tmp,
        running_app("scenarios/baseline.yaml", Path(tmp) / "server.log") as address,
    ):
        server = server_process(address.rstrip("/").rsplit(":", 1)[1])
        print(f"{'sessions':>8s} {'RSS MB':>8s} {'held':>6s} {'seconds':>8s}")
        for k in range(1, args.sessions + 1):
            open_and_vanish(address, Path(tmp) / f"profile{k}")
            if k == 1 or k % 20 == 0:
                rss = server.memory_info().rss / 1e6
                held = sessions(address)["total"]
                print(f"{k:8d} {rss:8.0f} {held:6d} {time.monotonic() - start:8.0f}", flush=True)
        time.sleep(seconds(args.cull) + 5)
        rss, held = server.memory_info().rss / 1e6, sessions(address)["total"]
        print(f"after the cull delay: RSS {rss:.0f} MB, {held} sessions held")


if __name__ == "__main__":
    main()
