"""Starting the app on a free loopback port, and headless Debian Chromium, for the browser
test and the app benchmark."""

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = [  # headless, and nothing that calls out of this machine
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
START_TIMEOUT = 90.0  # seconds for the server to answer (imports take ~10 s on 2 cores)


class AppDidNotStart(RuntimeError):
    """The app's server exited or did not answer in time; the message holds its log."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running_app(
    scenario: str, log: Path, poll: float = 0.5, options: tuple[str, ...] = ()
) -> Iterator[str]:
    """`kemitraan app SCENARIO` on a free port until the block ends; yields its address.

    `poll`: seconds between tries while the server starts (the start benchmark uses less).
    """
    port = free_port()
    command = [sys.executable, "-m", "sim", "app", scenario, "--port", str(port), *options]
    with log.open("w") as out:
        server = subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
    address = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                urllib.request.urlopen(address, timeout=5).read()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise AppDidNotStart(log.read_text()) from None
                time.sleep(poll)
        yield address
    finally:
        server.terminate()
        server.wait(timeout=30)
