"""What every lever in force does: timing, who is offered it, and a budget never overspent."""

import zlib
from collections.abc import Iterable
from typing import TYPE_CHECKING

import numpy as np

from sim.core.kinds import ActorKind, Kind
from sim.levers.declaration import Lever
from sim.params import ParameterError

if TYPE_CHECKING:
    from sim.world.state import World

SIZE_EDGES = np.array([5.0, 20.0, 100.0])  # BPS: micro < 5 <= small < 20 <= medium < 100
SIZE_NAMES = ("micro", "small", "medium", "large")


class LeverInForce[S: Lever]:
    """A scenario's lever attached to a world; `act` is called in step 1 of every month."""

    def __init__(self, spec: S, world: "World") -> None:
        self.spec: S = spec
        self.name = spec.name
        self.spent = 0.0
        self.regions = named_indexes(world.regions.name, spec.targets.regions, "regions")
        self.sectors = named_indexes(world.params.world.sectors, spec.targets.sectors, "sectors")
        self.kinds = np.array([Kind[k] for k in spec.targets.kinds] or list(Kind), dtype=int)
        self.sizes = [SIZE_NAMES.index(s) for s in spec.targets.sizes] or [0, 1, 2, 3]
        self.actor_kinds = [ActorKind[a] for a in spec.targets.actors]
        self.draw_slot = zlib.crc32(spec.name.encode()) & 0x7FFFFFFF  # its own offer draws

    def act(self, m: "World") -> None:
        """Apply the lever this month if it is in force and has money left."""
        if self.running(m.month):
            self.apply(m)

    def running(self, month: int) -> bool:
        """In force this month (between its start and end) with money left."""
        spec = self.spec
        end = spec.end if spec.end is not None else np.inf
        exhausted = spec.budget is not None and self.spent >= spec.budget
        return bool(spec.start <= month <= end and not exhausted)

    def apply(self, m: "World") -> None:  # pragma: no cover - each lever has one
        """What the lever does in a month it is in force."""
        raise NotImplementedError

    def affordable(self, planned: float) -> float:
        """Share of the planned spending the remaining budget pays for (0..1)."""
        if self.spec.budget is None or planned <= 0:
            return 1.0
        return float(np.clip((self.spec.budget - self.spent) / planned, 0.0, 1.0))

    def within_budget(self, rows: np.ndarray, each: np.ndarray) -> np.ndarray:
        """The leading rows, in their order, whose costs (`each`) the budget left pays in full."""
        if self.spec.budget is None:
            return rows
        return rows[np.cumsum(each) <= self.spec.budget - self.spent]

    def spend(self, m: "World", region: np.ndarray, amount: np.ndarray) -> None:
        """Record spending (rupiah) by the regions it went to."""
        per_region = np.bincount(region, weights=amount, minlength=m.regions.count)
        self.spent += float(per_region.sum())
        spending = m.effects.spending
        spending[self.name] = spending.get(self.name, 0.0) + per_region

    def targeted(self, m: "World") -> np.ndarray:
        """Rows of the alive actors this lever reaches (firms by sector and size), if offered."""
        rows = self.eligible(m)
        return rows[self.offered(m, m.actors.key[rows])]

    def eligible(self, m: "World") -> np.ndarray:
        """Rows of the alive actors the lever's targets name, offered or not."""
        t = m.actors
        kind = t.actor_kind[: t.n]
        ok = (
            t.alive[: t.n]
            & np.isin(kind, self.actor_kinds)
            & np.isin(t.region[: t.n], self.regions)
        )
        firm = kind == ActorKind.firm
        size = np.searchsorted(SIZE_EDGES, t.workers[: t.n], side="right")
        firm_ok = np.isin(t.sector[: t.n], self.sectors) & np.isin(size, self.sizes)
        return np.flatnonzero(ok & (~firm | firm_ok))

    def offered(self, m: "World", keys: np.ndarray) -> np.ndarray:
        """Mask: which of these keys are offered the lever (`targets.share`, a keyed draw)."""
        share = self.spec.targets.share
        if share >= 1.0:
            return np.ones(len(keys), dtype=bool)
        return m.draws.uniforms("offer", self.draw_slot, keys) < share

    def target_regions(self) -> np.ndarray:
        """Region indexes the lever reaches."""
        return self.regions


class PerRegionLever[S: Lever](LeverInForce[S]):
    """A programme paid per targeted region and month; `change` says what it does."""

    def monthly_cost(self) -> float:
        """Rupiah per region and month at intensity 1."""
        raise NotImplementedError  # pragma: no cover

    def change(self, m: "World", regions: np.ndarray, strength: float) -> None:
        """Act on the regions; `strength` is intensity x the affordable share."""
        raise NotImplementedError  # pragma: no cover

    def apply(self, m: "World") -> None:
        """Pay for the targeted regions, within the budget, and act in proportion."""
        regions = self.target_regions()
        cost = np.full(len(regions), self.monthly_cost() * self.spec.intensity)
        f = self.affordable(float(cost.sum()))
        self.change(m, regions, f * self.spec.intensity)
        self.spend(m, regions, f * cost)


def grown_to(values: np.ndarray, n: int) -> np.ndarray:
    """A by-actor-row array extended with zeros to `n` rows (the entrants since)."""
    if len(values) >= n:
        return values
    return np.concatenate([values, np.zeros(n - len(values), dtype=values.dtype)])


def named_indexes(given: Iterable[str], wanted: tuple[str, ...], what: str) -> np.ndarray:
    """Indexes of named items (all of them when none are named)."""
    names = list(given)
    unknown = [w for w in wanted if w not in names]
    if unknown:
        raise ParameterError(f"policy targets.{what}: unknown {unknown}; allowed: {names}")
    return np.array([names.index(w) for w in wanted] if wanted else range(len(names)), dtype=int)
