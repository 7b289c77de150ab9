"""Step 7 of a month: firms die or run out of cash and leave; new firms enter."""

import numpy as np

from sim.core.kinds import ActorKind, EndReason
from sim.infra.randomness import entrant_keys, poisson
from sim.mechanisms import demography
from sim.world.population import firm_columns
from sim.world.state import Demography, World

DEATH_REFERENCE_WORKERS = 2.0  # the size at which the death hazard is `death_rate`


def enter_and_exit(w: World) -> Demography:
    """Firms that die or are long out of cash exit (ending their partnerships); firms enter."""
    t, r = w.actors, w.regions
    firm = w.is_alive_firm()
    hazard = _death_hazard(w, firm)
    dies = demography.dies_this_month(hazard, w.draws.uniforms("exit", w.month, t.key[: t.n]))
    broke = demography.exiting(
        t.alive[: t.n],
        t.negative_cash_months[: t.n],
        t.actor_kind[: t.n] == ActorKind.firm,
        w.params.economy.exit_after_months,
    )
    gone = np.flatnonzero(broke | (dies & firm))
    led = w.ledger
    open_rows = led.open_rows()
    leaving = np.zeros(t.n, dtype=bool)
    leaving[gone] = True
    touching = open_rows[leaving[led.a[open_rows]] | leaving[led.b[open_rows]]]
    led.end(touching, w.month, EndReason.partner_exit)
    exits = np.bincount(t.region[gone], weights=t.weight[gone], minlength=r.count)
    t.alive[gone] = False
    t.workers[gone] = 0.0
    if w.month > 0:  # entry replaces the deaths the hazard expects, and more
        expected = np.bincount(
            t.region[: t.n], weights=hazard * t.weight[: t.n] / 12.0, minlength=r.count
        )
        entered, capital = _enter(w, _entrant_rows(w, expected))
    else:  # the spin-up holds the stock the data give: each IKM row that left is replaced
        ikm_gone = gone[~t.large[gone]]
        entered, capital = _enter(w, np.bincount(t.region[ikm_gone], minlength=r.count))
    entries = np.bincount(t.region[entered], weights=t.weight[entered], minlength=r.count)
    return Demography(entered, gone, entries, exits, capital)


def _death_hazard(w: World, firm: np.ndarray) -> np.ndarray:
    """Annual death hazard of each actor row: IKM only (large firms and agencies: 0)."""
    t, e = w.actors, w.params.economy
    hazard = demography.death_hazard(
        w.month - t.born[: t.n],
        t.workers[: t.n],
        e.death_rate,
        e.young_death_excess,
        e.young_death_years,
        e.death_size_elasticity,
        DEATH_REFERENCE_WORKERS,
    )
    return np.where(firm & ~t.large[: t.n], hazard, 0.0)


def _entrant_rows(w: World, expected_deaths: np.ndarray) -> np.ndarray:
    """How many IKM rows enter each region this month (Poisson around the expected)."""
    t, e, r = w.actors, w.params.economy, w.regions
    firms_now = np.bincount(
        t.region[: t.n], weights=w.is_alive_firm() * t.weight[: t.n], minlength=r.count
    )
    real = demography.expected_entrants(
        expected_deaths,
        firms_now,
        r.firm_stock_growth,
        w.last_growth() - r.rest_growth,
        r.infrastructure - r.infrastructure_at_start,
        e.entry_growth_sensitivity,
        e.entry_infrastructure_sensitivity,
    )
    real = real * w.effects.entry_factor  # a registration reform lets more start
    mean = real / w.params.world.scale  # entrants are IKM rows of `scale` real firms
    return poisson(mean, w.draws.uniforms("entry", w.month, np.arange(r.count)))


def _enter(w: World, born: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """`born[k]` new IKM rows in region k, each one's attributes keyed (region, month, i)."""
    t, r = w.actors, w.regions
    if not born.any():
        return np.zeros(0, dtype=np.int64), np.zeros(r.count)
    region = np.repeat(np.arange(r.count), born)
    k = np.arange(len(region)) - np.repeat(np.cumsum(born) - born, born)  # k-th of its region
    keys = entrant_keys(region, w.month, k)
    columns = firm_columns(w.params, r, region, w.month, w.draws.sampler("entrants", w.month, keys))
    columns["workers"] = _hireable(w, columns["workers"], region)
    rows = t.add(len(region), key=keys, **columns)
    return rows, np.bincount(region, weights=t.capital[rows] * t.weight[rows], minlength=r.count)


def _hireable(w: World, workers: np.ndarray, region: np.ndarray) -> np.ndarray:
    """Entrants start with the workers they want, or fewer if the region has too few unemployed."""
    weight = w.params.world.scale  # entrants are IKM
    wanted = np.bincount(region, weights=workers * weight, minlength=w.regions.count)
    ratio = np.minimum(1.0, w.hires_possible(wanted) / np.maximum(wanted, 1e-12))
    return np.maximum(workers * ratio[region], 0.0)
