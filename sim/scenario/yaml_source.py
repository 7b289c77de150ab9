"""Reading YAML safely, keeping the line of every value (PyYAML's safe loader only).

Within a budget: regular files only, at most MAX_BYTES, MAX_VALUES values once aliases are
expanded (a 347-byte alias bomb would otherwise grow without end) and MAX_DEPTH levels.
"""

import os
import stat
from pathlib import Path
from typing import Any

import yaml

from sim.scenario.problems import Origins, Path_, Problem, dotted, shown_path

# libyaml's parser where PyYAML was built with it (about 10x faster), the same safe rules
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_BYTES = 1_000_000  # a scenario file is a few kilobytes
MAX_VALUES = 100_000  # values once aliases are expanded
MAX_DEPTH = 40  # levels of nesting (a scenario needs about 6)


class _OverBudget(Exception):
    def __init__(self, line: int, message: str) -> None:
        self.line, self.message = line, message


def read_yaml(file: Path) -> tuple[Any, Origins, list[Problem]]:
    """Data, origins and problems of a YAML file; data is None when it cannot be read."""
    origins = Origins()
    text, problem = _read_text(file)
    if problem is not None:
        return None, origins, [problem]
    assert text is not None
    try:
        loader = LOADER(text)
    except yaml.reader.ReaderError as err:
        return None, origins, [_reader_problem(file, text, err)]
    try:
        node = loader.get_single_node()
        if node is None:
            return None, origins, [Problem(f"{shown_path(file)}:1", "", "the file is empty")]
        problems: list[Problem] = []
        data = _build(loader, node, (), shown_path(file), origins, problems, [0])
        return data, origins, problems
    except _OverBudget as err:
        return None, origins, [Problem(f"{shown_path(file)}:{err.line}", "", err.message)]
    except RecursionError:
        message = f"nested too deeply; allowed: at most {MAX_DEPTH} levels"
        return None, origins, [Problem(f"{shown_path(file)}:1", "", message)]
    except yaml.MarkedYAMLError as err:
        return None, origins, [_syntax_problem(file, err)]
    except yaml.reader.ReaderError as err:
        return None, origins, [_reader_problem(file, text, err)]
    except yaml.YAMLError as err:
        return None, origins, [Problem(shown_path(file), "", f"YAML error: {err}")]
    finally:
        loader.dispose()


def _read_text(file: Path) -> tuple[str | None, Problem | None]:
    """The text of a regular file within MAX_BYTES, or the problem that stops it."""
    where = shown_path(file)
    try:
        mode = os.stat(file).st_mode
        if stat.S_ISDIR(mode):
            return None, Problem(where, "", "is a folder, not a YAML file")
        if not stat.S_ISREG(mode):
            return None, Problem(
                where, "", "is not a regular file (a device, pipe or socket); allowed: a .yaml file"
            )
        with open(file, "rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return None, Problem(where, "", "file not found")
    except OSError as err:
        return None, Problem(where, "", f"cannot be read ({err.strerror or err})")
    if len(raw) > MAX_BYTES:
        return None, Problem(
            where, "", f"is larger than {MAX_BYTES:,} bytes; a scenario file is a few kilobytes"
        )
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError:
        return None, Problem(where, "", "is not UTF-8 text; allowed: a YAML text file")


def _build(
    loader: Any,
    node: yaml.Node,
    path: Path_,
    name: str,
    origins: Origins,
    problems: list[Problem],
    count: list[int],
) -> Any:
    line = node.start_mark.line + 1
    count[0] += 1
    if count[0] > MAX_VALUES:
        raise _OverBudget(
            line,
            f"more than {MAX_VALUES:,} values once YAML aliases are expanded; a scenario "
            "file has a few hundred",
        )
    if len(path) > MAX_DEPTH:
        raise _OverBudget(line, f"nested too deeply; allowed: at most {MAX_DEPTH} levels")
    origins.add(path, name, line)
    if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and node.tag not in _PLAIN:
        problems.append(Problem(f"{name}:{line}", dotted(path), _tag_message(node.tag)))
        return None
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = (
                loader.construct_object(key_node, deep=True)
                if isinstance(key_node, yaml.ScalarNode)
                else None
            )
            if not isinstance(key, (str, int)) or isinstance(key, bool):
                line = key_node.start_mark.line + 1
                problems.append(
                    Problem(
                        f"{name}:{line}",
                        dotted(path),
                        "a key must be a plain word, not a list or mapping",
                    )
                )
                continue
            if key in out:
                line = key_node.start_mark.line + 1
                problems.append(
                    Problem(
                        f"{name}:{line}",
                        dotted((*path, key)),
                        "this key is given twice; keep one",
                    )
                )
            out[key] = _build(loader, value_node, (*path, key), name, origins, problems, count)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [
            _build(loader, item, (*path, k), name, origins, problems, count)
            for k, item in enumerate(node.value)
        ]
    return loader.construct_object(node, deep=True)


_PLAIN = ("tag:yaml.org,2002:map", "tag:yaml.org,2002:seq")


def _tag_message(tag: str) -> str:
    shown = tag.replace("tag:yaml.org,2002:", "!!")
    return (
        f"YAML tag {shown!r} is not allowed: scenario files are plain data (numbers, "
        "text, lists, mappings); remove the tag"
    )


def _reader_problem(file: Path, text: str, err: yaml.reader.ReaderError) -> Problem:
    line = text[: err.position].count("\n") + 1
    return Problem(
        f"{shown_path(file)}:{line}",
        "",
        f"character {err.character!r} is not allowed in YAML (a control character); delete it",
    )


def _syntax_problem(file: Path, err: yaml.MarkedYAMLError) -> Problem:
    mark = err.problem_mark or err.context_mark
    line = mark.line + 1 if mark is not None else 1
    what = " ".join(str(x) for x in (err.context, err.problem) if x)
    if isinstance(err, yaml.constructor.ConstructorError) and "tag" in (err.problem or ""):
        tag = (err.problem or "").split("tag", 1)[-1].strip(" '")
        return Problem(f"{shown_path(file)}:{line}", "", _tag_message(tag))
    return Problem(f"{shown_path(file)}:{line}", "", f"YAML syntax error: {what}")
