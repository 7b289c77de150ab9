"""Joining a large firm's supply chain: an event study inside the model's world as it is.

Alfaro-Urena, Manelici & Vasquez (2022, QJE) followed Costa Rican firms after their first
sale to a multinational: four years on they had 26 % more workers than firms not yet
linked. The same comparison here: in a run with no lever, the IKM whose first strategic
partnership with a large firm starts in the cohort's months are the linked; the IKM with no
such partnership by the end of the run are the comparison. Each linked firm's workers
`horizon` months after its first link, over its workers the month before, is set against
the same months' ratio of the comparison firms (both among firms still open).
"""

from dataclasses import dataclass

import numpy as np
from scipy import stats

from sim.core.kinds import ActorKind, Kind
from sim.levers import Policies
from sim.model import PartnershipModel
from sim.scenario import load_scenario
from sim.world.ledger import NEVER


@dataclass(frozen=True)
class LinkageStudy:
    """Who is linked (first link in `cohort` months) and when the outcome is read."""

    scenario: str = "scenarios/baseline.yaml"
    seeds: int = 8
    cohort: tuple[int, int] = (1, 36)
    horizon: int = 48
    base_seed: int = 20261204
    overrides: tuple[str, ...] = ()


def supplier_effect(study: LinkageStudy) -> dict[str, float]:
    """Mean over seeds of the linked firms' extra worker growth (%), with a 90 % interval."""
    effects, linked = [], []
    for seed in np.random.SeedSequence(study.base_seed).spawn(study.seeds):
        effect, count = _one_seed(study, seed)
        if not np.isnan(effect):
            effects.append(effect)
            linked.append(count)
    values = np.array(effects)
    mean = float(values.mean()) if len(values) else np.nan
    half = (
        float(stats.t.ppf(0.95, len(values) - 1) * values.std(ddof=1) / np.sqrt(len(values)))
        if len(values) > 1
        else np.nan
    )
    return {
        "effect": mean,
        "low": mean - half,
        "high": mean + half,
        "seeds": len(values),
        "linked_firms": float(np.mean(linked)) if linked else 0.0,
    }


def _one_seed(study: LinkageStudy, seed: np.random.SeedSequence) -> tuple[float, int]:
    scenario = load_scenario(study.scenario, list(study.overrides))
    scenario = scenario.model_copy(update={"policies": Policies()})
    model = PartnershipModel.from_scenario(scenario, rng=seed)
    t = model.world.actors
    n0 = t.n
    ikm = np.flatnonzero(t.alive[:n0] & (t.actor_kind[:n0] == ActorKind.firm) & ~t.large[:n0])
    months = study.cohort[1] + study.horizon
    workers = np.empty((months + 1, len(ikm)))
    alive = np.empty((months + 1, len(ikm)), dtype=bool)
    workers[0], alive[0] = t.workers[ikm], t.alive[ikm]
    for month in range(1, months + 1):
        model.step()
        workers[month], alive[month] = t.workers[ikm], t.alive[ikm]
    first = _first_link_with_large_firm(model, ikm)
    return _effect(study, first, workers, alive)


def _first_link_with_large_firm(model: PartnershipModel, ikm: np.ndarray) -> np.ndarray:
    """Month of each IKM's first strategic partnership with a large firm (NEVER if none)."""
    led, t = model.world.ledger, model.world.actors
    rows = np.arange(led.n)
    started = led.start_month[rows] != NEVER
    rows = rows[started & (led.kind[rows] == Kind.strategic) & (led.start_month[rows] >= 1)]
    a, b, month = led.a[rows], led.b[rows], led.start_month[rows]
    first = np.full(t.n, NEVER, dtype=np.int64)
    for small, large in ((a, b), (b, a)):
        with_large = t.large[large]
        firm_rows, when = small[with_large], month[with_large]
        order = np.argsort(when, kind="stable")[::-1]  # the earliest written last
        first[firm_rows[order]] = when[order]
    return first[ikm]


def _effect(
    study: LinkageStudy, first: np.ndarray, workers: np.ndarray, alive: np.ndarray
) -> tuple[float, int]:
    never = first == NEVER
    linked_growth, control_growth = [], []
    for month in range(study.cohort[0], study.cohort[1] + 1):
        before, after = month - 1, month + study.horizon
        ok = alive[after] & alive[before] & (workers[before] > 0)
        linked = (first == month) & ok
        control = never & ok
        if not linked.any() or not control.any():
            continue
        linked_growth += list(workers[after][linked] / workers[before][linked])
        ratio = workers[after][control].mean() / workers[before][control].mean()
        control_growth += [ratio] * int(linked.sum())
    if not linked_growth:
        return np.nan, 0
    effect = 100.0 * (np.mean(linked_growth) / np.mean(control_growth) - 1.0)
    return float(effect), len(linked_growth)
