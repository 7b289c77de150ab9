"""`kemitraan new`: a scenario for any kabupaten, kota or province, from the data."""

from pathlib import Path
from typing import Annotated

import typer


def _stop(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(2)


def new_command(
    name: Annotated[
        str | None,
        typer.Argument(help="A kabupaten or kota, e.g. 'Lebak', 'Kota Serang', 'Kab. Muara Enim'."),
    ] = None,
    province: Annotated[
        str | None, typer.Option(help="Every kabupaten and kota of a province, as one scenario.")
    ] = None,
    start: Annotated[str, typer.Option(help="Month 0, YYYY-MM (2020-01 .. 2025-12).")] = "2023-08",
    out: Annotated[
        Path | None, typer.Option(help="File to write (default: scenarios/<name>.yaml).")
    ] = None,
    set_: Annotated[
        list[str] | None, typer.Option("--set", help="Override: path=value (repeatable).")
    ] = None,
) -> None:
    """Write a dated, validated, commented scenario of a region as it is (no lever)."""
    from sim.kabkota.table import RegionNameError, find, in_province
    from sim.kabkota.write import render, scenario_data, slug, with_overrides, write_scenario
    from sim.scenario import ScenarioError
    from sim.scenario.data_rows import bps_figures

    target = out
    if (name is None) == (province is None):
        _stop("give a kabupaten or kota NAME, or --province PROVINCE (one of the two)")
    try:
        if province is not None:
            regions = in_province(province)
            title = f"Provinsi {regions[0].province}"
        else:
            regions = [find(str(name))]
            title = f"{regions[0].name} ({regions[0].province})"
        scenario_name = slug(title.removeprefix("Provinsi "))
        target = out or Path("scenarios") / f"{scenario_name}.yaml"
        data, comments = scenario_data(regions, bps_figures(), start, scenario_name, title)
        with_overrides(data, comments, list(set_ or ()))
        written = write_scenario(render(data, comments), target)
    except (RegionNameError, FileExistsError) as err:
        _stop(str(err))
        return
    except ScenarioError as err:
        _stop(f"{target}: not written, the scenario would not be valid:\n{err}")
        return
    except ValueError as err:
        _stop(str(err))
        return
    people = sum(r.population for r in regions)
    typer.echo(
        f"wrote {written}: {len(regions)} region(s), {people:,} registered inhabitants, "
        f"from {start}; run it with `kemitraan run {written}`"
    )
