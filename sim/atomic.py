"""Writing files so that a crash never leaves half a file, and nothing else is touched.

Each write goes to a fresh temporary file next to its target (created exclusively by
`tempfile`, so a planted symlink is never followed), then is renamed onto the target.
Only temporary files with our suffix are ever cleaned up.
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
        os.replace(name, target)
    finally:
        if os.path.lexists(name):
            os.unlink(name)


def write_text(text: str, target: Path) -> Path:
    """Write text atomically."""
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return target


def is_our_temporary(path: Path) -> bool:
    """A temporary file this project wrote (and may remove)."""
    return path.name.endswith(TEMP_SUFFIX) and path.is_file() and not path.is_symlink()
