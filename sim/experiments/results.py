"""Reading an experiment's results folder back, with clear errors when it is not one."""

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa

from sim.infra.folders import sweep_status


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
    manifest = _manifest(manifest_file)
    if manifest.get("kind") == "run":
        raise ResultsError(
            f"{folder}: the results of one run (`kemitraan run`), not of a sweep; compare "
            "two runs with `kemitraan compare BASELINE_RUN OTHER_RUN`"
        )
    manifest["status"] = sweep_status(folder, manifest)  # "stale": running, but nobody is
    if manifest["status"] in ("running", "stale") and not (folder / "runs.parquet").exists():
        raise ResultsError(
            f"{folder}: the sweep is still running (another process holds its lock); wait "
            "for it to finish"
            if manifest["status"] == "running"
            else f"{folder}: the sweep that wrote it stopped without finishing (killed, a "
            "power cut or a full disk; its manifest still says running): run the same "
            "`kemitraan sweep` command again to complete it"
        )
    if manifest.get("status") == "complete" and manifest.get("runs_ok") == 0:
        raise ResultsError(
            f"{folder}: every run failed ({manifest.get('runs_failed')}); their errors are in "
            f"{folder / 'runs.parquet'}"
        )
    return Results(
        folder,
        manifest,
        _table(folder, "trajectories", True),
        _table(folder, "runs", True),
        _table(folder, "events", False),
        _table(folder, "snapshots", False),
    )


def load_run_pair(baseline: str | Path, other: str | Path) -> Results:
    """Two `kemitraan run` folders as one paired results set (the first is the baseline).

    Both runs must have used the same seed: that is what pairs them. One pair gives a
    difference but no interval, so every verdict is "inconclusive".
    """
    frames, manifests, names = [], [], []
    for folder in map(Path, (baseline, other)):
        manifest = _manifest(folder / "manifest.json")
        if manifest.get("kind") != "run":
            raise ResultsError(f"{folder}: not the folder of one run (`kemitraan run --out`)")
        manifests.append(manifest)
        names.append(str(manifest.get("scenario") or folder.name))
        frames.append(_table(folder, "trajectories", True))
    if names[0] == names[1]:
        names = [f"{n} ({Path(f).name})" for n, f in zip(names, (baseline, other), strict=True)]
    seeds = [m.get("seed") for m in manifests]
    if seeds[0] != seeds[1]:
        raise ResultsError(
            f"the runs used seeds {seeds[0]} and {seeds[1]}: a paired comparison needs the "
            "same seed (run both with the same --seed)"
        )
    labelled = []
    for name, frame in zip(names, frames, strict=True):
        assert frame is not None
        front = pd.DataFrame(
            {"scenario": name, "point": 0, "run": 0, "seed": seeds[0]}, index=frame.index
        )
        labelled.append(pd.concat([front, frame], axis=1))
    traj = pd.concat(labelled, ignore_index=True)
    traj["scenario"] = pd.Categorical(traj["scenario"], categories=names)
    runs = pd.DataFrame({"scenario": names, "point": 0, "run": 0, "seed": seeds[0], "status": "ok"})
    manifest = {"kind": "run pair", "runs": manifests, "seeds": 1, "baseline": names[0]}
    return Results(Path(other), manifest, traj, runs, None, None)


def _manifest(path: Path) -> dict[str, Any]:
    if not path.exists():
        raise ResultsError(f"{path.parent}: not a results folder (no manifest.json)")
    try:
        manifest = json.loads(path.read_text())
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise ResultsError(f"{path}: damaged ({err})") from None
    if not isinstance(manifest, dict):
        raise ResultsError(f"{path}: damaged (not a JSON object)")
    return manifest


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
