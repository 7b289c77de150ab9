"""`kemitraan calibrate`: fit a scenario's free parameters to its target data rows (SMM)."""

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer


def calibrate_command(
    file: Annotated[Path, typer.Argument(help="A dated scenario with a calibration section.")],
    workers: Annotated[int, typer.Option(min=1, max=256, help="Worker processes.")] = 1,
    write: Annotated[
        bool, typer.Option(help="Write the result into FILE's calibration section.")
    ] = False,
    fresh: Annotated[
        bool, typer.Option(help="Start over if FILE changed since the last calibration.")
    ] = False,
    out: Annotated[
        Path | None, typer.Option(help="Folder (default: results/<name>/calibration/).")
    ] = None,
) -> None:
    """Run the calibration's Latin hypercube, score it on the targets, show the best point."""
    import yaml

    from sim.analysis.calibration import experiment, markdown, result_lines, score, target_rows
    from sim.cli.common import fail as _fail
    from sim.cli.common import load as _load
    from sim.experiments import ExperimentChanged, load_results, run_experiment
    from sim.scenario.data_rows import bps_figures

    scenario = _load(file, [])
    try:
        targets = target_rows(scenario, bps_figures())
    except ValueError as err:
        _fail([f"{file}: {err}"])
    folder = out or Path("results") / scenario.meta.name / "calibration"
    folder.mkdir(parents=True, exist_ok=True)
    spec = folder / "experiment.yaml"
    spec.write_text(yaml.safe_dump(experiment(scenario, file, targets), sort_keys=False))
    try:
        runs = run_experiment(spec, workers=workers, out=folder / "runs", fresh=fresh)
    except ExperimentChanged as err:
        _fail([str(err)])
    results = load_results(runs)
    failed = results.runs[results.runs["status"] != "ok"]
    if len(failed):
        typer.echo(f"warning: {len(failed)} runs failed; scored on the others", err=True)
    outcome = score(scenario, targets, results.trajectories)
    text = markdown(scenario, outcome)
    typer.echo(text)
    (folder / "calibration.md").write_text(
        f"# Calibration: {scenario.meta.name}\n\n{text}\n", encoding="utf-8"
    )
    lines = result_lines(outcome, dt.date.today().isoformat(), scenario.calibration.accept)
    if write:
        _write_checked(file, lines)
        typer.echo(f"wrote the result into {file} (calibration.result, calibration.fit)")
    else:
        typer.echo(f"\nto use it, put these lines in {file} under `calibration:` (or --write):")
        typer.echo("\n".join(lines))


def _write_checked(file: Path, lines: list[str]) -> None:
    """Replace FILE's result only if the new text loads; never leave it half written."""
    from sim.analysis.calibration import write_result
    from sim.cli.common import fail as _fail
    from sim.infra.atomic import atomic_path
    from sim.scenario import ScenarioError, load_scenario

    try:
        text = write_result(file, lines)
    except ValueError as err:
        _fail([str(err)])
    try:
        with atomic_path(file) as tmp:  # renamed onto FILE only if it loads
            tmp.write_text(text, encoding="utf-8")
            load_scenario(tmp)
    except ScenarioError as err:
        _fail([f"{file}: the calibrated file would not load, left unchanged", str(err)])
