"""Model parameters: every number once, with unit, allowed range, default and source.

The groups mirror the scenario sections of docs/odd.md §6. `ModelParams` is the frozen,
validated whole; `flat_names()` lists the leaf names accepted as keyword arguments by
`PartnershipModel` (each leaf name is unique across groups).
"""

from typing import TYPE_CHECKING

from sim.infra.lazy import names_from
from sim.params.base import ParameterError, param

if TYPE_CHECKING:
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

# The groups load on first use: each barrier module holds its own parameter group and
# imports `sim.params.base`, which runs this file first; importing the groups here eagerly
# would import that barrier module again while it is half loaded.
_LAZY = {
    "AgencyParams": "sim.params.model_params",
    "BarrierParams": "sim.params.model_params",
    "EconomyParams": "sim.params.model_params",
    "FirmParams": "sim.params.model_params",
    "ModelParams": "sim.params.model_params",
    "RegionParams": "sim.params.model_params",
    "SearchParams": "sim.params.model_params",
    "WorldParams": "sim.params.model_params",
    "flat_names": "sim.params.model_params",
    "PerKind": "sim.params.per_kind",
}


__getattr__ = names_from(__name__, _LAZY)

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
