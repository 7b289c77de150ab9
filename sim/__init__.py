"""Kemitraan: an agent-based model of industrial partnerships in Indonesian regions."""

from sim.agents import Agency, Firm, Region
from sim.api import outcomes, run
from sim.kinds import ActorKind, AgencyType, EndReason, Kind, SizeClass, Stage, State
from sim.metrics import METRIC_UNITS, METRICS
from sim.model import PartnershipModel
from sim.params import ModelParams, ParameterError, flat_names

__all__ = [
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
    "flat_names",
    "outcomes",
    "run",
]
