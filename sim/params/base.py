"""Helpers for declaring parameters: `param(...)` and the frozen base model."""

import typing
import unicodedata
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationInfo, field_validator


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

    `source` is a citation (a paper, a row of regions_bps.csv, a seed article, docs/odd.md),
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
    """Base for parameter groups: unknown keys are errors; values cannot change after load.

    Numbers must be finite (no NaN or infinity) and a number is never true/false.
    """

    model_config = ConfigDict(
        extra="forbid", frozen=True, validate_default=True, allow_inf_nan=False
    )

    @field_validator("*", mode="before")
    @classmethod
    def _a_number_is_not_true_or_false(cls, value: Any, info: ValidationInfo) -> Any:
        if isinstance(value, bool) and info.field_name is not None:
            allowed = typing.get_args(cls.model_fields[info.field_name].annotation) or (
                cls.model_fields[info.field_name].annotation,
            )
            if bool not in allowed and any(t in allowed for t in (int, float)):
                raise ValueError(f"a number, not {str(value).lower()}")
        return value


def shown_text(text: str, allowed: str = "") -> str:
    """Refuse characters that change how a shown name reads (bidi overrides, zero-width, control).

    A name is written into tables, reports and the app; U+202E (right-to-left override) and
    friends would make "Lebak" display as something else. `allowed`: exceptions (prose keeps
    its line breaks).
    """
    bad = sorted(
        {
            f"U+{ord(c):04X}"
            for c in text
            if unicodedata.category(c) in ("Cc", "Cf") and c not in allowed
        }
    )
    if bad:
        raise ValueError(
            f"contains invisible or direction-changing characters ({', '.join(bad)}); allowed: "
            "letters, digits, spaces and punctuation"
        )
    return text


ShownText = Annotated[str, AfterValidator(shown_text)]
ShownProse = Annotated[str, AfterValidator(lambda text: shown_text(text, "\n\t"))]
