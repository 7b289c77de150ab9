"""Helpers for declaring parameters: `param(...)` and the frozen base model."""

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class ParameterError(ValueError):
    """A parameter is unknown or has a value outside what is allowed.

    The message names the parameter, the value given and what is allowed.
    """


SOURCE_KINDS = ("assumption:", "setting:")  # or else a citation (a paper, a data row, a seed)


def param(
    default: Any,
    unit: str,
    doc: str,
    ge: float | None = None,
    le: float | None = None,
    gt: float | None = None,
    lt: float | None = None,
    *,
    source: str,
) -> Any:
    """Declare one parameter: default, unit, allowed range, a one-line doc and its source.

    `source` is a citation (a paper, a row of regions_bps.csv, a seed article, DESIGN.md),
    or "assumption: why this value", or "setting: ..." for a choice about the run itself.
    """
    if not source.strip() or source.strip().endswith(":"):
        raise ValueError(f"parameter {doc!r}: give its source (a citation or 'assumption: why')")
    return Field(
        default=default,
        description=doc,
        ge=ge,
        le=le,
        gt=gt,
        lt=lt,
        json_schema_extra={"unit": unit, "source": source},
    )


class Frozen(BaseModel):
    """Base for parameter groups: unknown keys are errors; values cannot change after load."""

    model_config = ConfigDict(extra="forbid", frozen=True, validate_default=True)
