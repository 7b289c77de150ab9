"""`kemitraan app`: serve the workshop page with Solara on this machine.

Light on imports: the command only checks its arguments and becomes the Solara server,
which imports the page (and the model) once.
"""

import os
import socket
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

SCENARIO_VARIABLE = "KEMITRAAN_APP_SCENARIO"  # tells the page which scenario to open
LANGUAGE_VARIABLE = "KEMITRAAN_APP_LANG"  # the language every new page opens in
PRESENT_VARIABLE = "KEMITRAAN_APP_PRESENT"  # "1": every new page opens in presentation mode
LANGUAGES = ("en", "id")

SOLARA_SETTINGS = {  # our bilingual loader (sim/templates), no badge, a title; and no
    # telemetry: Solara would otherwise send usage events to Mixpanel and ask api.ipify.org
    # for the machine's address (a room without internet waits for those to time out)
    "SOLARA_THEME_LOADER": "kemitraan",
    "SOLARA_THEME_SHOW_BANNER": "false",
    "SOLARA_THEME_TITLE": "Kemitraan",
    "SOLARA_TELEMETRY_MIXPANEL_ENABLE": "false",
    # bounded: free a closed page's session after a minute (not a day; F5 within it
    # resumes), and serve at most 60 pages at once (a workshop room). A variable already
    # set in the environment wins (SOLARA_KERNEL_CULL_TIMEOUT=5m kemitraan app ...)
    "SOLARA_KERNEL_CULL_TIMEOUT": "60s",
    "SOLARA_KERNEL_MAX_COUNT": str(60),
}


# Solara warns on every page served over plain http to a name other than localhost (a
# workshop's LAN address) that its session cookie falls back to SameSite=Lax; that is what a
# page opened directly (not in an iframe) needs, so the warning only alarms the trainer.
COOKIE_WARNING = "ignore:Cookies with samesite=none require https:UserWarning"


def port_is_free(host: str, port: int) -> bool:
    """Whether the server could listen on host:port now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server does
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


def solara_command(host: str, port: int) -> list[str]:
    """The Solara server command for the workshop page (production mode, no browser)."""
    return [
        sys.executable, "-m", "solara", "run", "sim.app.page",
        "--host", host, "--port", str(port),
        "--production", "--no-open", "--log-level", "warning",
        "--no-check-version",  # it asks pypi.org, and waits when offline
    ]  # fmt: skip


def serve(
    scenario: Path,
    host: str,
    port: int,
    echo: Callable[[str], None],
    lang: str = "en",
    present: bool = False,
) -> NoReturn:
    """Print the address, then become the Solara server (Ctrl-C stops it).

    Every page (a new tab, a reload) opens in `lang`, and in presentation mode if `present`.
    """
    echo(f"Kemitraan workshop app on http://{host}:{port}/ (scenario {scenario}); Ctrl-C stops it")
    sys.stdout.flush()
    settings = {k: v for k, v in SOLARA_SETTINGS.items() if k not in os.environ}  # env wins
    env = {**os.environ, SCENARIO_VARIABLE: str(scenario.resolve()), **settings}
    env[LANGUAGE_VARIABLE], env[PRESENT_VARIABLE] = lang, "1" if present else "0"
    env["PYTHONWARNINGS"] = ",".join(
        filter(None, [os.environ.get("PYTHONWARNINGS"), COOKIE_WARNING])
    )
    command = solara_command(host, port)
    os.execve(command[0], command, env)


def app_scenario(scenario: Path) -> Path:
    """A scenario as given, else the project's own of that name (the app works from anywhere)."""
    shipped = Path(__file__).resolve().parents[2] / scenario  # the project folder
    if not scenario.is_file() and not scenario.is_absolute() and shipped.is_file():
        return shipped
    return scenario
