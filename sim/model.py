"""`PartnershipModel`: a month of firms, agencies and regions partnering (docs/odd.md §3)."""

import json
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import mesa
import numpy as np
import pandas as pd

from sim.agents import Agency, Firm, Region
from sim.core.calendar import month_date
from sim.core.kinds import ActorKind
from sim.infra.randomness import Draws, root_seed
from sim.levers import Policies, build_levers
from sim.metrics import INDEX, METRICS
from sim.monthly.month import a_month
from sim.monthly.month import record as record_month
from sim.output import records
from sim.params import ModelParams, ParameterError
from sim.params.model_params import params_from_flat
from sim.params.world import RegionSpec
from sim.world.build import build_world
from sim.world.effects import PolicyEffects
from sim.world.ledger import PartnershipLedger
from sim.world.regions import RegionTable
from sim.world.state import Demography, Proposals
from sim.world.tables import ActorTable

if TYPE_CHECKING:
    import networkx as nx


class PartnershipModel(mesa.Model):
    """Firms (IKM), agencies and regions forming and breaking partnerships.

    Args:
        n_regions: regions in the synthetic world.
        n_firms: firm agents at the start.
        n_agencies: agencies in all regions together.
        scale: real firms one firm agent stands for.
        rng: seed (int or numpy SeedSequence); each mechanism draws from its own stream.
        scenario: a Mesa `Scenario` whose attributes are parameters (an alternative to keywords).
        params: a complete `ModelParams` to start from (keywords override it).
        region_specs: named regions with their figures (from a scenario file); without them
            the world has `n_regions` synthetic regions.
        policies: the policy levers in force (from a scenario file).
        scenario_file: a scenario file to build from; `overrides` are then dotted paths of
            it (e.g. `**{"policies.grant.intensity": 0.5}`), so `mesa.batch_run` can sweep
            levers and regional figures.
        **overrides: any other parameter by its name (see `sim.params.flat_names()`), or with
            `scenario_file` by its path in the file.

    Raises:
        ParameterError: (a ValueError) for an unknown parameter or a value not allowed.
    """

    def __init__(
        self,
        n_regions: int | None = None,
        n_firms: int | None = None,
        n_agencies: int | None = None,
        scale: float | None = None,
        *,
        rng: Any = None,
        scenario: mesa.experimental.scenarios.Scenario | None = None,
        params: ModelParams | None = None,
        region_specs: Sequence[RegionSpec] | None = None,
        policies: Policies | None = None,
        scenario_file: str | Path | None = None,
        **overrides: Any,
    ) -> None:
        start = None
        if scenario_file is not None:
            from sim.scenario.calibrated import with_drawn_calibration

            loaded = _load_scenario(scenario_file, overrides, n_regions, n_firms, scale)
            rng = root_seed(rng)
            from_file = with_drawn_calibration(loaded, rng)
            params, region_specs = from_file.model_params(), from_file.regions
            policies, start, overrides = from_file.policies, from_file.horizon.start, {}
        if scenario is not None:
            overrides = {**_scenario_parameters(scenario), **overrides}
            rng = scenario.rng if rng is None else rng
        given = dict(n_regions=n_regions, n_firms=n_firms, n_agencies=n_agencies, scale=scale)
        overrides.update({k: v for k, v in given.items() if v is not None})
        params = params_from_flat(params, **overrides)
        seed = root_seed(rng)
        # Mesa takes the seed from the scenario itself when one is given
        super().__init__(rng=None if scenario is not None else seed, scenario=scenario)
        self.world = build_world(params, region_specs, Draws(seed))
        self.start: str | None = start  # calendar month of month 0, for a dated scenario
        self.policies = build_levers(policies, self.world)
        self.region_agents = [Region(self, k) for k in range(self.world.regions.count)]
        self.actor_agents: dict[int, Agency | Firm] = {}
        self._add_agents(np.flatnonzero(self.world.actors.alive[: self.world.actors.n]))
        self.datacollector = mesa.DataCollector(
            model_reporters={name: partial(_latest, metric=name) for name in METRICS}
        )
        self.record(Proposals.none(), Demography.none(self.world.regions.count))

    @classmethod
    def from_scenario(cls, scenario: Any, rng: Any = None) -> "PartnershipModel":
        """Build the model a validated scenario (`sim.scenario.load_scenario`) describes.

        Calibrated parameters are drawn for this run from their accepted range
        (`sim.scenario.calibrated`).
        """
        from sim.scenario.calibrated import with_drawn_calibration

        seed = root_seed(rng)
        scenario = with_drawn_calibration(scenario, seed)
        model = cls(
            params=scenario.model_params(),
            region_specs=scenario.regions,
            policies=scenario.policies,
            rng=seed,
        )
        model.start = scenario.horizon.start
        return model

    def step(self) -> None:
        """One month, told in order by `sim.monthly.month.a_month`.

        Levers act, search, permits, cooperation, dissolution, production, entry and exit,
        the labour market; then the Mesa agents follow the firms that entered and left, and
        the month is recorded (steps 8-9).
        """
        proposals, demography = a_month(self.world, self.policies)
        self._add_agents(demography.entered)
        self._remove_agents(demography.exited)
        self.record(proposals, demography)

    def record(self, proposals: Proposals, demography: Demography) -> None:
        """Steps 8-9: regional accounts, stored as this month's row of the trajectories."""
        record_month(self.world, proposals, demography)
        self.datacollector.collect(self)
        self.running = self.world.month < self.world.params.world.months

    def run(self, months: int | None = None) -> "PartnershipModel":
        """Run `months` more months (default: the horizon `months` parameter)."""
        for _ in range(self.world.params.world.months if months is None else months):
            self.step()
        return self

    # --- outputs --------------------------------------------------------------------------
    def trajectories(self) -> pd.DataFrame:
        """Tidy long table: month, region ("ALL" = total), metric, value. Units: METRIC_UNITS.

        A dated scenario (`horizon.start`) adds `date`, the calendar month (YYYY-MM).
        """
        table = records.trajectories(np.stack(self.world.history), self.regions.name)
        if self.start is not None:
            dates = [month_date(self.start, k) for k in range(len(self.world.history))]
            table.insert(1, "date", pd.Categorical(np.asarray(dates)[table["month"]]))
        return table

    def partnership_events(self) -> pd.DataFrame:
        """One row per partnership formed or ended, with kind, parties, month and reason."""
        return records.partnership_events(self.ledger, self.actors)

    def partnership_graph(self) -> "nx.Graph":
        """The active partnerships as a networkx graph (nodes: alive actor rows)."""
        return records.partnership_graph(self.ledger, self.actors, self.regions.name)

    def agent_snapshot(self) -> pd.DataFrame:
        """The alive firms and agencies now, one row each (see `records.agent_snapshot`)."""
        return records.agent_snapshot(self.ledger, self.actors, self.month)

    def latest(self, metric: str, region: str = "ALL") -> float:
        """The last recorded value of a metric."""
        return float(self.world.history[-1][self._region_row(region), INDEX[metric]])

    def series(self, metric: str, region: str = "ALL") -> np.ndarray:
        """A metric's values for months 0, 1, ..., now (units: METRIC_UNITS)."""
        k, m = self._region_row(region), INDEX[metric]
        return np.array([month[k, m] for month in self.world.history])

    def _region_row(self, region: str) -> int:
        return len(self.regions.name) if region == "ALL" else self.regions.name.index(region)

    # --- the world's state, for Mesa agents, tests and external tools ------------------
    @property
    def params(self) -> ModelParams:
        """The run's frozen parameters."""
        return self.world.params

    @params.setter
    def params(self, value: ModelParams) -> None:
        self.world.params = value

    @property
    def month(self) -> int:
        """Months run so far (0 = the starting state)."""
        return self.world.month

    @property
    def actors(self) -> ActorTable:
        """One row per firm or agency ever created."""
        return self.world.actors

    @property
    def ledger(self) -> PartnershipLedger:
        """One row per partnership ever proposed."""
        return self.world.ledger

    @property
    def regions(self) -> RegionTable:
        """One row per region."""
        return self.world.regions

    @property
    def effects(self) -> PolicyEffects:
        """What the levers did to the barriers this month."""
        return self.world.effects

    def is_alive_firm(self) -> np.ndarray:
        """Mask over actor rows: firms still in the market."""
        return self.world.is_alive_firm()

    def firm_employment(self) -> np.ndarray:
        """Persons employed by modelled firms, per region."""
        return self.world.firm_employment()

    def partners_of(self, row: int) -> list[int]:
        """Actor rows of the active partners of an actor."""
        indptr, partners = self.ledger.active_adjacency(self.actors.n)
        return sorted(partners[indptr[row] : indptr[row + 1]].tolist())

    # --- Mesa agents over the rows --------------------------------------------------------
    def _add_agents(self, rows: np.ndarray) -> None:
        """A Mesa agent for each new row: a `Firm` or an `Agency`."""
        kinds = self.actors.actor_kind
        for row in rows.tolist():
            agent = Agency if kinds[row] == ActorKind.agency else Firm
            self.actor_agents[row] = agent(self, row)

    def _remove_agents(self, rows: np.ndarray) -> None:
        """Exited firms leave `model.agents` (their rows stay, with alive=False)."""
        for row in rows.tolist():
            self.actor_agents[row].remove()


def _load_scenario(file: str | Path, paths: dict[str, Any], *positional: Any) -> Any:
    """A scenario file with `path=value` overrides; keyword sizes do not mix with it."""
    from sim.scenario import load_scenario

    if any(v is not None for v in positional):
        raise ParameterError(
            "n_regions, n_firms and scale come from the scenario file; allowed with "
            "scenario_file: dotted paths such as **{'regions.Lebak.firms': 5000}"
        )
    return load_scenario(file, [f"{k}={json.dumps(v)}" for k, v in paths.items()])


def _latest(model: PartnershipModel, metric: str) -> float:
    return model.latest(metric)


def _scenario_parameters(scenario: Any) -> dict[str, Any]:
    return {
        k: v for k, v in scenario.to_dict().items() if k not in ("rng", "model", "_scenario_id")
    }
