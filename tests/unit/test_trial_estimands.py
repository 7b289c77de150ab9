"""What a virtual trial estimates: the ITT gain, de Mel et al.'s return to capital, wage jobs."""

import numpy as np
import pytest

from sim.trials.run import itt_gain, wald_return


def _groups(offered, offered_without, control, control_without):
    def as_outcomes(values):
        return {"profit": np.asarray(values, dtype=float)}

    return tuple(as_outcomes(v) for v in (offered, offered_without, control, control_without))


def test_the_itt_gain_takes_out_the_groups_difference_before_the_offer():
    # the offered firms were 10 richer by chance; the offer added 5; the controls lost 1
    groups = _groups([115, 115], [110, 110], [99, 99], [100, 100])
    assert itt_gain(*groups, "profit") == pytest.approx(5.0 - (-1.0))


def test_the_itt_gain_is_zero_when_the_offer_changes_nobody():
    groups = _groups([7, 9], [7, 9], [3, 5], [3, 5])
    assert itt_gain(*groups, "profit") == 0.0


def test_the_return_to_capital_is_the_profit_gain_per_rupiah_of_extra_capital():
    # Rp 3 juta of extra capital that adds Rp 150 ribu of profit a month: 5 % a month
    assert wald_return(150e3, 3e6) == pytest.approx(5.0)
    # the same profit from half the extra capital (controls caught up): twice the return
    assert wald_return(150e3, 1.5e6) == pytest.approx(10.0)


@pytest.mark.parametrize("capital_gain", [0.0, -1e6])
def test_the_return_to_capital_is_undefined_where_the_offer_raised_no_capital(capital_gain):
    assert np.isnan(wald_return(150e3, capital_gain))


def test_a_fit_point_is_inside_only_when_every_target_is_and_scores_its_distance():
    import pandas as pd

    from sim.trials.fit import score

    targets = pd.DataFrame({"id": ["a", "b"], "low": [4.0, -3.2], "high": [5.0, -3.0]})
    distance, inside = score({"a": 4.5, "b": -3.1}, targets)
    assert (distance, inside) == (0.0, True)  # both at their ranges' middles
    distance, inside = score({"a": 5.0, "b": -3.4}, targets)
    assert not inside  # b is outside: 1 and 3 half-ranges away
    assert distance == pytest.approx((1.0**2 + 3.0**2) / 2)
