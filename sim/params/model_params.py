"""All parameter groups together, and the flat keyword interface of `PartnershipModel`."""

import difflib
from typing import Any

from pydantic import BaseModel, ValidationError, model_validator

from sim.core.kinds import Kind
from sim.params.actors import AgencyParams, FirmParams
from sim.params.base import Frozen, ParameterError
from sim.params.behaviour import BarrierParams, EconomyParams, SearchParams
from sim.params.labour import LabourParams
from sim.params.world import RegionParams, WorldParams

__all__ = [  # re-exported by sim.params
    "AgencyParams",
    "BarrierParams",
    "EconomyParams",
    "FirmParams",
    "GROUPS",
    "LabourParams",
    "ModelParams",
    "RegionParams",
    "SearchParams",
    "WorldParams",
    "flat_names",
]

GROUPS: dict[str, type[Frozen]] = {
    "world": WorldParams,
    "region": RegionParams,
    "firms": FirmParams,
    "agencies": AgencyParams,
    "barriers": BarrierParams,
    "search": SearchParams,
    "economy": EconomyParams,
    "labour": LabourParams,
}


# groups a scenario file carries as they are, as its sections of the same names (the others,
# `world` and `region`, a scenario states through `horizon`, `regions` and `firms`)
SCENARIO_GROUPS = ("agencies", "barriers", "search", "economy", "labour")


class ModelParams(Frozen):
    """Every parameter of the model, grouped as in the scenario file."""

    world: WorldParams = WorldParams()
    region: RegionParams = RegionParams()
    firms: FirmParams = FirmParams()
    agencies: AgencyParams = AgencyParams()
    barriers: BarrierParams = BarrierParams()
    search: SearchParams = SearchParams()
    economy: EconomyParams = EconomyParams()
    labour: LabourParams = LabourParams()

    @model_validator(mode="after")
    def _shares_are_consistent(self) -> "ModelParams":
        f, a, s = self.firms, self.agencies, self.search
        _check_sum(
            "firms.supplier_share + firms.distributor_share", f.supplier_share + f.distributor_share
        )
        _check_sum(
            "agencies.dinas_share + association_share + ngo_share + university_share",
            a.dinas_share + a.association_share + a.ngo_share + a.university_share,
        )
        _check_sum(
            "search.memory_share + network_share + local_share",
            s.memory_share + s.network_share + s.local_share,
        )
        unknown = [k for k in self.barriers.permit_kinds if k not in Kind.__members__]
        if unknown:
            raise ValueError(
                f"barriers.permit_kinds: unknown kind(s) {unknown}; allowed: "
                f"{list(Kind.__members__)}"
            )
        sectors = self.world.sectors
        if not sectors or len(set(sectors)) != len(sectors):
            raise ValueError(f"world.sectors: need one or more distinct names (got {sectors})")
        return self

    def sector_index(self, name: str) -> int:
        """Code of a sector name."""
        return self.world.sectors.index(name)


def _check_sum(name: str, total: float) -> None:
    if total > 1.0 + 1e-9:
        raise ValueError(f"{name} = {total:g}; allowed: a total of at most 1")


def flat_names() -> dict[str, str]:
    """Leaf parameter name -> its group, for the keyword interface."""
    names: dict[str, str] = {}
    for group, cls in GROUPS.items():
        for field in cls.model_fields:
            if field in names:
                raise RuntimeError(f"parameter name {field!r} is in two groups")
            names[field] = group
    return names


def params_from_flat(base: ModelParams | None = None, **overrides: Any) -> ModelParams:
    """Apply flat keyword overrides (``n_firms=100, trust_threshold=0.2``) to `base`.

    Raises:
        ParameterError: naming each unknown or invalid parameter, its value and what is allowed.
    """
    base = base or ModelParams()
    where = flat_names()
    unknown = [k for k in overrides if k not in where]
    if unknown:
        raise ParameterError("; ".join(_unknown_message(k, list(where)) for k in unknown))
    nested = base.model_dump()
    for key, value in overrides.items():
        group = nested[where[key]]
        old = group[key]
        group[key] = (
            {**old, **value} if isinstance(old, dict) and isinstance(value, dict) else value
        )
    try:
        return ModelParams.model_validate(nested)
    except ValidationError as err:
        raise ParameterError(describe_validation_error(err, overrides)) from None


def describe_parameters() -> list[str]:
    """Every parameter by group: default, unit, range, doc and source (levers: `sim.levers`)."""
    lines = []
    for group, cls in GROUPS.items():
        lines.append(f"[{group}]")
        lines += describe_fields(cls)
    return lines


def describe_fields(cls: type[BaseModel]) -> list[str]:
    """One line per field of a parameter group: default, unit, range, doc and source."""
    lines = []
    for name, field in cls.model_fields.items():
        if name == "targets":
            lines.append("  targets: regions, sectors, kinds, sizes, actors the lever reaches")
            continue
        extra = field.json_schema_extra if isinstance(field.json_schema_extra, dict) else {}
        bounds = ", ".join(
            f"{op} {getattr(m, op)}"
            for m in field.metadata
            for op in ("gt", "ge", "lt", "le")
            if hasattr(m, op)
        )
        default = "(required)" if field.is_required() else repr(field.default)
        lines.append(f"  {name} = {default} [{extra.get('unit', '')}] {bounds}")
        lines.append(f"      {field.description}\n      source: {extra.get('source', '')}")
    return lines


def _unknown_message(key: str, allowed: list[str]) -> str:
    close = difflib.get_close_matches(key, allowed, n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    return f"unknown parameter {key!r}{hint}; allowed: {', '.join(sorted(allowed))}"


def describe_validation_error(err: ValidationError, given: dict[str, Any]) -> str:
    """One line per problem: parameter, value given, what is allowed."""
    lines = []
    for e in err.errors():
        loc = [str(p) for p in e["loc"]]
        name = loc[1] if len(loc) > 1 else (loc[0] if loc else "parameters")
        value = given.get(name, e.get("input"))
        msg = e["msg"].removeprefix("Value error, ")
        lines.append(f"parameter {name!r} = {value!r}: {msg}" if loc else msg)
    return "; ".join(lines)
