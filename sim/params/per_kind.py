"""A value for each partnership kind (costs, initial trust, benefit rates).

The classes are made from `Kind`: a kind declared there gets a field here, with the default
its `KindSpec` gives, in the scenario schema and everywhere else.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING, Literal, TypeAlias

import numpy as np
from pydantic import Field, create_model

from sim.core.kinds import KIND_NAMES, Kind, KindSpec
from sim.params.base import Frozen


class PerKind(Frozen):
    """One non-negative number per partnership kind; unit given by the field that holds it."""

    def as_array(self) -> np.ndarray:
        """Values in `Kind` code order, for indexing with an array of kind codes."""
        return np.array([getattr(self, k.name) for k in Kind], dtype=float)


def per_kind(
    name: str, doc: str, default: Callable[[KindSpec], float], le: float | None = None
) -> type[PerKind]:
    """A `PerKind` class with one field per kind, each defaulting to `default(kind.spec)`."""
    fields = {
        k.name: (float, Field(default(k.spec), ge=0.0, le=le, description=k.spec.doc)) for k in Kind
    }
    model = create_model(name, __base__=PerKind, **fields)  # type: ignore[call-overload]
    model.__doc__ = doc
    return model


if TYPE_CHECKING:  # mypy sees the common base; the fields are made at import time
    PartnershipCost: TypeAlias = PerKind  # noqa: UP040
    InitialTrust: TypeAlias = PerKind  # noqa: UP040
    BenefitRate: TypeAlias = PerKind  # noqa: UP040
    KindName: TypeAlias = str  # noqa: UP040
else:
    PartnershipCost = per_kind(
        "PartnershipCost", "Rupiah per side and month, by kind.", lambda s: s.cost
    )
    InitialTrust = per_kind(
        "InitialTrust", "Trust 0..1 at the start of a first partnership, by kind.",
        lambda s: s.initial_trust, le=1.0,
    )  # fmt: skip
    BenefitRate = per_kind(
        "BenefitRate", "Share of value added a good month brings, by kind.",
        lambda s: s.benefit_rate, le=1.0,
    )  # fmt: skip
    KindName = Literal[KIND_NAMES]  # the kind names, for schema fields that list kinds

PERMIT_KINDS: tuple[str, ...] = tuple(k.name for k in Kind if k.spec.needs_permit)
