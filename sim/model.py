"""`PartnershipModel`: a month of firms, agencies and regions partnering (DESIGN §3)."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import mesa
import numpy as np
import pandas as pd

from sim import outputs
from sim.agents import Firm
from sim.build import build_world
from sim.effects import PolicyEffects
from sim.kinds import ActorKind, Kind
from sim.levers import build_levers
from sim.metrics import INDEX
from sim.monthly.accounts import regional_accounts
from sim.monthly.economy import enter_and_exit, produce_and_employ
from sim.monthly.partnerships import cooperate, dissolve, process_permits
from sim.monthly.search import search_for_partners
from sim.params import ModelParams
from sim.params.model_params import params_from_flat
from sim.params.policies import Policies
from sim.params.world import RegionSpec
from sim.randomness import Streams, root_seed


@dataclass
class MonthScratch:
    """What a month's steps hand to its accounts; reset every month."""

    permit_delays: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))
    permit_regions: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    entries: np.ndarray = field(default_factory=lambda: np.zeros(0))
    exits: np.ndarray = field(default_factory=lambda: np.zeros(0))
    entrant_capital: np.ndarray = field(default_factory=lambda: np.zeros(0))
    partnership_spending: np.ndarray = field(default_factory=lambda: np.zeros(0))


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
        **overrides: any other parameter by its name (see `sim.params.flat_names()`).

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
        **overrides: Any,
    ) -> None:
        if scenario is not None:
            overrides = {**_scenario_parameters(scenario), **overrides}
            rng = scenario.rng if rng is None else rng
        given = dict(n_regions=n_regions, n_firms=n_firms, n_agencies=n_agencies, scale=scale)
        overrides.update({k: v for k, v in given.items() if v is not None})
        self.params = params_from_flat(params, **overrides)
        seed = root_seed(rng)
        # Mesa takes the seed from the scenario itself when one is given
        super().__init__(rng=None if scenario is not None else seed, scenario=scenario)
        self.streams = Streams(seed)
        self.month = 0
        self._cache_parameter_arrays()
        self._history: list[np.ndarray] = []
        build_world(self, region_specs)
        self.policies = build_levers(policies, self)
        self.effects = PolicyEffects.neutral(self.actors.n, self.regions.count)
        self.datacollector = mesa.DataCollector(
            model_reporters={name: partial(_latest, metric=name) for name in _REPORTED}
        )
        self.record()

    @classmethod
    def from_scenario(cls, scenario: Any, rng: Any = None) -> "PartnershipModel":
        """Build the model a validated scenario (`sim.scenario.load_scenario`) describes."""
        return cls(
            params=scenario.model_params(),
            region_specs=scenario.regions,
            policies=scenario.policies,
            rng=rng,
        )

    def step(self) -> None:
        """One month, in the order of DESIGN §3 (budget year, then the nine steps)."""
        self.month += 1
        self.monthly = MonthScratch()
        self.effects = PolicyEffects.neutral(self.actors.n, self.regions.count)
        self.open_budget_year()
        self.apply_policies()
        search_for_partners(self)
        process_permits(self)
        cooperate(self)
        dissolve(self)
        produce_and_employ(self)
        enter_and_exit(self)
        self.regions.grow_one_month()
        self.record()

    def open_budget_year(self) -> None:
        """Each January (months 13, 25, ...) agencies get their annual budget; unspent lapses."""
        if self.month > 1 and self.month % 12 == 1:
            t = self.actors
            agencies = t.actor_kind[: t.n] == ActorKind.agency
            t.cash[: t.n] = np.where(agencies, t.annual_budget[: t.n], t.cash[: t.n])

    def apply_policies(self) -> None:
        """Step 1: policy levers in force change their barrier or pay, within their budget."""
        for policy in self.policies:
            policy.act(self)

    def record(self) -> None:
        """Steps 8-9: regional accounts, stored as this month's row of the trajectories."""
        if not hasattr(self, "monthly"):
            self.monthly = MonthScratch()
            self.monthly.entries = self.monthly.exits = self.monthly.entrant_capital = np.zeros(
                self.regions.count
            )
        figures = regional_accounts(self)
        self._history.append(figures)
        self.datacollector.collect(self)
        self.running = self.month < self.params.world.months

    def run(self, months: int | None = None) -> "PartnershipModel":
        """Run `months` more months (default: the horizon `months` parameter)."""
        for _ in range(self.params.world.months if months is None else months):
            self.step()
        return self

    # --- outputs --------------------------------------------------------------------------
    def trajectories(self) -> pd.DataFrame:
        """Tidy long table: month, region ("ALL" = total), metric, value. Units: METRIC_UNITS."""
        return outputs.trajectories(np.stack(self._history), self.regions.name)

    def partnership_events(self) -> pd.DataFrame:
        """One row per partnership formed or ended, with kind, parties, month and reason."""
        return outputs.partnership_events(self.ledger, self.actors)

    def partnership_graph(self):  # noqa: ANN201 - networkx.Graph
        """The active partnerships as a networkx graph (nodes: alive actor rows)."""
        return outputs.partnership_graph(self.ledger, self.actors, self.regions.name)

    def agent_snapshot(self) -> pd.DataFrame:
        """The alive firms and agencies now, one row each (see `outputs.agent_snapshot`)."""
        return outputs.agent_snapshot(self.ledger, self.actors, self.month)

    def latest(self, metric: str, region: str = "ALL") -> float:
        """The last recorded value of a metric."""
        return float(self._history[-1][self._region_row(region), INDEX[metric]])

    def series(self, metric: str, region: str = "ALL") -> np.ndarray:
        """A metric's values for months 0, 1, ..., now (units: METRIC_UNITS)."""
        k, m = self._region_row(region), INDEX[metric]
        return np.array([month[k, m] for month in self._history])

    def _region_row(self, region: str) -> int:
        return len(self.regions.name) if region == "ALL" else self.regions.name.index(region)

    # --- helpers used by the monthly steps ------------------------------------------------
    def is_alive_firm(self) -> np.ndarray:
        """Mask over actor rows: firms still in the market."""
        t = self.actors
        return t.alive[: t.n] & (t.actor_kind[: t.n] == ActorKind.firm)

    def firm_employment(self) -> np.ndarray:
        """Persons employed by modelled firms, per region."""
        t = self.actors
        return np.bincount(
            t.region[: t.n],
            weights=t.workers[: t.n] * self.is_alive_firm() * self.params.world.scale,
            minlength=self.regions.count,
        )

    def growth_of(self, pdrb: np.ndarray) -> np.ndarray:
        """PDRB growth in percent per year against 12 months ago (annualised before that)."""
        if not self._history:
            return np.full(len(pdrb), np.nan)
        back = min(self.month, 12)
        before = self._history[-back][:, INDEX["pdrb"]]
        return 100.0 * (np.power(pdrb / before, 12.0 / back) - 1.0)

    @property
    def last_growth(self) -> np.ndarray:
        """Last recorded annual PDRB growth per region, as a fraction (0 before any)."""
        g = self._history[-1][:-1, INDEX["pdrb_growth"]] / 100.0
        return np.nan_to_num(g)

    def partnership_cost(
        self, kind: np.ndarray, firm_side: np.ndarray, weight: np.ndarray
    ) -> np.ndarray:
        """Monthly cost of each partnership to one side.

        A firm pays its kind's cost; an agency its service cost for every real firm the
        partner row stands for.
        """
        return np.where(
            firm_side, self.cost_by_kind[kind], self.params.agencies.service_cost * weight
        )

    def partners_of(self, row: int) -> list[int]:
        """Actor rows of the active partners of an actor."""
        indptr, partners = self.ledger.active_adjacency(self.actors.n)
        return sorted(partners[indptr[row] : indptr[row + 1]].tolist())

    def add_firms(self, columns: dict[str, np.ndarray]) -> np.ndarray:
        """New firm rows and their Mesa agents."""
        rows = self.actors.add(len(columns["region"]), **columns)
        for row in rows.tolist():
            self.actor_agents[row] = Firm(self, row)
        return rows

    def remove_firm_agents(self, rows: np.ndarray) -> None:
        """Exited firms leave `model.agents` (their rows stay, with alive=False)."""
        for row in rows.tolist():
            self.actor_agents[row].remove()

    # --- construction ---------------------------------------------------------------------
    def _cache_parameter_arrays(self) -> None:
        b, s = self.params.barriers, self.params.search
        self.cost_by_kind = b.partnership_cost.as_array()
        self.initial_trust = b.initial_trust.as_array()
        self.benefit_rate = s.benefit_rate.as_array()
        self.permit_kinds = np.array([Kind[k] for k in b.permit_kinds], dtype=np.int8)


_REPORTED = (
    "pdrb",
    "employment",
    "unemployment_rate",
    "firms",
    "partnerships_active",
    "mean_trust",
)


def _latest(model: PartnershipModel, metric: str) -> float:
    return model.latest(metric)


def _scenario_parameters(scenario: Any) -> dict[str, Any]:
    return {
        k: v for k, v in scenario.to_dict().items() if k not in ("rng", "model", "_scenario_id")
    }
