"""Kemitraan: an agent-based model of industrial partnerships in Indonesian regions.

The names below are imported when first used, so that `import sim.<module>` (the command
line, the app's server) does not load the model, Mesa and pandas until it needs them.
"""

from typing import TYPE_CHECKING

from sim.infra.lazy import names_from

_WHERE = {  # name -> the module it lives in
    "Agency": "sim.agents",
    "Firm": "sim.agents",
    "Region": "sim.agents",
    "outcomes": "sim.api",
    "run": "sim.api",
    "ActorKind": "sim.core.kinds",
    "AgencyType": "sim.core.kinds",
    "EndReason": "sim.core.kinds",
    "Kind": "sim.core.kinds",
    "SizeClass": "sim.core.kinds",
    "Stage": "sim.core.kinds",
    "State": "sim.core.kinds",
    "METRIC_UNITS": "sim.metrics",
    "METRICS": "sim.metrics",
    "PartnershipModel": "sim.model",
    "ModelParams": "sim.params",
    "ParameterError": "sim.params",
    "flat_names": "sim.params",
    "TrialDesign": "sim.trials",
    "run_trial": "sim.trials",
}

__all__ = [  # the names of _WHERE, listed for tools that read __all__
    "METRICS",
    "METRIC_UNITS",
    "ActorKind",
    "Agency",
    "AgencyType",
    "EndReason",
    "Firm",
    "Kind",
    "ModelParams",
    "ParameterError",
    "PartnershipModel",
    "Region",
    "SizeClass",
    "Stage",
    "State",
    "TrialDesign",
    "flat_names",
    "outcomes",
    "run",
    "run_trial",
]


__getattr__ = names_from(__name__, _WHERE)


def __dir__() -> list[str]:
    """The public names (what a notebook's tab completion and `dir(sim)` show)."""
    return sorted(__all__)


if TYPE_CHECKING:  # for type checkers and editors: the same names, imported eagerly
    from sim.agents import Agency, Firm, Region
    from sim.api import outcomes, run
    from sim.core.kinds import ActorKind, AgencyType, EndReason, Kind, SizeClass, Stage, State
    from sim.metrics import METRIC_UNITS, METRICS
    from sim.model import PartnershipModel
    from sim.params import ModelParams, ParameterError, flat_names
    from sim.trials import TrialDesign, run_trial
