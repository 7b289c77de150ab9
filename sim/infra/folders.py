"""Whose folder is it? Results are written only into new, empty or our own results folders.

A results folder is ours when its `manifest.json` says so: a sweep's has a `plan_hash`, a
single run's has `"kind": "run"`. Anything else that is not empty belongs to someone else.
"""

import fcntl
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Literal

Kind = Literal["missing", "empty", "run", "sweep", "foreign"]
# what `kemitraan run` writes: a folder of only these is a run's (from before run manifests)
RUN_FILES = frozenset(
    {"trajectories.parquet", "events.parquet", "trajectories.png", "manifest.json", "analysis"}
)


class NotOurFolder(ValueError):
    """The output folder holds something a write would destroy; nothing was written."""


def folder_kind(folder: Path) -> Kind:
    """What a folder holds, as far as writing results into it is concerned."""
    if not folder.exists():
        return "missing"
    if not folder.is_dir():
        return "foreign"
    manifest = folder / "manifest.json"
    if manifest.is_file() and not manifest.is_symlink():
        try:
            data = json.loads(manifest.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = None
        if isinstance(data, dict) and data.get("kind") == "run":
            return "run"
        if isinstance(data, dict) and "plan_hash" in data:
            return "sweep"
        if data is None and (folder / "parts").is_dir():
            return "sweep"  # a sweep's folder whose manifest is damaged: it says so later
    entries = {p.name for p in folder.iterdir()} - {LOCK}
    if not entries:
        return "empty"
    return "run" if entries <= RUN_FILES and "manifest.json" not in entries else "foreign"


def claim(folder: Path, want: Literal["run", "sweep"], force: bool = False) -> None:
    """Refuse (NotOurFolder) to write into a folder that is not new, empty or a `want`'s.

    `force` writes anyway; even then nothing that is not ours is ever removed.
    """
    kind = folder_kind(folder)
    if kind in ("missing", "empty", want) or force:
        return
    if kind in ("run", "sweep"):
        raise NotOurFolder(
            f"{folder} holds the results of a {kind}; nothing was written: choose another "
            f"--out (or --force to write the {want} into it)"
        )
    raise NotOurFolder(
        f"{folder} is not empty and is not a Kemitraan results folder (it has no manifest.json "
        "of ours); nothing was written: choose a new or empty folder with --out, or pass "
        "--force to write into it (files that are not Kemitraan's are never removed)"
    )


LOCK = ".kemitraan.lock"


class FolderBusy(RuntimeError):
    """Another sweep is writing into the same folder."""


@contextmanager
def locked(folder: Path) -> Iterator[None]:
    """Hold the folder's lock while writing into it; refuse if another process holds it."""
    folder.mkdir(parents=True, exist_ok=True)
    handle = os.open(folder / LOCK, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644)
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise FolderBusy(
                f"{folder} is being written by another sweep; wait for it to finish, or "
                "choose another --out"
            ) from None
        yield
    finally:
        os.close(handle)  # closing releases the lock


def lock_is_held(folder: Path) -> bool:
    """Whether a live process holds the folder's lock (a sweep writing into it now)."""
    path = folder / LOCK
    if not path.is_file():
        return False
    handle = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(handle)  # releases the lock if this call took it
    return False


def sweep_status(folder: Path, manifest: dict) -> str:
    """The manifest's status, or "stale" when it says running but no process holds the lock.

    A sweep stopped by kill -9, a power cut or a full disk leaves "running" behind.
    """
    status = str(manifest.get("status", "unknown"))
    if status == "running" and not lock_is_held(folder):
        return "stale"
    return status
