"""`extends:` chains and `--set` overrides, turned into one plain dict with origins."""

import copy
from pathlib import Path
from typing import Any

import yaml

from sim.scenario.problems import Origins, Path_, Problem, shown_path
from sim.scenario.yaml_source import read_yaml

MAX_CHAIN = 20  # files in one extends chain


def resolve_file(file: Path, chain: tuple[Path, ...] = ()) -> tuple[Any, Origins, list[Problem]]:
    """The file's data laid over its `extends` parents (see `deep_merge`)."""
    data, origins, problems = read_yaml(file)
    if data is None or problems and not isinstance(data, dict):
        return data, origins, problems
    if not isinstance(data, dict):
        kind = type(data).__name__
        return (
            None,
            origins,
            [
                Problem(
                    f"{shown_path(file)}:1",
                    "",
                    f"a scenario is a mapping of sections (meta:, regions:, ...); got a {kind}",
                )
            ],
        )
    parent = data.pop("extends", None)
    if parent is None:
        return data, origins, problems
    where = origins.where(("extends",))
    if not isinstance(parent, str) or "\x00" in parent or not parent.strip():
        return (
            data,
            origins,
            [*problems, Problem(where, "extends", f"must be a file name (got {parent!r})")],
        )
    parent_file = (file.parent / parent).resolve()
    if parent_file.suffix.lower() not in (".yaml", ".yml"):
        message = f"{parent!r} is not a scenario file; allowed: a .yaml or .yml file"
        return data, origins, [*problems, Problem(where, "extends", message)]
    if len(chain) >= MAX_CHAIN:
        message = f"more than {MAX_CHAIN} files extend one another; allowed: at most {MAX_CHAIN}"
        return data, origins, [*problems, Problem(where, "extends", message)]
    if parent_file in chain or parent_file == file.resolve():
        loop = " -> ".join(p.name for p in (*chain, file.resolve(), parent_file))
        return data, origins, [*problems, Problem(where, "extends", f"cycle: {loop}")]
    base, base_origins, base_problems = resolve_file(parent_file, (*chain, file.resolve()))
    if base is None:
        note = [Problem(where, "extends", f"parent {parent!r} could not be loaded")]
        return data, origins, [*problems, *base_problems, *note]
    return deep_merge(base, data), base_origins.merged_with(origins), problems + base_problems


def deep_merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """`over` laid on `base`: mappings merge key by key; anything else is replaced.

    Lists of named mappings (`regions`) merge item by item by `name` when any of the names
    is the parent's: a child file that changes one figure of Lebak keeps Lebak's other
    figures (and new names are appended); a list with none of the parent's names replaces
    it (a new set of regions).
    """
    out = copy.deepcopy(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = deep_merge(out[key], value)
        elif _named_items(value) and _named_items(out.get(key)) and _shares_a_name(out[key], value):
            out[key] = _merge_by_name(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def _named_items(value: Any) -> bool:
    return (
        isinstance(value, list)
        and bool(value)
        and all(isinstance(item, dict) and "name" in item for item in value)
    )


def _shares_a_name(base: list[dict[str, Any]], over: list[dict[str, Any]]) -> bool:
    return bool({item["name"] for item in base} & {item["name"] for item in over})


def _merge_by_name(base: list[dict[str, Any]], over: list[dict[str, Any]]) -> list[Any]:
    out = copy.deepcopy(base)
    index = {item["name"]: k for k, item in enumerate(out)}
    for item in over:
        if item["name"] in index:
            out[index[item["name"]]] = deep_merge(out[index[item["name"]]], item)
        else:
            out.append(copy.deepcopy(item))
    return out


def apply_override(
    data: dict[str, Any], assignment: str, origins: Origins, label: str = "override"
) -> Problem | None:
    """Apply `a.b.c=value` (value read as YAML; list items by index or by `name`).

    Its problems are placed at `label a.b.c=value` ("--set" on the command line).
    """
    key, sep, text = assignment.partition("=")
    where = f"{label} {assignment}"
    if not sep or not key.strip():
        return Problem(
            where, "", "write overrides as path=value, e.g. policies.grant.intensity=0.5"
        )
    try:
        value = yaml.safe_load(text)
    except yaml.YAMLError as err:
        return Problem(where, key, f"the value is not valid YAML ({err})")
    path = parse_path(data, key.strip().split("."))
    if isinstance(path, str):
        return Problem(where, key, path)
    for depth in range(1, len(path)):
        node = get_at(data, path[:depth])
        if node is not None and not isinstance(node, (dict, list)):
            prefix = ".".join(map(str, path[:depth]))
            return Problem(
                where,
                key,
                f"{prefix} is a value ({node!r}), not a section; allowed: {prefix}=VALUE",
            )
    set_at(data, path, value)
    origins.add(path, where)
    return None


def get_at(data: Any, path: Path_) -> Any:
    """The value deep in nested dicts/lists, or None where the path leads nowhere."""
    node = data
    for part in path:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return None
    return node


def set_at(data: Any, path: Path_, value: Any) -> None:
    """Set a value deep in nested dicts/lists, creating mappings on the way.

    An empty section (`horizon:` with nothing under it, None in YAML) becomes a mapping.
    """
    node = data
    for part in path[:-1]:
        if isinstance(node, dict):
            if node.get(part) is None:
                node[part] = {}
            node = node[part]
        else:
            node = node[part]
    node[path[-1]] = value


def parse_path(data: Any, parts: list[str]) -> Path_ | str:
    """Path with list items turned into indexes, or a message saying what is wrong."""
    path: list[str | int] = []
    node = data
    for part in parts:
        if isinstance(node, list):
            index = _list_index(node, part)
            if index is None:
                names = [item.get("name") for item in node if isinstance(item, dict)]
                return (
                    f"no item {part!r} in {'.'.join(map(str, path))}; allowed: an index "
                    f"0..{len(node) - 1} or a name in {names}"
                )
            path.append(index)
            node = node[index]
        else:
            path.append(part)
            node = node.get(part) if isinstance(node, dict) else None
    return tuple(path)


def _list_index(items: list[Any], part: str) -> int | None:
    if part.isdigit() and int(part) < len(items):
        return int(part)
    for k, item in enumerate(items):
        if isinstance(item, dict) and item.get("name") == part:
            return k
    return None
