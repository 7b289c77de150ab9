"""Model parameters: every number once, with unit, allowed range, default and source.

The groups mirror the scenario sections of DESIGN §5. `ModelParams` is the frozen,
validated whole; `flat_names()` lists the leaf names accepted as keyword arguments by
`PartnershipModel` (each leaf name is unique across groups).
"""

from sim.params.base import ParameterError, param
from sim.params.model_params import (
    AgencyParams,
    BarrierParams,
    EconomyParams,
    FirmParams,
    ModelParams,
    RegionParams,
    SearchParams,
    WorldParams,
    flat_names,
)
from sim.params.per_kind import PerKind

__all__ = [
    "AgencyParams",
    "BarrierParams",
    "EconomyParams",
    "FirmParams",
    "ModelParams",
    "ParameterError",
    "PerKind",
    "RegionParams",
    "SearchParams",
    "WorldParams",
    "flat_names",
    "param",
]
