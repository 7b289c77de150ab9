"""How the command line reports a problem: `error: ...` lines, a count, exit status 2."""

import errno

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
