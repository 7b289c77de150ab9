"""Mesa agents whose attributes are cells of the model's tables.

`Firm` and `Agency` read and write their row of `model.actors`; `Region` its row of
`model.regions`. So `model.agents`, `agents_by_type`, `.select()` and `.agg()` work while the
mechanisms operate on whole arrays.
"""

import mesa
import numpy as np

from sim.core.columns import ACTOR_COLUMNS, AGENCY, FIRM
from sim.core.kinds import AgencyType, SizeClass, Stage
from sim.world.tables import column


class _Actor(mesa.Agent):
    """Shared by firms and agencies: a row of the actor table.

    Firms and agencies get one attribute per actor column declared for them in
    `sim.core.columns` (e.g. `firm.workers`, `agency.annual_budget`).
    """

    def __init__(self, model: mesa.Model, row: int) -> None:
        super().__init__(model)
        self.row = row

    @property
    def culture(self) -> np.ndarray:
        """Culture vector (hierarchy, formality, risk, collectivism), each 0..1."""
        return self.model.actors.culture[self.row]

    @property
    def region(self) -> "Region":
        """The region agent this actor belongs to."""
        return self.model.region_agents[int(self.model.actors.region[self.row])]

    @property
    def partners(self) -> list[int]:
        """Actor rows of this actor's active partners."""
        return self.model.partners_of(self.row)


class Firm(_Actor):
    """An IKM or large firm (or `scale` identical real firms)."""

    @property
    def sector(self) -> str:
        """Sector name."""
        return self.model.params.world.sectors[int(self.model.actors.sector[self.row])]

    @property
    def stage(self) -> Stage:
        """Value-chain stage."""
        return Stage(int(self.model.actors.stage[self.row]))

    @property
    def size_class(self) -> SizeClass:
        """BPS size class by workers."""
        w = self.workers
        return (
            SizeClass.micro
            if w < 5
            else SizeClass.small
            if w < 20
            else SizeClass.medium
            if w < 100
            else SizeClass.large
        )


class Agency(_Actor):
    """A dinas, business association, NGO, university or bank."""

    @property
    def agency_type(self) -> AgencyType:
        """Kind of agency."""
        return AgencyType(int(self.model.actors.agency_type[self.row]))


for _name, _spec in ACTOR_COLUMNS.items():
    for _agent, _cls in ((FIRM, Firm), (AGENCY, Agency)):
        if _agent in _spec.agents:
            setattr(_cls, _spec.attribute or _name, column(name=_name))


class Region(mesa.Agent):
    """A kabupaten or province."""

    labour_force = column("regions")
    infrastructure = column("regions")
    permit_delay_mean = column("regions")
    rest_pdrb = column("regions")

    def __init__(self, model: mesa.Model, row: int) -> None:
        super().__init__(model)
        self.row = row

    @property
    def name(self) -> str:
        """Region name."""
        return self.model.regions.name[self.row]
