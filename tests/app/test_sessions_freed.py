"""Pages that vanish do not pile up: their sessions are freed and the server's memory stays flat.

A real server (`kemitraan app`) with the cull delay shortened by its environment variable;
N headless Chromium processes, one after another, each opens the page and is killed once
its session exists (a laptop lid shut, a phone asleep: the server sees the connection drop,
not a page closing). Then Solara's own count of live sessions (`/resourcez`) and the
server's resident memory. `benchmarks/bench_app_memory.py` does the same for 200 sessions at
the shipped one-minute delay (README: Guarantees). A page closed normally is freed at once.
"""

import json
import os
import signal
import subprocess
import time
import urllib.request
from pathlib import Path

import psutil
import pytest

from tests.app.browser import CHROMIUM, CHROMIUM_FLAGS, AppDidNotStart, running_app

SESSIONS = 6
CULL = "2s"
GROWTH_MB = 60.0  # the server's memory after the sessions, over its memory after the first
# (measured: about 27 MB for 10 sessions, most of it the first sessions' warm-up; 200
# sessions: benchmarks/bench_app_memory.py)
WAIT = 60.0  # seconds for a page to open its session, and for the sessions to be freed

pytestmark = pytest.mark.slow

if not CHROMIUM.exists():
    if os.environ.get("CI"):
        pytest.fail(f"{CHROMIUM} is missing: scripts/ensure_chromium.sh should have installed it")
    pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)", allow_module_level=True)


def sessions(address: str) -> dict:
    """Solara's count of sessions: `total` held, `has_connected` with a page attached."""
    with urllib.request.urlopen(address + "resourcez", timeout=10) as answer:
        return json.load(answer)["kernels"]


def live_sessions(address: str) -> int:
    return int(sessions(address)["total"])


def server_process(port: str) -> psutil.Process:
    for p in psutil.process_iter(["cmdline"]):
        line = " ".join(p.info["cmdline"] or [])
        if "solara" in line and f"--port {port}" in line:
            return p
    raise AssertionError(f"no solara server on port {port}")


def open_and_vanish(address: str, profile: Path) -> None:
    """A browser opens the page; once the server counts its session, it is killed."""
    browser = subprocess.Popen(
        [str(CHROMIUM), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", address],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + WAIT
        while sessions(address)["has_connected"] == 0:
            assert time.monotonic() < deadline, "the page never opened a session"
            time.sleep(0.2)
        time.sleep(1.0)  # the page renders its first month
    finally:
        os.killpg(browser.pid, signal.SIGKILL)
        browser.wait()


def test_vanished_sessions_are_freed_and_memory_stays_flat(tmp_path, monkeypatch):
    monkeypatch.setenv("SOLARA_KERNEL_CULL_TIMEOUT", CULL)
    try:
        with running_app("scenarios/baseline.yaml", tmp_path / "server.log") as address:
            server = server_process(address.rstrip("/").rsplit(":", 1)[1])
            rss = []
            for k in range(SESSIONS):
                open_and_vanish(address, tmp_path / f"profile{k}")
                rss.append(server.memory_info().rss / 1e6)
            deadline = time.monotonic() + WAIT
            while live_sessions(address) > 0 and time.monotonic() < deadline:
                time.sleep(0.5)
            assert live_sessions(address) == 0
            assert rss[-1] - rss[0] < GROWTH_MB, rss
        log = (tmp_path / "server.log").read_text()
        assert "samesite" not in log.lower() and "Traceback" not in log, log
    except AppDidNotStart as failure:
        pytest.fail(f"the app did not start:\n{failure}")
