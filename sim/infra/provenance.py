"""Provenance of results: versions, the git commit, file hashes, timestamps."""

import hashlib
import subprocess
from collections.abc import Iterable
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

PACKAGES = (
    *("kemitraan", "mesa", "numpy", "pandas", "pyarrow", "pydantic", "salib"),
    *("dask", "distributed"),
)


def versions() -> dict[str, str]:
    """Installed versions of the packages results depend on."""
    out = {}
    for name in PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            pass
    return out


def git_commit() -> str | None:
    """The project's commit, `+dirty` when the working tree has changes; None outside git."""
    try:
        here = Path(__file__).parent
        commit = subprocess.run(
            ["git", "rev-parse", "HEAD"],
            cwd=here,
            capture_output=True,
            text=True,
            timeout=5,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain"], cwd=here, capture_output=True, text=True, timeout=5
        ).stdout.strip()
        return commit + ("+dirty" if dirty else "")
    except (OSError, subprocess.SubprocessError):
        return None


def now() -> str:
    """UTC now, ISO 8601 to the second."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def sha256(path: Path) -> str:
    """The file's SHA-256."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def files_sha256(origins: Iterable[str]) -> dict[str, str]:
    """SHA-256 of every file a scenario was read from (its parents too), by absolute path.

    `origins` are the places values came from (`file:line`, or `--set ...` which is no
    file); the same file named two ways (relative, absolute, via ..) is one key.
    """
    files = {
        Path(place.rsplit(":", 1)[0]).resolve()
        for place in origins
        if ":" in place and not place.startswith("--set")
    }
    return {str(f): sha256(f) for f in sorted(files) if f.is_file()}
