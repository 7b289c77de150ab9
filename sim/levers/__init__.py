"""The nine policy levers acting on a world: `build_levers(policies, world)`."""

from sim.levers.barriers import (
    BusinessForumLever,
    InterregionalAgreementLever,
    PermitReformLever,
)
from sim.levers.base import LeverInForce
from sim.levers.capabilities import (
    CertificationLever,
    DigitalisationLever,
    InfrastructureLever,
    TrainingLever,
)
from sim.levers.costs import GrantLever, TaxIncentiveLever
from sim.params.policies import LEVER_NAMES, Policies
from sim.state import World

LEVERS: dict[str, type[LeverInForce]] = {
    cls.name: cls
    for cls in (
        TaxIncentiveLever,
        GrantLever,
        PermitReformLever,
        InfrastructureLever,
        BusinessForumLever,
        TrainingLever,
        DigitalisationLever,
        CertificationLever,
        InterregionalAgreementLever,
    )
}
assert tuple(LEVERS) == LEVER_NAMES, "every lever of the schema has one implementation"


def build_levers(policies: Policies | None, world: World) -> list[LeverInForce]:
    """The levers a scenario names, in the schema's order, attached to the world."""
    if policies is None:
        return []
    return [
        LEVERS[name](spec, world)
        for name in LEVER_NAMES
        if (spec := getattr(policies, name)) is not None
    ]
