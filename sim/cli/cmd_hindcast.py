"""`kemitraan hindcast`: the model's band for the BPS figures inside a scenario's horizon."""

from pathlib import Path
from typing import Annotated

import typer


def hindcast_command(
    file: Annotated[Path, typer.Argument(help="A dated scenario (horizon.start).")],
    seeds: Annotated[int, typer.Option(min=2, max=1000, help="Seeds (runs).")] = 20,
    workers: Annotated[int, typer.Option(min=1, max=256, help="Worker processes.")] = 1,
    out: Annotated[
        Path | None, typer.Option(help="Folder (default: results/<name>/hindcast/).")
    ] = None,
) -> None:
    """Run SEEDS seeds and set every BPS figure dated in the horizon against the model's band."""
    from sim.analysis.hindcast import figure, hindcast, markdown_table
    from sim.cli.common import fail as _fail
    from sim.cli.common import load as _load
    from sim.scenario.data_rows import bps_figures

    scenario = _load(file, [])
    try:
        table, histories = hindcast(scenario, bps_figures(), seeds, workers, typer.echo)
    except ValueError as err:
        _fail([f"{file}: {err}"])
    if table.empty:
        typer.echo(f"{file}: no row of data/bps_figures.csv is dated inside the horizon")
        return
    folder = out or Path("results") / scenario.meta.name / "hindcast"
    folder.mkdir(parents=True, exist_ok=True)
    text = markdown_table(table, scenario.calibration)
    typer.echo(text)
    (folder / "hindcast.md").write_text(
        f"# Hindcast: {scenario.meta.name} ({seeds} seeds, from {scenario.horizon.start})\n\n"
        f"{text}\n",
        encoding="utf-8",
    )
    columns = ["id", "date", "indicator", "unit", "data", "median", "low", "high", "inside", "near"]
    table[[*columns, "in_sample", "reliability"]].to_html(folder / "hindcast.html", index=False)
    figure(scenario, table, histories, folder / "hindcast.png")
    typer.echo(f"wrote {folder}/hindcast.md, hindcast.html and hindcast.png")
