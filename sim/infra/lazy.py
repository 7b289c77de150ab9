"""A package's public names, imported from their modules on first use (PEP 562)."""

import importlib
import sys
from collections.abc import Callable
from typing import Any


def names_from(package: str, where: dict[str, str]) -> Callable[[str], Any]:
    """A module `__getattr__` for the package (assign it to `__getattr__` in its `__init__`).

    Each name of `where` (name -> the module it lives in) is imported on first use and kept
    on the package, so the next use costs nothing.
    """

    def getattr_(name: str) -> Any:
        if name not in where:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(where[name]), name)
        setattr(sys.modules[package], name, value)
        return value

    return getattr_
