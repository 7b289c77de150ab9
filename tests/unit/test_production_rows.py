"""Production runs over blocks of actor rows: only alive firms are read for them or written."""

import numpy as np
import pytest

from sim import PartnershipModel
from sim.core.kinds import ActorKind
from sim.monthly import produce

WRITTEN = (
    "workers",
    "demand_base",
    "demand",
    "value_added",
    "profit",
    "cash",
    "investment",
    "capital",
    "negative_cash_months",
)
READ = ("productivity", "entry_productivity", "capital", "demand_base", "partner_orders")


def _world(rng: int = 4) -> PartnershipModel:
    model = PartnershipModel(rng=rng, n_firms=900, n_regions=3, n_agencies=40)
    model.run(12)  # some firms have exited, some entered after the agencies' rows
    return model


def _cells(model: PartnershipModel, rows: np.ndarray) -> dict[str, np.ndarray]:
    t = model.actors
    return {name: getattr(t, name)[rows].copy() for name in WRITTEN}


def _not_alive_firms(model: PartnershipModel) -> np.ndarray:
    t = model.actors
    return np.flatnonzero(~(t.alive[: t.n] & (t.actor_kind[: t.n] == ActorKind.firm)))


# 0: every block on views of all its rows; 2: every block on copies of its firms' cells
PATHS = pytest.mark.parametrize("view_share", [0.0, 2.0])


@PATHS
def test_agencies_and_exited_firms_keep_their_cells(monkeypatch, view_share):
    monkeypatch.setattr(produce, "VIEW_SHARE", view_share)
    model = _world()
    others = _not_alive_firms(model)
    assert (model.actors.actor_kind[others] == ActorKind.agency).sum() == 40
    assert (~model.actors.alive[others]).sum() > 0, "the world should have exited firms"
    before = _cells(model, others)
    produce.produce_and_employ(model.world)
    after = _cells(model, others)
    for name in WRITTEN:
        np.testing.assert_array_equal(after[name], before[name], err_msg=name)


@PATHS
def test_alive_firms_do_not_depend_on_the_other_rows(monkeypatch, view_share):
    """Garbage in agencies' and exited firms' cells (zeros, NaN) changes no alive firm."""
    monkeypatch.setattr(produce, "VIEW_SHARE", view_share)
    clean, dirty = _world(), _world()
    others = _not_alive_firms(dirty)
    t = dirty.actors
    for name in READ:
        getattr(t, name)[others] = 0.0
    t.demand_base[others] = np.nan
    firms = np.flatnonzero(clean.world.is_alive_firm())
    with np.errstate(all="raise"):  # and no 0/0 or overflow anywhere in the step
        produce.produce_and_employ(dirty.world)
    produce.produce_and_employ(clean.world)
    for name in WRITTEN:
        np.testing.assert_array_equal(
            _cells(dirty, firms)[name], _cells(clean, firms)[name], err_msg=name
        )


@pytest.mark.parametrize(
    ("rows_per_block", "view_share"), [(7, 0.0), (256, 0.0), (256, 2.0), (64, 0.95)]
)
def test_block_size_and_path_change_no_number(monkeypatch, rows_per_block, view_share):
    """Views or copies, big blocks or small, mixed in one month: the same numbers."""
    whole, blocked = _world(), _world()
    produce.produce_and_employ(whole.world)
    monkeypatch.setattr(produce, "ROWS_PER_BLOCK", rows_per_block)
    monkeypatch.setattr(produce, "VIEW_SHARE", view_share)
    produce.produce_and_employ(blocked.world)
    rows = np.arange(whole.actors.n)
    for name in WRITTEN:
        np.testing.assert_array_equal(
            _cells(blocked, rows)[name], _cells(whole, rows)[name], err_msg=name
        )
