"""The world one run evolves: actors, partnerships, regions, parameters, draws, the month.

`World` is the typed state that the monthly steps and the levers take; it knows nothing of
Mesa (`PartnershipModel` owns one and adds the Mesa agents and the outputs). What a step
hands on to the accounts is returned as a small record (`Proposals`, `Demography`), never
written on the world from afar.
"""

from dataclasses import dataclass, field

import numpy as np

from sim.barriers.budget import credit_line
from sim.core.kinds import ActorKind, AgencyType, Kind, State
from sim.infra.randomness import Draws
from sim.infra.sorting import GroupOrder, group_starts
from sim.mechanisms import displacement, hiring
from sim.metrics import INDEX
from sim.params import ModelParams
from sim.world.effects import PolicyEffects
from sim.world.ledger import PartnershipLedger
from sim.world.regions import RegionTable
from sim.world.tables import ActorTable


@dataclass(frozen=True)
class Proposals:
    """What this month's search handed to the permit office: delays drawn, by region."""

    permit_delays: np.ndarray  # months, one per proposed pair that waits for a permit
    permit_regions: np.ndarray  # region index of the proposing side of each

    @classmethod
    def none(cls) -> "Proposals":
        """No proposal this month."""
        return cls(np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.int64))


@dataclass(frozen=True)
class Demography:
    """Firms that entered and exited this month (agent rows; counts per region)."""

    entered: np.ndarray  # actor rows of the entrants
    exited: np.ndarray  # actor rows of the firms that left
    entries: np.ndarray  # real firms entering, per region
    exits: np.ndarray  # real firms exiting, per region
    entrant_capital: np.ndarray  # rupiah of capital the real entrants bring, per region

    @classmethod
    def none(cls, n_regions: int) -> "Demography":
        """Nobody entered or left."""
        rows = np.zeros(0, dtype=np.int64)
        return cls(rows, rows, np.zeros(n_regions), np.zeros(n_regions), np.zeros(n_regions))


@dataclass
class World:
    """The state of one run; rows of `actors` and `ledger` never move."""

    params: ModelParams
    regions: RegionTable
    actors: ActorTable
    ledger: PartnershipLedger
    draws: Draws
    actors_at_start: np.ndarray  # alive actors per region at month 0 (fixed search weights)
    effects: PolicyEffects = field(init=False)
    month: int = 0
    first_month: int = 0  # the month the world was built at (minus the spin-up months)
    history: list[np.ndarray] = field(default_factory=list)  # recorded accounts, by month
    actors_by_region: GroupOrder = field(default_factory=GroupOrder)  # kept for the search
    market_index: np.ndarray | None = None  # last month's IKM market index (displacement)
    market_reference: np.ndarray | None = None  # the index at month 0 (after the spin-up)
    market_base: np.ndarray | None = None  # last month's base demand per market, off its trend
    market_base_at_start: np.ndarray | None = None  # base demand per market at month 0

    def __post_init__(self) -> None:
        self.effects = PolicyEffects.neutral(self.actors.n, self.regions.count)

    # --- the month ------------------------------------------------------------------------
    def market_crowding(self) -> np.ndarray:
        """This month's factor on each IKM market's sales (region x sector; 1 before month 0)."""
        if self.market_reference is None or self.market_index is None:
            return np.ones(self.regions.count * len(self.params.world.sectors))
        return displacement.crowding(
            self.market_index,
            self.market_reference,
            self.params.economy.displacement,
            self.market_base,
            self.market_base_at_start,
        )

    def market_growth(self) -> np.ndarray:
        """Each IKM market's trend growth per year: its firm stock's and its own market's."""
        r, e = self.regions, self.params.economy
        growth = (1.0 + r.firm_stock_growth) * (1.0 + e.ikm_market_growth) - 1.0
        return np.repeat(growth, len(self.params.world.sectors))

    def begin_month(self) -> None:
        """A new month: no lever has acted yet; each January agencies get their budget."""
        self.month += 1
        self.effects = PolicyEffects.neutral(self.actors.n, self.regions.count)
        if self.month % 12 == 1 and self.month - 1 != self.first_month:  # unspent lapses
            t = self.actors
            agencies = t.actor_kind[: t.n] == ActorKind.agency
            t.cash[: t.n] = np.where(agencies, t.annual_budget[: t.n], t.cash[: t.n])

    # --- per-kind parameters as arrays indexed by `Kind` ---------------------------------
    @property
    def cost_by_kind(self) -> np.ndarray:
        """Monthly cost of a partnership to a firm side, by kind (rupiah)."""
        return self.params.barriers.partnership_cost.as_array()

    @property
    def initial_trust(self) -> np.ndarray:
        """Trust a side starts with in a new partner, by kind."""
        return self.params.barriers.initial_trust.as_array()

    @property
    def benefit_rate(self) -> np.ndarray:
        """Share of the base value a successful month brings, by kind."""
        return self.params.search.benefit_rate.as_array()

    @property
    def permit_kinds(self) -> np.ndarray:
        """Kinds that wait for a permit or formal agreement."""
        return np.array([Kind[k] for k in self.params.barriers.permit_kinds], dtype=np.int8)

    # --- derived figures -----------------------------------------------------------------
    @property
    def market_count(self) -> int:
        """IKM markets: one per region and sector."""
        return self.regions.count * len(self.params.world.sectors)

    def ikm_markets(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The alive IKM rows, each one's market (region x sector) and real base demand."""
        t = self.actors
        ikm = self.alive_ikm()
        market = t.region[ikm] * len(self.params.world.sectors) + t.sector[ikm]
        return ikm, market, t.demand_base[ikm] * t.weight[ikm]

    def alive_ikm(self) -> np.ndarray:
        """Rows of the IKM still in the market (firms that are not large)."""
        t = self.actors
        return np.flatnonzero(self.is_alive_firm() & ~t.large[: t.n])

    def is_alive_firm(self) -> np.ndarray:
        """Mask over actor rows: firms still in the market."""
        t = self.actors
        return t.alive[: t.n] & (t.actor_kind[: t.n] == ActorKind.firm)

    def firm_employment(self) -> np.ndarray:
        """Persons employed by modelled firms, per region."""
        t = self.actors
        return np.bincount(
            t.region[: t.n],
            weights=t.workers[: t.n] * self.is_alive_firm() * t.weight[: t.n],
            minlength=self.regions.count,
        )

    def hires_possible(self, vacancies: np.ndarray) -> np.ndarray:
        """Persons each region can hire this month for `vacancies` (matching, above the floor)."""
        r, p = self.regions, self.params.labour
        seekers = hiring.job_seekers(self.unemployed(), r.labour_force, p.frictional_unemployment)
        first = seekers[: len(vacancies)]  # `vacancies` may stop at the last region hiring
        return hiring.matches(first, vacancies, p.matching_efficiency, p.matching_elasticity)

    def alive_by_region(self) -> tuple[np.ndarray, np.ndarray]:
        """CSR lists of the alive actors of each region, rows ascending: (indptr, rows)."""
        t = self.actors
        order, region = self.actors_by_region.order(t.region[: t.n])
        alive = t.alive[order]
        return group_starts(region[alive], self.regions.count), order[alive]

    def unemployed(self) -> np.ndarray:
        """Persons of the labour force without work, per region (never negative)."""
        r = self.regions
        return np.maximum(r.labour_force - r.other_employment - self.firm_employment(), 0.0)

    def growth_of(self, pdrb: np.ndarray) -> np.ndarray:
        """PDRB growth in percent per year against 12 months ago (annualised before that)."""
        if not self.history:
            return np.full(len(pdrb), np.nan)
        back = min(len(self.history), 12)  # months recorded since the world began
        before = self.history[-back][:, INDEX["pdrb"]]
        return 100.0 * (np.power(pdrb / before, 12.0 / back) - 1.0)

    def last_growth(self) -> np.ndarray:
        """Last recorded annual PDRB growth per region, as a fraction (0 before any)."""
        g = self.history[-1][:-1, INDEX["pdrb_growth"]] / 100.0
        return np.nan_to_num(g)

    def partnership_cost(
        self, kind: np.ndarray, firm_side: np.ndarray, weight: np.ndarray, own_weight: np.ndarray
    ) -> np.ndarray:
        """Monthly cost of a partnership row to each real actor of one side.

        A firm pays its kind's cost, an agency its service cost, for each real partnership it
        holds: `weight` real partnerships over the side's own weight.
        """
        unit = np.where(firm_side, self.cost_by_kind[kind], self.params.agencies.service_cost)
        return unit * weight / own_weight

    def credit(self) -> np.ndarray:
        """Credit line of each actor row from its bank partnerships (rupiah per real firm)."""
        t, led = self.actors, self.ledger
        rows = led.rows_in(State.active)
        a, b = led.a[rows], led.b[rows]
        bank = t.agency_type[: t.n] == AgencyType.bank
        banked = np.zeros(t.n, dtype=bool)
        banked[a[bank[b]]] = True
        banked[b[bank[a]]] = True
        months = self.params.barriers.bank_credit_months
        return credit_line(t.value_added[: t.n], banked, months)

    def real_units(self, rows: np.ndarray) -> np.ndarray:
        """Real actors each row stands for: `scale` for an IKM, 1 for a large firm or agency."""
        return self.actors.weight[rows]

    def partner_load(self) -> np.ndarray:
        """Real partnerships each real actor holds (open ones), per actor row.

        A partnership row stands for `weight` real ones (the smaller side's weight): between
        two IKM rows each real firm holds one; with a large firm or an agency, that one real
        actor holds it and each firm of the IKM row a share.
        """
        t = self.actors
        return self.ledger.partner_counts(t.n, real=True) / t.weight[: t.n]
