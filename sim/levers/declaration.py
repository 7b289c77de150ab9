"""What every lever is in a scenario file: when, for whom, how strong, what budget.

Every lever has `start`/`end` months, `targets`, an `intensity` in 0..1 (0 = the lever does
nothing) and an optional `budget` cap; the lever stops when its budget is spent. Each lever's
module (`sim/levers/<name>.py`) adds the numbers of what it does and costs at intensity 1,
its labels, whether its size rests on trial evidence or is assumed, and what its cost rests on.
"""

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from pydantic import Field, model_validator

from sim.params.base import Frozen, param
from sim.params.per_kind import KindName

if TYPE_CHECKING:
    from sim.levers.base import LeverInForce
    from sim.world.state import World

SizeName = Literal["micro", "small", "medium", "large"]
ActorName = Literal["firm", "agency"]
Evidence = Literal["evidence", "assumed"]
# What its cost rests on: programme costs from a source, a sourced lower bound (parts not
# counted), an assumption, or the transfer itself (a grant or a tax paid for the firm)
CostBasis = Literal["sourced", "lower bound", "assumed", "transfer"]


class Targets(Frozen):
    """Who a lever reaches; an empty list means everyone."""

    regions: tuple[str, ...] = Field((), description="Region names.")
    sectors: tuple[str, ...] = Field((), description="Sector names.")
    kinds: tuple[KindName, ...] = Field((), description="Partnership kinds (cost levers).")
    sizes: tuple[SizeName, ...] = Field((), description="Firm size classes (BPS).")
    actors: tuple[ActorName, ...] = Field(("firm",), description="Firms and/or agencies.")
    share: float = param(
        1.0,
        "fraction 0..1",
        "Share of the eligible firms and agencies offered the lever, chosen by a draw on "
        "each one's stable key (the same ones in every scenario sharing the seed): a "
        "virtual trial's treatment group.",
        ge=0.0,
        le=1.0,
        source="setting: 1 offers everyone; a trial offers a random share",
    )


class Lever(Frozen):
    """What every lever has."""

    name: ClassVar[str]  # its key under `policies:`
    label: ClassVar[dict[str, str]]  # its name, in English ("en") and Indonesian ("id")
    tip: ClassVar[dict[str, str]]  # one sentence on what it does, in both languages
    evidence: ClassVar[Evidence]  # whether its size rests on trial evidence or is assumed
    evidence_note: ClassVar[str]  # the studies, or what is assumed and why
    cost_basis: ClassVar[CostBasis]  # what its rupiah per firm, region or meeting rest on

    start: int = param(
        1,
        "month",
        "First month in force.",
        ge=1,
        le=1200,
        source="setting: chosen for the run, not a fact about the world",
    )
    end: int | None = param(
        None,
        "month",
        "Last month in force (default: to the end).",
        ge=1,
        source="setting: chosen for the run, not a fact about the world",
    )
    intensity: float = param(
        0.5,
        "fraction 0..1",
        "Strength (0 = no effect).",
        ge=0.0,
        le=1.0,
        source="setting: chosen for the run, not a fact about the world",
    )
    budget: float | None = param(
        None,
        "rupiah",
        "Spending cap over the lever's life (default: none).",
        ge=0.0,
        source="setting: the programme's cap, from its budget document",
    )
    targets: Targets = Targets()

    @model_validator(mode="after")
    def _start_before_end(self) -> Self:
        if self.end is not None and self.start > self.end:
            raise ValueError(f"start month {self.start} is after end month {self.end}")
        return self

    def in_force(self, world: "World") -> "LeverInForce[Any]":  # pragma: no cover - each has one
        """The lever attached to a world (its module's `LeverInForce`)."""
        raise NotImplementedError
