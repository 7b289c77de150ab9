import numpy as np
import pytest

from sim.core.columns import ACTOR_COLUMNS
from sim.world.tables import ActorTable


def _columns(n):
    cols = {name: np.zeros(n, dtype=c.dtype) for name, c in ACTOR_COLUMNS.items()}
    cols.pop("alive")
    cols["culture"] = np.full((n, 2), 0.5)
    return cols


def test_rows_never_move_when_the_table_grows():
    t = ActorTable(culture_dimensions=2, capacity=2)
    first = t.add(2, **{**_columns(2), "cash": np.array([1.0, 2.0])})
    second = t.add(5, **{**_columns(5), "cash": np.arange(5.0) + 10})
    assert first.tolist() == [0, 1] and second.tolist() == [2, 3, 4, 5, 6]
    assert t.view("cash").tolist() == [1.0, 2.0, 10.0, 11.0, 12.0, 13.0, 14.0]
    assert t.view("alive").all()
    assert t.culture.shape[1] == 2


def test_every_column_is_required():
    t = ActorTable(culture_dimensions=2)
    cols = _columns(1)
    cols.pop("cash")
    with pytest.raises(ValueError, match="cash"):
        t.add(1, **cols)
