"""Command line: `kemitraan run`, `kemitraan params` (also `python -m sim`)."""

from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    help="Kemitraan: simulate industrial partnerships in Indonesian regions.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.command()
def run(
    seed: Annotated[int, typer.Option(help="Random seed; the same seed gives the same run.")] = 1,
    months: Annotated[
        int | None, typer.Option(min=1, help="Months to simulate (default: the horizon, 120).")
    ] = None,
    out: Annotated[Path, typer.Option(help="Folder for the outputs.")] = Path("results/default"),
    firms: Annotated[int | None, typer.Option(min=1, help="Firm agents (default 600).")] = None,
    regions: Annotated[int | None, typer.Option(min=1, help="Regions (default 3).")] = None,
) -> None:
    """Run the built-in default model; write trajectories, events and a plot into OUT."""
    from sim.model import PartnershipModel
    from sim.outputs import write_parquet
    from sim.params import ParameterError
    from sim.plots import save_figure, trajectory_figure

    try:
        model = PartnershipModel(n_firms=firms, n_regions=regions, rng=seed)
    except ParameterError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(2) from None
    horizon = months or model.params.world.months
    with typer.progressbar(range(horizon), label=f"Simulating {horizon} months") as bar:
        for _ in bar:
            model.step()
    trajectories = model.trajectories()
    paths = [
        write_parquet(trajectories, out / "trajectories.parquet"),
        write_parquet(model.partnership_events(), out / "events.parquet"),
        save_figure(
            trajectory_figure(trajectories, f"Default model, seed {seed}"), out / "trajectories.png"
        ),
    ]
    _summary(model, horizon)
    for path in paths:
        typer.echo(f"wrote {path}")


def _summary(model, horizon: int) -> None:  # noqa: ANN001
    latest = model.latest
    typer.echo(
        f"after {horizon} months: PDRB Rp {latest('pdrb') / 1e12:,.1f} triliun/year "
        f"({latest('pdrb_growth'):+.2f}%/year), employment {latest('employment'):,.0f}, "
        f"unemployment {latest('unemployment_rate'):.2f}%, firms {latest('firms'):,.0f}, "
        f"active partnerships {latest('partnerships_active'):,.0f}, "
        f"mean trust {latest('mean_trust'):.2f}"
    )


@app.command()
def params() -> None:
    """List every model parameter with its default, unit and allowed range."""
    from sim.params.model_params import GROUPS

    for group, cls in GROUPS.items():
        typer.echo(f"[{group}]")
        for name, field in cls.model_fields.items():
            extra = field.json_schema_extra
            unit = extra.get("unit", "") if isinstance(extra, dict) else ""
            bounds = ", ".join(
                f"{op} {getattr(m, op)}"
                for m in field.metadata
                for op in ("gt", "ge", "lt", "le")
                if hasattr(m, op)
            )
            typer.echo(f"  {name} = {field.default!r} [{unit}] {bounds}\n      {field.description}")


def main() -> None:
    """Console-script entry point."""
    app()
