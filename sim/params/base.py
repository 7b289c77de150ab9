"""Helpers for declaring parameters: `param(...)` and the frozen base model."""

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class ParameterError(ValueError):
    """A parameter is unknown or has a value outside what is allowed.

    The message names the parameter, the value given and what is allowed.
    """


def param(
    default: Any,
    unit: str,
    doc: str,
    ge: float | None = None,
    le: float | None = None,
    gt: float | None = None,
    lt: float | None = None,
) -> Any:
    """Declare one parameter: default, unit, allowed range and a one-line doc with its source."""
    return Field(
        default=default,
        description=doc,
        ge=ge,
        le=le,
        gt=gt,
        lt=lt,
        json_schema_extra={"unit": unit},
    )


class Frozen(BaseModel):
    """Base for parameter groups: unknown keys are errors; values cannot change after load."""

    model_config = ConfigDict(extra="forbid", frozen=True, validate_default=True)
