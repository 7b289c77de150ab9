"""Command line: `kemitraan run | validate | show | schema | params | metrics`."""

from pathlib import Path
from typing import Annotated

import typer

from sim.cli.cmd_analysis import compare_command, report_command
from sim.cli.cmd_app import app_command
from sim.cli.cmd_calibrate import calibrate_command
from sim.cli.cmd_hindcast import hindcast_command
from sim.cli.cmd_new import new_command
from sim.cli.cmd_trial import evidence_command, trial_command
from sim.cli.common import fail as _fail
from sim.cli.common import load as _load
from sim.cli.common import write_failure as _write_failure

app = typer.Typer(
    help="Kemitraan: simulate industrial partnerships in Indonesian regions.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

SetOption = Annotated[
    list[str] | None,
    typer.Option("--set", help="Override a value: path=value, e.g. policies.grant.intensity=0.5"),
]


@app.command()
def run(
    scenario: Annotated[
        Path | None,
        typer.Argument(help="Scenario YAML file (default: the built-in default model)."),
    ] = None,
    seed: Annotated[
        int, typer.Option(min=0, help="Random seed (0 or more); the same seed gives the same run.")
    ] = 1,
    months: Annotated[
        int | None,
        typer.Option(min=1, max=1200, help="Months to simulate (default: the scenario's horizon)."),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            help="Folder for the outputs (default: results/<scenario name>/ or results/default/)."
        ),
    ] = None,
    firms: Annotated[int | None, typer.Option(min=1, help="Firm agents (default model).")] = None,
    regions: Annotated[int | None, typer.Option(min=1, help="Regions (default model).")] = None,
    overrides: SetOption = None,
    force: Annotated[
        bool,
        typer.Option(help="Write into a folder that is not empty and not a run's results."),
    ] = False,
) -> None:
    """Run a scenario (or the default model); write trajectories, events and a plot."""
    from sim.infra.folders import NotOurFolder
    from sim.output.single_run import run_and_write, run_provenance

    if scenario is None and overrides:
        _fail(["--set needs a scenario file"])
    model, title, name, outputs, loaded = _build(scenario, overrides or [], seed, firms, regions)
    provenance = run_provenance(scenario, loaded, overrides or [], seed, firms, regions)
    try:
        run_and_write(
            model,
            months,
            out or Path("results") / name,
            title,
            typer.echo,
            outputs,
            provenance,
            force,
        )
    except NotOurFolder as err:
        _fail([str(err)])
    except OSError as err:
        _fail([_write_failure(err, "nothing else was changed")])


@app.command()
def sweep(
    file: Annotated[Path, typer.Argument(help="Experiment file (scenarios/experiments/*.yaml).")],
    out: Annotated[
        Path | None, typer.Option(help="Results folder (default: results/<experiment name>/).")
    ] = None,
    workers: Annotated[
        int | None, typer.Option(min=1, help="Local worker processes (default: all cores).")
    ] = None,
    dask: Annotated[
        str | None,
        typer.Option(
            help="Dask scheduler address (tcp://host:8786), or 'local' for a LocalCluster."
        ),
    ] = None,
    fresh: Annotated[
        bool,
        typer.Option(
            help="Start over when the experiment or its scenarios "
            "changed (old results are kept, renamed)."
        ),
    ] = False,
    chunk_size: Annotated[
        int | None, typer.Option(min=1, help="Runs per task (default: about one second of work).")
    ] = None,
    force: Annotated[
        bool,
        typer.Option(help="Write into a folder that is not empty and not a sweep's results."),
    ] = False,
) -> None:
    """Run an experiment (scenarios x seeds x design); run it again to resume.

    Exit status: the number of failed runs (0 = all ok); 2 = bad input; 130 = interrupted.
    """
    from sim.experiments import ExperimentChanged, run_experiment
    from sim.scenario import ScenarioError

    try:
        folder = run_experiment(
            file,
            workers=workers,
            out=out,
            dask=dask,
            fresh=fresh,
            chunk_size=chunk_size,
            force=force,
        )
    except ScenarioError as err:
        _fail([str(p) for p in err.problems])
    except (ExperimentChanged, RuntimeError, ValueError) as err:
        _fail([str(err)])
    except OSError as err:
        _fail([_write_failure(err, "finished runs are kept; then run the same command")])
    except KeyboardInterrupt:
        typer.echo("interrupted: finished runs are kept; run the same command to resume", err=True)
        raise typer.Exit(130) from None
    import json

    manifest = json.loads((folder / "manifest.json").read_text())
    failed = manifest["runs_failed"]
    typer.echo(f"{manifest['runs_ok']} runs ok, {failed} failed; results in {folder}")
    if failed:
        typer.echo(f"failed runs and their errors: {folder / 'runs.parquet'}", err=True)
    raise typer.Exit(min(failed, 125))


@app.command()
def validate(
    files: Annotated[list[Path], typer.Argument(help="Scenario files to check.")],
    overrides: SetOption = None,
) -> None:
    """Check scenario files; report every problem as file:line: field: what is wrong."""
    from sim.scenario import ScenarioError, load_scenario

    problems: list[str] = []
    for file in files:
        try:
            scenario = load_scenario(file, overrides or [], label="--set")
            typer.echo(f"ok: {file} ({scenario.meta.name})")
        except ScenarioError as err:
            problems += [str(p) for p in err.problems]
    if problems:
        _fail(problems)


app.command("compare")(compare_command)
app.command("report")(report_command)
app.command("hindcast")(hindcast_command)
app.command("trial")(trial_command)
app.command("new")(new_command)
app.command("evidence")(evidence_command)
app.command("calibrate")(calibrate_command)
app.command("app")(app_command)


@app.command()
def show(file: Path, overrides: SetOption = None) -> None:
    """Print the fully resolved scenario (parents merged, overrides and defaults applied)."""
    import yaml

    scenario = _load(file, overrides or [])
    data = scenario.model_dump(mode="json", exclude={"extends"})
    first = ("name", "firms", "agencies", "pdrb")  # who a region is before its figures
    data["regions"] = [{**{k: r[k] for k in first}, **r} for r in data["regions"]]
    typer.echo(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100))
    from sim.scenario.modelled import share_lines

    typer.echo("# modelled firms at the start (expected, from the firm parameters):")
    for line in share_lines(scenario.model_params(), scenario.regions):
        typer.echo(f"#   {line}")


@app.command()
def schema(
    out: Annotated[Path, typer.Option(help="Where to write the JSON Schema.")] = Path(
        "scenarios/schema/scenario.schema.json"
    ),
) -> None:
    """Write the JSON Schema of scenario files (editors use it to complete and check)."""
    from sim.scenario.json_schema import write_json_schema

    typer.echo(f"wrote {write_json_schema(out)}")


@app.command()
def params() -> None:
    """List every model parameter with its default, unit, allowed range and source."""
    from sim.levers import describe_levers
    from sim.params.model_params import describe_parameters

    for line in [*describe_parameters(), *describe_levers()]:
        typer.echo(line)


@app.command()
def metrics() -> None:
    """List the recorded metrics with their units and labels (English / Indonesian)."""
    from sim.metrics import REGISTRY

    for m in REGISTRY:
        typer.echo(f"{m.name:45s} {m.unit}\n{'':45s} {m.label_en} / {m.label_id}")


def _build(
    scenario: Path | None, overrides: list[str], seed: int, firms: int | None, regions: int | None
):  # noqa: ANN202
    from sim.model import PartnershipModel
    from sim.params import ParameterError

    try:
        if scenario is None:
            model = PartnershipModel(n_firms=firms, n_regions=regions, rng=seed)
            return model, f"Default model, seed {seed}", "default", None, None
        loaded = _load(scenario, overrides)
        if firms is not None or regions is not None:
            _fail(
                [
                    "--firms and --regions apply to the default model; with a scenario, "
                    "change its regions (or use --set)"
                ]
            )
        model = PartnershipModel.from_scenario(loaded, rng=seed)
        name = loaded.meta.name
        return model, f"{name}, seed {seed}", name, loaded.outputs, loaded
    except ParameterError as err:
        _fail([str(err)])


def main() -> None:
    """Console-script entry point."""
    app()
