"""Step 8 of a month: regional accounts, the figures that get recorded (docs/odd.md §7.8)."""

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from sim.core.kinds import EndReason, Kind, State
from sim.levers import LEVER_NAMES
from sim.metrics import INDEX, METRICS, REGISTRY
from sim.world.state import Demography, Proposals, World

Put = Callable[[str, np.ndarray], None]


@dataclass(frozen=True)
class MonthView:
    """What a declared metric's `compute` sees: the world, and sums by region."""

    world: World
    firm: np.ndarray  # mask over actor rows: firms in the market

    def per_region(self, weights: np.ndarray) -> np.ndarray:
        """Sum of `weights` (one per actor row) in each region, then the total."""
        t = self.world.actors
        v = np.bincount(t.region[: t.n], weights=weights, minlength=self.world.regions.count)
        return np.append(v, v.sum())


def regional_accounts(w: World, proposals: Proposals, demography: Demography) -> np.ndarray:
    """This month's metrics: rows are regions then the total, columns `METRICS`.

    Every cell starts as NaN: a metric that nothing writes stays NaN (tests look for it).
    """
    t, r = w.actors, w.regions
    out = np.full((r.count + 1, len(METRICS)), np.nan)
    view = MonthView(w, w.is_alive_firm())
    firm, per_region = view.firm, view.per_region

    def put(name: str, values: np.ndarray) -> None:
        out[:, INDEX[name]] = values

    real = firm * t.weight[: t.n]  # real firms each row stands for (0 for agencies, exited)
    va = per_region(t.value_added[: t.n] * real)
    firm_jobs = per_region(t.workers[: t.n] * real)
    labour = np.append(r.labour_force, r.labour_force.sum())
    employed = np.append(r.other_employment, r.other_employment.sum()) + firm_jobs
    pdrb = (np.append(r.rest_pdrb, r.rest_pdrb.sum()) + va) * 12.0
    put("pdrb", pdrb)
    put("pdrb_growth", w.growth_of(pdrb))
    put("firm_value_added", va)
    put("employment", employed)
    put("firm_employment", firm_jobs)
    put("labour_force", labour)
    put("unemployment_rate", 100.0 * np.maximum(labour - employed, 0.0) / labour)
    put(
        "investment",
        per_region(t.investment[: t.n] * real) + _with_total(demography.entrant_capital),
    )
    put("firms", per_region(real))
    put("firm_entries", _with_total(demography.entries))
    put("firm_exits", _with_total(demography.exits))
    _partnership_metrics(w, put)
    _permit_metrics(w, proposals, put)
    _policy_metrics(w, put)
    for metric in REGISTRY:
        if metric.compute is not None:
            put(metric.name, metric.compute(view))
    return out


def _policy_metrics(w: World, put: Put) -> None:
    """Spending of each lever this month by region, and of all levers together."""
    total = np.zeros(w.regions.count + 1)
    for name in LEVER_NAMES:
        spent = _with_total(w.effects.spending.get(name, np.zeros(w.regions.count)))
        put(f"policy_spending_{name}", spent)
        total += spent
    put("policy_spending", total)
    before = w.history[-1][:, INDEX["policy_spending_cumulative"]] if w.history else 0.0
    put("policy_spending_cumulative", before + total)


def _with_total(v: np.ndarray) -> np.ndarray:
    return np.append(v, v.sum())


def _partnership_metrics(w: World, put: Put) -> None:
    led, t, n_reg, month = w.ledger, w.actors, w.regions.count, w.month
    # only partnerships still open, or ended this month, can count this month
    rows = np.flatnonzero((led.state[: led.n] != State.ended) | (led.end_month[: led.n] == month))
    ra, rb = t.region[led.a[rows]], t.region[led.b[rows]]
    state, kind, reason = led.state[rows], led.kind[rows], led.end_reason[rows]
    active, ended = state == State.active, led.end_month[rows] == month
    groups = {  # metric -> which partnerships it counts
        "partnerships_active": active,
        "partnerships_waiting": state == State.proposed,
        "partnerships_formed": led.start_month[rows] == month,
        "partnerships_ended": ended,
    }
    # a partnership counts in each region of its parties, and once in the total
    other_side = rb != ra  # counted in b's region too, unless that is a's

    def summed(values: np.ndarray) -> np.ndarray:
        """Sums per region (and the total) of `values` over the partnerships."""
        per = np.bincount(ra, weights=values, minlength=n_reg)
        per += np.bincount(rb, weights=np.where(other_side, values, 0.0), minlength=n_reg)
        return np.append(per, values.sum())

    def summed_by(code: np.ndarray, member: np.ndarray, codes: int) -> np.ndarray:
        """`summed` of the weights of the members of each code at once: (regions + 1, codes).

        The same sums, in the same order, as `summed(np.where(member & (code == c), w, 0))`.
        """
        cell = np.where(member, code, codes)  # non-members go to a spare code, dropped
        size = n_reg * (codes + 1)
        per = np.bincount(ra * (codes + 1) + cell, weights=weight, minlength=size)
        per += np.bincount(rb * (codes + 1) + cell, weights=weight_b_side, minlength=size)
        total = [np.where(member & (code == c), weight, 0.0).sum() for c in range(codes)]
        return np.vstack([per.reshape(n_reg, codes + 1)[:, :codes], total])

    weight = led.weight[rows]
    weight_b_side = np.where(other_side, weight, 0.0)  # what b's region adds
    for name, member in groups.items():
        put(name, summed(np.where(member, weight, 0.0)))
    by_kind = summed_by(kind, active, max(Kind) + 1)
    for k in Kind:
        put(f"partnerships_active_{k.name}", by_kind[:, k])
    by_reason = summed_by(reason, ended, max(EndReason) + 1)
    for r in EndReason:
        if r != EndReason.none:
            put(f"partnerships_ended_{r.name}", by_reason[:, r])
    trust = (led.trust_a[rows] + led.trust_b[rows]) / 2.0
    sums = [
        summed(np.where(active, values, 0.0))
        for values in (np.ones(len(rows)), trust, led.culture_distance[rows])
    ]
    with np.errstate(invalid="ignore", divide="ignore"):
        put("mean_trust", sums[1] / sums[0])
        put("mean_culture_distance", sums[2] / sums[0])
    put("network_density", _density(w, active, ra, rb))


def _permit_metrics(w: World, proposals: Proposals, put: Put) -> None:
    """Mean permit delay drawn this month, by the proposing side's region."""
    n_reg = w.regions.count
    delays, where = proposals.permit_delays.astype(float), proposals.permit_regions
    with np.errstate(invalid="ignore", divide="ignore"):
        put(
            "mean_permit_delay",
            _with_total(np.bincount(where, weights=delays, minlength=n_reg))
            / _with_total(np.bincount(where, minlength=n_reg).astype(float)),
        )


def _density(w: World, active: np.ndarray, ra: np.ndarray, rb: np.ndarray) -> np.ndarray:
    """Active partnerships over possible pairs among alive agents, per region and in total."""
    n_reg = w.regions.count
    alive = np.bincount(
        w.actors.region[: w.actors.n], weights=w.actors.alive[: w.actors.n], minlength=n_reg
    )
    alive = np.append(alive, alive.sum())
    inside = np.bincount(ra[active & (ra == rb)], minlength=n_reg)
    edges = np.append(inside, active.sum())
    possible = alive * (alive - 1) / 2.0
    return np.where(possible > 0, edges / np.maximum(possible, 1), 0.0)
