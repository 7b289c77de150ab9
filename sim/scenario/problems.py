"""Problems found in a scenario, each placed at a file and line, all reported together."""

import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

Path_ = tuple[str | int, ...]  # a location in the data: ("policies", "grant", "intensity")


@dataclass(frozen=True)
class Problem:
    """One thing wrong, where it is, and what is allowed."""

    where: str  # "file:line", "file" or "--set key=value"
    field: str  # dotted field path; "" for the file as a whole
    message: str

    def __str__(self) -> str:
        field = f" {self.field}:" if self.field else ""
        return f"{self.where}:{field} {self.message}"


class ScenarioError(ValueError):
    """A scenario (or experiment) file has problems; `problems` lists all of them."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class Origins:
    """Where each value came from: a file and line, or a command-line override."""

    def __init__(self) -> None:
        self.places: dict[Path_, str] = {}

    def add(self, path: Path_, file: Path | str, line: int | None = None) -> None:
        """Remember that the value at `path` was written at file:line."""
        name = shown_path(file) if isinstance(file, Path) else file
        self.places[path] = f"{name}:{line}" if line is not None else name

    def where(self, path: Path_) -> str:
        """The origin of the deepest known part of `path`.

        A key that only values below it came from (an unknown key a `--set` wrote, say) is
        blamed on where they came from, not on the file that holds its parent.
        """
        if path not in self.places:
            below = {
                v for p, v in self.places.items() if len(p) > len(path) and p[: len(path)] == path
            }
            if len(below) == 1:
                return below.pop()
        for k in range(len(path), -1, -1):
            if path[:k] in self.places:
                return self.places[path[:k]]
        return "scenario"

    def merged_with(self, child: "Origins") -> "Origins":
        """Origins of a child file laid over its parent's."""
        out = Origins()
        out.places = {**self.places, **child.places}
        return out


def shown_path(file: Path) -> str:
    """A file as a person typed it: relative to the working folder when inside it."""
    try:
        return str(file.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(file)


def dotted(path: Path_) -> str:
    """("regions", 0, "firms") -> "regions[0].firms"."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def did_you_mean(word: str, allowed: list[str]) -> str:
    """' (did you mean 'x'?)' when a close allowed word exists."""
    close = difflib.get_close_matches(word, allowed, n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def shown(value: Any) -> str:
    """A short readable rendering of a given value."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
