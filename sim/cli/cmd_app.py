"""`kemitraan app`: the workshop app in the browser (it loads the model only once it serves)."""

from pathlib import Path
from typing import Annotated

import typer


def app_command(
    scenario: Annotated[
        Path, typer.Argument(help="Scenario to open first (the picker lists its folder).")
    ] = Path("scenarios/baseline.yaml"),
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8765,
    host: Annotated[
        str, typer.Option(help="Address to listen on (0.0.0.0: reachable from the room's LAN).")
    ] = "127.0.0.1",
    lang: Annotated[
        str, typer.Option(help="Language every page opens in (and returns to on reload): en or id.")
    ] = "en",
    present: Annotated[
        bool, typer.Option(help="Every page opens in presentation mode (one projector screen).")
    ] = False,
) -> None:
    """Start the workshop app in the browser: sliders, live network and charts (en/id)."""
    from sim.app.server import LANGUAGES, app_scenario, port_is_free, serve
    from sim.cli.common import fail as _fail

    if lang not in LANGUAGES:
        _fail([f"--lang {lang!r}: allowed: {', '.join(LANGUAGES)}"])
    scenario = app_scenario(scenario)
    if not scenario.is_file():
        _fail([f"{scenario}: no such scenario file"])
    if not port_is_free(host, port):
        _fail([f"port {port} on {host} is in use; choose another with --port"])
    serve(scenario, host, port, typer.echo, lang, present)
