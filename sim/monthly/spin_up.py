"""The spin-up: months before month 0 with every lever off, then the region anchored to data.

A world built from the parameters starts with no partnerships, no learned know-how and firm
sizes straight from the size classes. Running it `spin_up_months` months with no lever (the
same monthly steps, months -S ... -1, keyed like any other month, so paired runs share them
bit for bit) lets the network, firm sizes, cash and know-how settle. Then the labour market
and the rest of the economy are set back to the scenario's month-0 figures, agencies get a
new budget year, and the run is recorded from month 0 (docs: ODD, initialisation).
"""

import numpy as np

from sim.core.kinds import ActorKind
from sim.mechanisms import displacement
from sim.monthly.month import a_month, record
from sim.world.state import Demography, Proposals, World


def spin_up(w: World, months: int, anchor: "Anchor") -> None:
    """Run `months` months with no lever before month 0, then anchor the region to its data."""
    if months == 0:
        return
    t = w.actors
    firms = t.actor_kind[: t.n] == ActorKind.firm
    t.born[: t.n][firms] -= months + 1  # ages were drawn as at month 0
    w.month = w.first_month = -months - 1  # the spin-up's months are -S ... -1
    w.history = []
    record(w, Proposals.none(), Demography.none(w.regions.count))
    for _ in range(months):
        record(w, *a_month(w, ()))
        anchor.hold(w)
    w.month, w.history = 0, []
    anchor.restore(w)


class Anchor:
    """The month-0 figures of the regions, kept while the spin-up runs."""

    def __init__(self, w: World) -> None:
        r = w.regions
        self.labour_force = r.labour_force.copy()
        self.rest_pdrb = r.rest_pdrb.copy()

    def hold(self, w: World) -> None:
        """The labour market and economy as at month 0 (the spin-up is a steady month 0).

        Hiring meets the month-0 unemployment every spin-up month, so firms do not settle
        against a labour market the region does not have.
        """
        r = w.regions
        r.labour_force = self.labour_force.copy()
        r.rest_pdrb = self.rest_pdrb.copy()
        employed = r.labour_force * (1.0 - r.unemployment_at_start)
        r.other_employment = np.maximum(employed - w.firm_employment(), 0.0)

    def restore(self, w: World) -> None:
        """Labour force and the rest of the economy back to month 0; a new budget year."""
        r, t = w.regions, w.actors
        self.hold(w)
        agencies = t.actor_kind[: t.n] == ActorKind.agency
        t.cash[: t.n] = np.where(agencies, t.annual_budget[: t.n], t.cash[: t.n])
        _anchor_firm_sizes(w)
        w.market_reference = w.market_index  # displacement counts from month 0
        _, market, base = w.ikm_markets()  # entry crowding counts from month 0's base demand
        w.market_base = w.market_base_at_start = displacement.market_totals(
            base, market, w.market_count
        )
        alive = t.alive[: t.n]
        w.actors_at_start = np.bincount(t.region[: t.n][alive], minlength=r.count).astype(float)


SIZE_COLUMNS = (
    "workers",
    "capital",
    "cash",
    "demand",
    "demand_base",
    "demand_home",
    "value_added",
    "fixed_cost",
    "profit",
    "investment",
    "partner_orders",
)


def _anchor_firm_sizes(w: World) -> None:
    """Scale each region's IKM to the data's mean workers per IKM, entrants alike.

    The workers beyond the owner are scaled (owners stay at work), by the factor that gives
    the region the data's mean.

    The settled stock is larger than the size classes drawn (firms that learned from
    partners grew, small ones died more); entrants, which the data do not describe, are
    drawn that much smaller from now on, so the stock stays at the data's mean. A firm's
    demand, capital, costs and cash scale together: its productivity and margins do not move.
    """
    t, r = w.actors, w.regions
    ikm = np.flatnonzero(w.is_alive_firm() & ~t.large[: t.n])
    owner = w.params.firms.unpaid_workers
    weights = t.weight[ikm] * t.workers[ikm]
    jobs = np.bincount(t.region[ikm], weights=weights, minlength=r.count)
    firms = np.bincount(t.region[ikm], weights=t.weight[ikm], minlength=r.count)
    settled = np.divide(jobs, firms, out=np.zeros(r.count), where=firms > 0)
    target = w.params.firms.workers_per_ikm
    excess = np.where(settled > owner, (target - owner) / np.maximum(settled - owner, 1e-12), 1.0)
    excess = np.maximum(excess, 0.0)
    workers = t.workers[ikm]
    scaled = np.maximum(owner + (workers - owner) * excess[t.region[ikm]], 1e-3 * workers)
    factor = scaled / np.maximum(workers, 1e-12)
    for name in SIZE_COLUMNS:
        getattr(t, name)[ikm] *= factor
    r.entrant_size = r.entrant_size * excess
