"""What a virtual trial is: a scenario, a lever offered to a random share, seeds, horizons."""

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sim.levers import LEVER_NAMES
from sim.scenario import load_scenario, validate_data
from sim.scenario.problems import Origins
from sim.scenario.schema import Scenario


@dataclass(frozen=True)
class TrialDesign:
    """A lever offered from month 1 to `share` of the eligible firms, read at `horizons`."""

    scenario: str | Path
    lever: str
    share: float = 0.5
    seeds: int = 8
    horizons: tuple[int, ...] = (12, 24, 48)
    overrides: tuple[str, ...] = ()
    base_seed: int = 20261204

    def __post_init__(self) -> None:
        if self.lever not in LEVER_NAMES:
            raise ValueError(f"--lever {self.lever!r}: allowed: {', '.join(LEVER_NAMES)}")
        if not 0.0 < self.share < 1.0:
            raise ValueError(f"--share {self.share}: allowed: a fraction strictly between 0 and 1")
        if self.seeds < 2:
            raise ValueError(f"--seeds {self.seeds}: allowed: 2 or more (intervals need them)")
        if not self.horizons or min(self.horizons) < 1:
            raise ValueError(f"--horizons {self.horizons}: allowed: whole months, 1 or more")

    @property
    def months(self) -> int:
        """Months each run lasts: the longest horizon."""
        return max(self.horizons)


def trial_scenario(design: TrialDesign) -> tuple[Scenario, Scenario]:
    """The scenario without any lever, and with the trial's lever offered from month 1.

    The lever keeps what the scenario file says of it (its sizes, targets, end), starts at
    month 1 with no budget cap, at intensity 1 unless the file names the lever, offered to
    `share` of the eligible firms. Every other lever is off in both, so the trial measures
    this one.
    """
    base = load_scenario(design.scenario, list(design.overrides))
    data = base.model_dump(mode="json", exclude={"extends"})
    spec = data["policies"].get(design.lever) or {}
    named = getattr(load_scenario(design.scenario).policies, design.lever) is not None
    if not named:  # only the overrides name it: offered in full, as a trial offers it
        spec = {**spec, "intensity": 1.0}
    horizon = max(data["horizon"]["months"], design.months)
    data["horizon"]["months"] = horizon
    data["policies"] = {}
    without = validate_data(data, Origins())
    offered = {**spec, "start": 1, "budget": None}
    offered.setdefault("intensity", 1.0)
    offered["targets"] = {**(spec.get("targets") or {}), "share": design.share}
    if offered.get("end") is not None and offered["end"] > horizon:
        offered["end"] = horizon
    data["policies"] = {design.lever: offered}
    if design.lever == "interregional_agreement" and "pairs" not in offered:
        raise ValueError(
            f"{design.scenario}: the interregional_agreement trial needs the lever's pairs "
            "in the scenario file"
        )
    return without, validate_data(data, Origins())


def parse_horizons(text: str) -> tuple[int, ...]:
    """`12,24,48` -> (12, 24, 48), with a clear error naming what is allowed."""
    try:
        values = tuple(sorted({int(part) for part in text.split(",") if part.strip()}))
    except ValueError:
        raise ValueError(
            f"--horizons {text!r}: allowed: months separated by commas, e.g. 12,24,48"
        ) from None
    if not values:
        raise ValueError(f"--horizons {text!r}: allowed: months separated by commas, e.g. 12,24,48")
    return values


def describe(design: TrialDesign) -> dict[str, Any]:
    """The design as plain values (for the trial's provenance)."""
    return {
        "scenario": str(design.scenario),
        "lever": design.lever,
        "share": design.share,
        "seeds": design.seeds,
        "horizons": list(design.horizons),
        "overrides": list(design.overrides),
        "base_seed": design.base_seed,
    }
