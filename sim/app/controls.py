"""Workshop controls: sliders for levers and barriers, turned into scenario overrides."""

from dataclasses import dataclass
from pathlib import Path

from sim.kinds import Kind
from sim.model import PartnershipModel
from sim.scenario import Scenario, load_scenario

MAX_FIRM_AGENTS = 1000  # a month must render quickly in front of a room


@dataclass(frozen=True)
class Slider:
    """One control: its key in the translations, range, step and default."""

    key: str
    low: float
    high: float
    step: float
    default: float


LEVERS = (
    "grant",
    "tax_incentive",
    "permit_reform",
    "business_forum",
    "training",
    "digitalisation",
    "infrastructure",
)
SLIDERS: tuple[Slider, ...] = (
    *(Slider(lever, 0.0, 1.0, 0.05, 0.0) for lever in LEVERS),
    Slider("culture_weight", 0.0, 1.0, 0.05, 0.6),
    Slider("trust_threshold", 0.0, 0.9, 0.05, 0.3),
    Slider("permit_delay", 0.0, 24.0, 1.0, 4.0),
    Slider("cost_multiplier", 0.25, 4.0, 0.25, 1.0),
)
BY_KEY = {s.key: s for s in SLIDERS}


def clamp(values: dict[str, float]) -> dict[str, float]:
    """Every slider value inside its range (unknown keys dropped, missing ones defaulted)."""
    return {s.key: min(max(float(values.get(s.key, s.default)), s.low), s.high) for s in SLIDERS}


def overrides_for(scenario: Scenario, values: dict[str, float], levers: bool = True) -> list[str]:
    """`--set` overrides that put the slider values into a scenario.

    Levers act from month 1 at the slider's intensity (0 with `levers=False`: the paired
    baseline). The permit delay applies to every region; the cost multiplier to every kind.
    """
    v = clamp(values)
    out = [f"policies.{lever}.start=1" for lever in LEVERS]
    out += [f"policies.{lever}.intensity={v[lever] if levers else 0.0}" for lever in LEVERS]
    out += [
        f"barriers.culture_weight={v['culture_weight']}",
        f"barriers.trust_threshold={v['trust_threshold']}",
    ]
    out += [
        f"regions.{k}.permit_delay_mean={v['permit_delay']}" for k in range(len(scenario.regions))
    ]
    cost = scenario.barriers.partnership_cost
    out += [
        f"barriers.partnership_cost.{kind.name}={getattr(cost, kind.name) * v['cost_multiplier']}"
        for kind in Kind
    ]
    agents = sum(r.firms for r in scenario.regions) / scenario.firms.scale
    if agents > MAX_FIRM_AGENTS:
        out.append(f"firms.scale={sum(r.firms for r in scenario.regions) / MAX_FIRM_AGENTS}")
    return out


def paired_models(
    path: Path, values: dict[str, float], seed: int
) -> tuple[PartnershipModel, PartnershipModel]:
    """The model with the chosen levers, and its paired baseline.

    The baseline has the same scenario, barriers and seed with the slider levers at zero, so
    the two differ only through the levers (common random numbers).
    """
    scenario = load_scenario(path)
    with_levers = load_scenario(path, overrides_for(scenario, values, levers=True))
    baseline = load_scenario(path, overrides_for(scenario, values, levers=False))
    return (
        PartnershipModel.from_scenario(with_levers, rng=seed),
        PartnershipModel.from_scenario(baseline, rng=seed),
    )
