"""A value for each partnership kind (costs, initial trust, benefit rates)."""

from pydantic import Field

from sim.kinds import Kind
from sim.params.base import Frozen


class PerKind(Frozen):
    """One non-negative number per partnership kind; unit given by the field that holds it."""

    horizontal: float = Field(ge=0)
    vertical: float = Field(ge=0)
    strategic: float = Field(ge=0)
    cluster: float = Field(ge=0)
    agency: float = Field(ge=0)
    interregional: float = Field(ge=0)

    def as_array(self):  # noqa: ANN201 - numpy array indexed by Kind code
        """Values in `Kind` code order, for indexing with an array of kind codes."""
        import numpy as np

        return np.array([getattr(self, k.name) for k in Kind], dtype=float)
