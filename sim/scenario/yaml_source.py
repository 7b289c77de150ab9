"""Reading YAML safely, keeping the line of every value (PyYAML's safe loader only)."""

from pathlib import Path
from typing import Any

import yaml

from sim.scenario.problems import Origins, Path_, Problem, dotted, shown_path


def read_yaml(file: Path) -> tuple[Any, Origins, list[Problem]]:
    """Data, origins and problems of a YAML file; data is None when it cannot be read."""
    origins = Origins()
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None, origins, [Problem(shown_path(file), "", "file not found")]
    except IsADirectoryError:
        return None, origins, [Problem(shown_path(file), "", "is a folder, not a YAML file")]
    except (OSError, UnicodeDecodeError) as err:
        return None, origins, [Problem(shown_path(file), "", f"cannot be read ({err})")]
    try:
        loader = yaml.SafeLoader(text)
    except yaml.reader.ReaderError as err:
        return None, origins, [_reader_problem(file, text, err)]
    try:
        node = loader.get_single_node()
        if node is None:
            return None, origins, [Problem(f"{shown_path(file)}:1", "", "the file is empty")]
        problems: list[Problem] = []
        data = _build(loader, node, (), file, origins, problems)
        return data, origins, problems
    except yaml.MarkedYAMLError as err:
        return None, origins, [_syntax_problem(file, err)]
    except yaml.reader.ReaderError as err:
        return None, origins, [_reader_problem(file, text, err)]
    except yaml.YAMLError as err:
        return None, origins, [Problem(shown_path(file), "", f"YAML error: {err}")]
    finally:
        loader.dispose()


def _build(
    loader: yaml.SafeLoader,
    node: yaml.Node,
    path: Path_,
    file: Path,
    origins: Origins,
    problems: list[Problem],
) -> Any:
    line = node.start_mark.line + 1
    origins.add(path, file, line)
    if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and node.tag not in _PLAIN:
        problems.append(Problem(f"{shown_path(file)}:{line}", dotted(path), _tag_message(node.tag)))
        return None
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, (str, int)) or isinstance(key, bool):
                line = key_node.start_mark.line + 1
                problems.append(
                    Problem(
                        f"{shown_path(file)}:{line}",
                        dotted(path),
                        "a key must be a plain word, not a list or mapping",
                    )
                )
                continue
            if key in out:
                line = key_node.start_mark.line + 1
                problems.append(
                    Problem(
                        f"{shown_path(file)}:{line}",
                        dotted((*path, key)),
                        "this key is given twice; keep one",
                    )
                )
            out[key] = _build(loader, value_node, (*path, key), file, origins, problems)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [
            _build(loader, item, (*path, k), file, origins, problems)
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
