"""Pydantic's validation errors as located problems a person can act on."""

import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from sim.scenario.problems import Origins, Problem, did_you_mean, dotted, shown

_BOUNDS = {"ge": ">=", "gt": ">", "le": "<=", "lt": "<"}
_TYPES = {
    "float_type": "a number",
    "float_parsing": "a number",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "int_from_float": "a whole number",
    "string_type": "text",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "dict_type": "a mapping (key: value lines)",
    "model_type": "a mapping (key: value lines)",
    "tuple_type": "a list",
    "list_type": "a list",
    "model_attributes_type": "a mapping",
}


PATTERN_WORDS = {  # each pattern of the schema, in words
    r"^[A-Za-z0-9][A-Za-z0-9_.-]*$": "letters, digits, _ . - , starting with a letter or digit",
    r"^[0-9]{4}-(0[1-9]|1[0-2])$": "a month as YYYY-MM, month 01 to 12 (e.g. 2022-08)",
}


def describe(err: ValidationError, root: type[BaseModel], origins: Origins) -> list[Problem]:
    """One problem per pydantic error, at the line the offending value came from."""
    errors = err.errors()
    locs = [tuple(e["loc"]) for e in errors]
    shadowed = [  # "too few items" only because an item itself was invalid
        e["type"] == "too_short"
        and any(o[: len(e["loc"])] == tuple(e["loc"]) and o != tuple(e["loc"]) for o in locs)
        for e in errors
    ]
    return [
        _problem(e, root, origins) for e, hide in zip(errors, shadowed, strict=True) if not hide
    ]


def _problem(e: Any, root: type[BaseModel], origins: Origins) -> Problem:
    loc = tuple(e["loc"])
    kind, ctx = e["type"], e.get("ctx") or {}
    field = _field_at(root, loc)
    unit = ""
    if field is not None and isinstance(field.json_schema_extra, dict):
        unit = f" [{field.json_schema_extra['unit']}]" if "unit" in field.json_schema_extra else ""
    got = f"got {shown(e.get('input'))}"
    if kind == "extra_forbidden":
        allowed = _fields_of(root, loc[:-1])
        hint = did_you_mean(str(loc[-1]), allowed)
        text = f"unknown key{hint}; allowed: {', '.join(allowed)}"
    elif kind == "missing":
        doc = f" ({field.description})" if field is not None and field.description else ""
        text = f"required but missing{doc}"
    elif kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        bound = next((f"{_BOUNDS[k]} {v}" for k, v in ctx.items() if k in _BOUNDS), "")
        text = f"out of range ({got}; allowed: {bound}{unit})"
    elif kind in _TYPES:
        text = f"wrong type ({got}; allowed: {_TYPES[kind]}{unit})"
    elif kind in ("literal_error", "enum"):
        text = f"not one of the allowed values ({got}; allowed: {ctx.get('expected', '')})"
    elif kind == "string_pattern_mismatch":
        pattern = str(ctx.get("pattern", ""))
        text = f"not allowed ({got}; allowed: {PATTERN_WORDS.get(pattern, pattern)})"
    elif kind in ("too_short", "too_long"):
        text = f"{e['msg'].lower()} ({got})"
    else:
        text = f"{e['msg'].removeprefix('Value error, ')} ({got})"
    return Problem(origins.where(loc), dotted(loc), text)


def _annotation_at(root: type[BaseModel], loc: tuple[Any, ...]) -> Any:
    """The type annotation found by following `loc` from the root model."""
    current: Any = root
    for part in loc:
        current = _unwrap(current)
        if isinstance(current, type) and issubclass(current, BaseModel):
            if part not in current.model_fields:
                return None
            current = current.model_fields[part].annotation
        else:
            args = [a for a in typing.get_args(current) if a is not Ellipsis]
            current = args[-1] if args else None
    return _unwrap(current)


def _unwrap(tp: Any) -> Any:
    """Optional[X] -> X; tuple[X, ...] and dict[K, X] stay for indexing."""
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        rest = [a for a in typing.get_args(tp) if a is not type(None)]
        return rest[0] if len(rest) == 1 else tp
    return tp


def _fields_of(root: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    model = _annotation_at(root, loc) if loc else root
    if isinstance(model, type) and issubclass(model, BaseModel):
        return list(model.model_fields)
    return []


def _field_at(root: type[BaseModel], loc: tuple[Any, ...]) -> Any:
    if not loc or not isinstance(loc[-1], str):
        return None
    parent = _annotation_at(root, loc[:-1]) if loc[:-1] else root
    if isinstance(parent, type) and issubclass(parent, BaseModel):
        return parent.model_fields.get(loc[-1])
    return None
