"""The policy levers: one module each (spec, behaviour, labels, evidence), registered here.

Adding a lever is one module (`sim/levers/<name>.py`: a `Lever` spec whose `in_force`
returns its `LeverInForce`), one line in `Policies` below and one scenario file; the
schema, the registry, the metrics and the labels follow from them.
"""

import typing
from typing import TYPE_CHECKING

from sim.levers.business_forum import BusinessForum
from sim.levers.certification import Certification
from sim.levers.declaration import Lever, Targets
from sim.levers.digitalisation import Digitalisation
from sim.levers.grant import Grant
from sim.levers.infrastructure import Infrastructure
from sim.levers.interregional_agreement import InterregionalAgreement
from sim.levers.permit_reform import PermitReform
from sim.levers.tax_incentive import TaxIncentive
from sim.levers.training import Training
from sim.params.base import Frozen

if TYPE_CHECKING:
    from sim.levers.base import LeverInForce
    from sim.world.state import World

__all__ = ["LEVER_NAMES", "LEVER_SPECS", "Lever", "Policies", "Targets", "build_levers"]


class Policies(Frozen):
    """The levers of a scenario (each at most once; absent = not used)."""

    tax_incentive: TaxIncentive | None = None
    grant: Grant | None = None
    permit_reform: PermitReform | None = None
    infrastructure: Infrastructure | None = None
    business_forum: BusinessForum | None = None
    training: Training | None = None
    digitalisation: Digitalisation | None = None
    certification: Certification | None = None
    interregional_agreement: InterregionalAgreement | None = None


def _spec(field: str) -> type[Lever]:
    spec: type[Lever] = typing.get_args(Policies.model_fields[field].annotation)[0]
    if spec.name != field:
        raise TypeError(f"policies.{field} holds the {spec.name!r} lever")
    return spec


LEVER_SPECS: dict[str, type[Lever]] = {name: _spec(name) for name in Policies.model_fields}
LEVER_NAMES: tuple[str, ...] = tuple(LEVER_SPECS)


def build_levers(policies: Policies | None, world: "World") -> list["LeverInForce[Lever]"]:
    """The levers a scenario names, in the schema's order, attached to the world."""
    if policies is None:
        return []
    specs = (getattr(policies, name) for name in LEVER_NAMES)
    return [spec.in_force(world) for spec in specs if spec is not None]


def lever_label(name: str, lang: str) -> str:
    """A lever's name in the language ("en" or "id")."""
    return LEVER_SPECS[name].label[lang]


def describe_levers() -> list[str]:
    """Every lever's parameters (set under `policies.<lever>`), and its evidence."""
    from sim.params.model_params import describe_fields

    lines = []
    for name, spec in LEVER_SPECS.items():
        lines.append(f"[policies.{name}]  {spec.__doc__}")
        lines.append(f"  evidence: {spec.evidence} ({spec.evidence_note}); cost: {spec.cost_basis}")
        lines += describe_fields(spec)
    return lines
