"""Workshop controls: sliders for levers and barriers, turned into scenario overrides."""

from dataclasses import dataclass
from pathlib import Path

from sim.core.kinds import Kind
from sim.levers import LEVER_NAMES, LEVER_SPECS
from sim.model import PartnershipModel
from sim.params.world import RegionSpec
from sim.scenario import Scenario, load_scenario

MAX_FIRM_AGENTS = 1000  # a month must render quickly in front of a room
MAX_REGIONS = 20  # a disc per region must fit the screen, and 1,000 agents must fill them


@dataclass(frozen=True)
class Slider:
    """One control: its key in the translations, range, step and default."""

    key: str
    low: float
    high: float
    step: float
    default: float


LEVERS = LEVER_NAMES  # every lever has a slider: none in force stays out of the room's reach
SLIDERS: tuple[Slider, ...] = (
    *(Slider(lever, 0.0, 1.0, 0.05, 0.0) for lever in LEVERS),
    Slider("culture_weight", 0.0, 1.0, 0.05, 0.6),
    Slider("trust_threshold", 0.0, 0.9, 0.05, 0.3),
    Slider("permit_delay", 0.0, 24.0, 1.0, 4.0),
    Slider("cost_multiplier", 0.25, 4.0, 0.25, 1.0),
)
BY_KEY = {s.key: s for s in SLIDERS}


def settable(scenario: Scenario, lever: str) -> bool:
    """Whether a slider can set the lever in this scenario.

    A lever with a setting of its own that has no default (the agreement's region pairs) can
    only be set where the scenario gives it; every other one always.
    """
    needs = any(f.is_required() for f in LEVER_SPECS[lever].model_fields.values())
    return not needs or getattr(scenario.policies, lever) is not None


def sliders_for(scenario: Scenario | None) -> tuple[Slider, ...]:
    """The sliders shown for a scenario: every one but a lever it cannot set."""
    if scenario is None:
        return SLIDERS
    return tuple(s for s in SLIDERS if s.key not in LEVERS or settable(scenario, s.key))


_LONGEST_PERMIT_DELAY = next(  # months: the schema's upper bound for a region's mean delay
    m.le for m in RegionSpec.model_fields["permit_delay_mean"].metadata if hasattr(m, "le")
)


def clamp(values: dict[str, float]) -> dict[str, float]:
    """Every slider value inside its range (unknown keys dropped, missing ones defaulted)."""
    return {s.key: min(max(float(values.get(s.key, s.default)), s.low), s.high) for s in SLIDERS}


def initial_values(scenario: Scenario) -> dict[str, float]:
    """The sliders as a scenario sets them: its lever intensities and its barriers."""
    values = {s.key: s.default for s in SLIDERS}
    for lever in LEVERS:
        policy = getattr(scenario.policies, lever)
        values[lever] = policy.intensity if policy is not None else 0.0
    values["culture_weight"] = scenario.barriers.culture_weight
    values["trust_threshold"] = scenario.barriers.trust_threshold
    values["permit_delay"] = _mean_permit_delay(scenario)
    return clamp(values)


def _mean_permit_delay(scenario: Scenario) -> float:
    delays = [r.permit_delay_mean for r in scenario.regions]
    step = BY_KEY["permit_delay"].step
    return round(sum(delays) / len(delays) / step) * step


def overrides_for(scenario: Scenario, values: dict[str, float], levers: bool = True) -> list[str]:
    """`--set` overrides that put the slider values into a scenario.

    Levers act from month 1 at the slider's intensity (0 with `levers=False`: the paired
    baseline); every lever the scenario has in force has a slider. The
    permit delay slider is the mean over regions: each region's delay is scaled so that
    regions keep their differences. The cost multiplier applies to every kind.
    """
    v = clamp(values)
    shown = [lever for lever in LEVERS if settable(scenario, lever)]
    out = [f"policies.{lever}.start=1" for lever in shown]
    out += [f"policies.{lever}.intensity={v[lever] if levers else 0.0}" for lever in shown]
    out += [
        f"barriers.culture_weight={v['culture_weight']}",
        f"barriers.trust_threshold={v['trust_threshold']}",
    ]
    out += [
        f"regions.{k}.permit_delay_mean={delay}"
        for k, delay in enumerate(_permit_delays(scenario, v["permit_delay"]))
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


def _permit_delays(scenario: Scenario, mean: float) -> list[float]:
    delays = [r.permit_delay_mean for r in scenario.regions]
    now = sum(delays) / len(delays)
    if now == 0.0:
        return [mean] * len(delays)
    return [min(d * mean / now, _LONGEST_PERMIT_DELAY) for d in delays]


def model_for(path: Path, values: dict[str, float], seed: int, levers: bool) -> PartnershipModel:
    """The model of a scenario file under the slider values (levers at zero: the baseline).

    Raises:
        ScenarioError: (a ValueError) the file does not validate; its message says why.
    """
    return _model(path, load_scenario(path), values, seed, levers)


def paired_models(
    path: Path, values: dict[str, float], seed: int
) -> tuple[PartnershipModel, PartnershipModel]:
    """The model with the chosen levers, and its paired baseline.

    The baseline has the same scenario, barriers and seed with the slider levers at zero, so
    the two differ only through the levers (common random numbers).
    """
    scenario = load_scenario(path)
    return (
        _model(path, scenario, values, seed, levers=True),
        _model(path, scenario, values, seed, levers=False),
    )


def _model(
    path: Path, scenario: Scenario, values: dict[str, float], seed: int, levers: bool
) -> PartnershipModel:
    if len(scenario.regions) > MAX_REGIONS:
        raise ValueError(too_many_regions(path, len(scenario.regions)))
    chosen = load_scenario(path, overrides_for(scenario, values, levers=levers))
    return PartnershipModel.from_scenario(chosen, rng=seed)


def too_many_regions(path: Path, regions: int) -> str:
    """Why the app does not open a scenario of many regions, and what to use instead."""
    return (
        f"{path.name}: {regions} regions; the workshop app shows at most {MAX_REGIONS} "
        "(run it with `kemitraan run`)"
    )


def barriers_of(values: dict[str, float]) -> dict[str, float]:
    """The slider values that the paired baseline shares (all but the levers)."""
    return {k: v for k, v in clamp(values).items() if k not in LEVERS}


def slider_detail(
    key: str, value: float, values: dict[str, float], lang: str, per_partnership: float
) -> str:
    """A slider's value in real units: "50% of costs + Rp 2.5 million per partnership"."""
    from sim.analysis.numbers import number, rupiah

    point = "," if lang == "id" else "."

    def num(x: float, digits: int = 2) -> str:  # 2.5, 0.6, 5: no trailing zeros
        text = number(x, lang, digits)
        return text.rstrip("0").removesuffix(point) if point in text else text

    share = f"{num(100 * value, 0)}%"
    months = "bulan" if lang == "id" else "months"
    delay = values.get("permit_delay", BY_KEY["permit_delay"].default)
    if key == "grant":
        paid = rupiah(per_partnership * value, lang)
        each = "per kemitraan" if lang == "id" else "per partnership"
        return f"{share} {'biaya' if lang == 'id' else 'of costs'} + {paid} {each}"
    if key == "tax_incentive":
        borne = "PPh final ditanggung pemerintah" if lang == "id" else "of the final tax borne"
        return f"{share} {borne}"
    if key == "permit_reform":
        after = num(delay * (1 - value))
        return f"{'izin' if lang == 'id' else 'permits'} {num(delay)} → {after} {months}"
    if key == "permit_delay":
        return f"{num(value)} {months}"
    if key == "cost_multiplier":
        return f"×{num(value)}"
    return num(value)
