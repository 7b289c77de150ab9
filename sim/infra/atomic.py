"""Writing files so that a crash never leaves half a file, and nothing else is touched.

Each write goes to a fresh temporary file next to its target (created exclusively by
`tempfile`, so a planted symlink is never followed), is flushed to the disk (`fsync`), then
renamed onto the target, and the folder's entry is flushed too: after a crash of the
machine a file is either the old one or the whole new one, never empty. Only temporary
files with our suffix are ever cleaned up.
"""

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

TEMP_SUFFIX = ".kemitraan-tmp"


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A fresh temporary path beside `target`; renamed onto it when the block succeeds."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=TEMP_SUFFIX
    )
    os.close(handle)
    try:
        yield Path(name)
        sync(Path(name))
        os.replace(name, target)
        sync(target.parent)
    finally:
        if os.path.lexists(name):
            os.unlink(name)


def sync(path: Path) -> None:
    """Flush a file's (or a folder's entries') data to the disk."""
    handle = os.open(path, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def write_text(text: str, target: Path) -> Path:
    """Write text atomically."""
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return target


def is_our_temporary(path: Path) -> bool:
    """A temporary file this project wrote (and may remove)."""
    return path.name.endswith(TEMP_SUFFIX) and path.is_file() and not path.is_symlink()
