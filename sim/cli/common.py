"""What every sub-command shares: reporting problems, advice on writes, loading a scenario.

A problem is printed as `error: ...` lines and a count, with exit status 2.
"""

import errno
from pathlib import Path

import typer


def fail(lines: list[str]) -> None:
    """Print each problem as `error: ...`, how many there were, and exit with status 2."""
    for line in lines:
        typer.echo(f"error: {line}", err=True)
    n = len(lines)
    typer.echo(f"{n} problem{'s' if n != 1 else ''} found", err=True)
    raise typer.Exit(2)


def write_failure(err: OSError, after: str) -> str:
    """What went wrong writing, and what to do: the advice depends on the fault."""
    where = f" {err.filename}" if err.filename else ""
    permission = "no permission to write there: fix the permissions or give another --out"
    remedy = {
        errno.EROFS: "the disk is mounted read-only: copy the folder to a writable place "
        "(or give another --out)",
        errno.EACCES: permission,
        errno.EPERM: permission,
        errno.ENOSPC: "the disk is full: free space",
        errno.EDQUOT: "the disk quota is used up: free space",
    }.get(err.errno or 0, "check the disk")
    return f"cannot write{where}: {err.strerror or err}; {remedy}; {after}"


def load(file: Path, overrides: list[str]):  # noqa: ANN201 - a Scenario (imported late)
    """The scenario with its `--set` overrides, or the problems as errors (exit 2)."""
    from sim.scenario import ScenarioError, load_scenario

    try:
        scenario = load_scenario(file, overrides, label="--set")
    except ScenarioError as err:
        fail([str(p) for p in err.problems])
    _warn_new_levers(file, overrides, scenario)
    return scenario


def _warn_new_levers(file: Path, overrides: list[str], scenario) -> None:  # noqa: ANN001
    """A `--set policies.<lever>...` that switches on a lever the file does not have."""
    from sim.scenario import resolve_scenario

    given = (resolve_scenario(file)[0].get("policies") or {}) if overrides else {}
    added = {o.split(".")[1].split("=")[0] for o in overrides if o.startswith("policies.")}
    for lever in sorted(added - set(given)):
        spec = getattr(scenario.policies, lever, None)
        if spec is None:
            continue
        values = ", ".join(f"{k} {v}" for k, v in spec.model_dump().items())
        typer.echo(
            f"warning: --set adds the lever {lever}, which {file} does not have; its other "
            f"values are the defaults: {values}",
            err=True,
        )
