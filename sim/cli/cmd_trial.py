"""`kemitraan trial` and `kemitraan evidence`: levers tried as the studies tried them."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    import pandas as pd

LEVER_HELP = "The lever offered (see `kemitraan params`)."


def _stop(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(2)


def trial_command(
    file: Annotated[Path, typer.Argument(help="Scenario file.")],
    lever: Annotated[str, typer.Option(help=LEVER_HELP)],
    share: Annotated[float, typer.Option(help="Share of eligible IKM offered it (0..1).")] = 0.5,
    seeds: Annotated[int, typer.Option(min=2, max=1000, help="Seeds (paired runs).")] = 8,
    horizons: Annotated[
        str, typer.Option(help="Months after the offer, e.g. 12,24,48.")
    ] = "12,24,48",
    set_: Annotated[
        list[str] | None, typer.Option("--set", help="Override: path=value (repeatable).")
    ] = None,
    out: Annotated[
        Path | None, typer.Option(help="Folder (default: results/<name>/trial-<lever>/).")
    ] = None,
) -> None:
    """A randomised trial inside the model: offered vs not offered, spillover, aggregate."""
    from sim.scenario import ScenarioError
    from sim.trials.assignment import TrialDesign, parse_horizons
    from sim.trials.run import run_trial
    from sim.trials.trial_tables import trial_figure, trial_markdown

    if not file.exists():
        _stop(f"{file}: no such scenario file")
    try:
        design = TrialDesign(file, lever, share, seeds, parse_horizons(horizons), tuple(set_ or ()))
        trial = run_trial(design)
    except ScenarioError as err:
        _stop(str(err))
        return
    except ValueError as err:
        _stop(f"{file}: {err}")
        return
    folder = out or Path("results") / file.stem / f"trial-{lever}"
    folder.mkdir(parents=True, exist_ok=True)
    text = trial_markdown(trial)
    typer.echo(text)
    (folder / "trial.md").write_text(text, encoding="utf-8")
    trial.per_seed.to_parquet(folder / "trial.parquet", index=False)
    trial.effects.to_csv(folder / "effects.csv", index=False)
    trial_figure(trial, folder / "trial.png")
    typer.echo(f"wrote {folder}/trial.md, effects.csv, trial.parquet and trial.png")


def evidence_command(
    seeds: Annotated[int, typer.Option(min=2, max=1000, help="Seeds per trial.")] = 8,
    scenario: Annotated[Path, typer.Option(help="World the trials run in.")] = Path(
        "scenarios/baseline.yaml"
    ),
    out: Annotated[Path | None, typer.Option(help="Markdown file to write the tables to.")] = None,
    fit: Annotated[
        list[str] | None,
        typer.Option(
            help="Fit a lever's size instead: LEVER.PARAMETER=v1,v2,... (a grid); repeat it to "
            "fit several parameters of one lever together (every combination)."
        ),
    ] = None,
) -> None:
    """Every lever's virtual trial beside data/evidence.csv: inside, outside, or assumed."""
    import pandas as pd

    from sim.trials.evidence import (
        EvidenceRun,
        cost_per_job,
        lever_trials,
        linkage_verdicts,
        load_evidence,
        verdicts,
    )
    from sim.trials.trial_tables import evidence_markdown

    if not scenario.exists():
        _stop(f"{scenario}: no such scenario file")
    table = load_evidence()
    if fit:
        _fit(fit, scenario, seeds, table)
        return
    run = EvidenceRun(str(scenario), seeds)
    trials = lever_trials(run, table)
    found = pd.concat([verdicts(table, trials), linkage_verdicts(table, run)], ignore_index=True)
    text = evidence_markdown(found, cost_per_job(trials, 24), 24)
    typer.echo(text)
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(
            f"# Levers against the evidence (`kemitraan evidence --seeds {seeds}`)\n\n{text}",
            encoding="utf-8",
        )
        typer.echo(f"wrote {out}")


def _is_model_parameter(path: str) -> bool:
    """Whether `section.name` names a model parameter (e.g. economy.displacement)."""
    from sim.params import ModelParams

    section, _, name = path.partition(".")
    field = ModelParams.model_fields.get(section)
    kind = field.annotation if field is not None else None
    return isinstance(kind, type) and name in getattr(kind, "model_fields", {})


def _grid_axis(text: str) -> tuple[str, str, list[float]]:
    """`training.practice_gain=0.06,0.08,0.1` -> (lever, parameter, values), or a clear stop."""
    from sim.levers import LEVER_SPECS
    from sim.trials.evidence import TRIAL_OVERRIDES

    name, _, grid = text.partition("=")
    lever, _, parameter = name.partition(".")
    if lever not in TRIAL_OVERRIDES or not (
        parameter in LEVER_SPECS[lever].model_fields or _is_model_parameter(parameter)
    ):
        levers = ", ".join(sorted(TRIAL_OVERRIDES))
        _stop(
            f"--fit {text!r}: allowed: LEVER.PARAMETER=v1,v2,... (a parameter of the lever, or "
            f"of the model such as economy.displacement) with LEVER one of {levers}"
        )
    try:
        values = [float(v) for v in grid.split(",") if v.strip()]
    except ValueError:
        values = []
    if not values:
        _stop(f"--fit {text!r}: give the values to try after '=', e.g. 0.06,0.08,0.1")
    return lever, parameter, values


def _fit(texts: list[str], scenario: Path, seeds: int, table: "pd.DataFrame") -> None:
    """`training.practice_gain=0.06,0.08,0.1`: each value's trial scored on the lever's rows.

    `permit_reform.economy.displacement=0.4,0.5` fits a model parameter on that lever's rows;
    several `--fit` of one lever fit their parameters together, over every combination.
    """
    from sim.trials.assignment import TrialDesign
    from sim.trials.evidence import TRIAL_OVERRIDES, checked_rows
    from sim.trials.fit import fit_lever

    axes = [_grid_axis(text) for text in texts]
    levers = sorted({lever for lever, _, _ in axes})
    if len(levers) > 1:
        _stop(f"--fit names levers {levers}: allowed: one lever's parameters per fit")
    lever = levers[0]
    rows = checked_rows(table, lever)
    targets = rows[rows["low"].notna() & rows["high"].notna() & (rows["comparison"] != "event")]
    horizons = tuple(sorted({int(h) for h in targets["horizon_months"]}))
    design = TrialDesign(
        scenario, lever, seeds=seeds, horizons=horizons, overrides=TRIAL_OVERRIDES[lever]
    )
    result = fit_lever(design, {parameter: values for _, parameter, values in axes}, targets)
    typer.echo(result.points.to_markdown(index=False, floatfmt=".3f"))
    typer.echo(f"best {result.best}; accepted: {result.accepted}")
