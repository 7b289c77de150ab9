"""Reading an experiment's results folder back, with clear errors when it is not one."""

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa


class ResultsError(ValueError):
    """A results folder is missing, incomplete or damaged; the message says which file."""


@dataclass
class Results:
    """The tables of one experiment."""

    folder: Path
    manifest: dict[str, Any]
    trajectories: pd.DataFrame
    runs: pd.DataFrame
    events: pd.DataFrame | None
    snapshots: pd.DataFrame | None


def load_results(folder: str | Path) -> Results:
    """The compacted tables of a results folder (written by `run_experiment`)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ResultsError(
            f"{folder}: no such results folder; run `kemitraan sweep FILE` "
            "first, or give the folder it wrote"
        )
    manifest_file = folder / "manifest.json"
    if not manifest_file.exists():
        raise ResultsError(f"{folder}: not a results folder (no manifest.json)")
    try:
        manifest = json.loads(manifest_file.read_text())
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise ResultsError(f"{manifest_file}: damaged ({err})") from None
    return Results(
        folder,
        manifest,
        _table(folder, "trajectories", True),
        _table(folder, "runs", True),
        _table(folder, "events", False),
        _table(folder, "snapshots", False),
    )


def _table(folder: Path, name: str, required: bool) -> pd.DataFrame | None:
    path = folder / f"{name}.parquet"
    if not path.exists():
        if required:
            raise ResultsError(
                f"{path}: missing; the sweep did not finish: run the same "
                "`kemitraan sweep` command again to complete it"
            )
        return None
    try:
        return pd.read_parquet(path)
    except (OSError, ValueError, pa.ArrowException) as err:
        raise ResultsError(f"{path}: damaged or not Parquet ({err})") from None
