"""Output tables: tidy trajectories, partnership events, the partnership graph; Parquet files."""

from pathlib import Path

import networkx as nx
import numpy as np
import pandas as pd

from sim.core.kinds import KIND_NAMES, ActorKind, EndReason, State
from sim.infra.atomic import atomic_path
from sim.metrics import METRICS, TOTAL
from sim.world.ledger import PartnershipLedger
from sim.world.tables import ActorTable

REASON_NAMES = [r.name for r in EndReason]
ACTOR_KIND_NAMES = [k.name for k in ActorKind]


def trajectories(history: np.ndarray, region_names: list[str]) -> pd.DataFrame:
    """(months, regions + total, metrics) array -> columns month, region, metric, value."""
    months, regions, metrics = history.shape
    region_codes = np.tile(np.repeat(np.arange(regions), metrics), months)
    metric_codes = np.tile(np.arange(metrics), months * regions)
    return pd.DataFrame(
        {
            "month": np.repeat(np.arange(months), regions * metrics),
            "region": pd.Categorical.from_codes(region_codes, [*region_names, TOTAL]),
            "metric": pd.Categorical.from_codes(metric_codes, list(METRICS)),
            "value": history.ravel(),
        }
    )


def partnership_events(ledger: PartnershipLedger, actors: ActorTable) -> pd.DataFrame:
    """One row per formation (became active) and per ending, ordered by month."""
    n = ledger.n
    rows = np.arange(n)
    formed = rows[ledger.start_month[:n] >= 1]  # the starting network has no formed row
    ended = rows[(ledger.state[:n] == State.ended) & (ledger.end_month[:n] >= 1)]
    frames = [
        _events(
            ledger,
            actors,
            formed,
            "formed",
            ledger.start_month[formed],
            np.full(len(formed), "", dtype=object),
        ),
        _events(
            ledger,
            actors,
            ended,
            "ended",
            ledger.end_month[ended],
            np.array(REASON_NAMES, dtype=object)[ledger.end_reason[ended]],
        ),
    ]
    events = pd.concat(frames, ignore_index=True)
    return events.sort_values(["month", "event", "partnership"], kind="stable", ignore_index=True)


def _events(
    ledger: PartnershipLedger,
    actors: ActorTable,
    rows: np.ndarray,
    event: str,
    month: np.ndarray,
    reason: np.ndarray,
) -> pd.DataFrame:
    a, b = ledger.a[rows], ledger.b[rows]
    return pd.DataFrame(
        {
            "month": month.astype(np.int64),
            "event": event,
            "partnership": rows.astype(np.int64),
            "kind": np.array(KIND_NAMES, dtype=object)[ledger.kind[rows]],
            "party_a": a.astype(np.int64),
            "party_b": b.astype(np.int64),
            "party_a_type": np.array(ACTOR_KIND_NAMES, dtype=object)[actors.actor_kind[a]],
            "party_b_type": np.array(ACTOR_KIND_NAMES, dtype=object)[actors.actor_kind[b]],
            "region_a": actors.region[a].astype(np.int64),
            "region_b": actors.region[b].astype(np.int64),
            "reason": reason,
            "weight": ledger.weight[rows],
        }
    )


def partnership_graph(
    ledger: PartnershipLedger, actors: ActorTable, region_names: list[str]
) -> nx.Graph:
    """Nodes: alive actors (row numbers) with type and region; edges: active partnerships."""
    g = nx.Graph()
    alive = np.flatnonzero(actors.alive[: actors.n])
    g.add_nodes_from(
        (
            int(r),
            {
                "type": ACTOR_KIND_NAMES[actors.actor_kind[r]],
                "region": region_names[actors.region[r]],
            },
        )
        for r in alive
    )
    active = np.flatnonzero(ledger.state[: ledger.n] == State.active)
    g.add_edges_from(
        (
            int(ledger.a[r]),
            int(ledger.b[r]),
            {
                "kind": KIND_NAMES[ledger.kind[r]],
                "start_month": int(ledger.start_month[r]),
                "trust_a": float(ledger.trust_a[r]),
                "trust_b": float(ledger.trust_b[r]),
            },
        )
        for r in active
    )
    return g


def write_parquet(frame: pd.DataFrame, path: Path) -> Path:
    """Write a table atomically (a fresh temporary file, then rename)."""
    with atomic_path(path) as tmp:
        frame.to_parquet(tmp, index=False)
    return path


def agent_snapshot(ledger: PartnershipLedger, actors: ActorTable, month: int) -> pd.DataFrame:
    """One row per alive actor: type, region, sector, size and state, partner count."""
    alive = np.flatnonzero(actors.alive[: actors.n])
    degree = ledger.partner_counts(actors.n)
    return pd.DataFrame(
        {
            "month": np.full(len(alive), month, dtype=np.int64),
            "actor": alive.astype(np.int64),
            "type": np.array(ACTOR_KIND_NAMES, dtype=object)[actors.actor_kind[alive]],
            "region": actors.region[alive].astype(np.int64),
            "sector": actors.sector[alive].astype(np.int64),
            "weight": actors.weight[alive],
            "workers": actors.workers[alive],
            "cash": actors.cash[alive],
            "productivity": actors.productivity[alive],
            "market_reach": actors.market_reach[alive],
            "certified": actors.certified[alive],
            "partners": degree[alive].astype(np.int64),
        }
    )
