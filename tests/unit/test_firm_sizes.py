import numpy as np
import pytest

from sim import PartnershipModel
from sim.mechanisms.firm_sizes import (
    class_means,
    class_probabilities,
    ikm_workers,
    viable_productivity,
)
from sim.params import ParameterError


def test_class_means_reproduce_the_overall_mean_and_the_job_shares():
    micro, small = class_means(2.2, 0.8834, 0.7223)
    assert 0.8834 * micro + 0.1166 * small == pytest.approx(2.2)
    assert 0.8834 * micro / 2.2 == pytest.approx(0.7223)
    assert 1 <= micro <= 4 and 5 <= small <= 19


@pytest.mark.parametrize(("low", "high", "mean"), [(1, 4, 1.8), (5, 19, 5.24), (5, 19, 12.0)])
def test_a_class_has_the_mean_asked_and_falls_with_size(low, high, mean):
    p = class_probabilities(low, high, mean)
    k = np.arange(low, high + 1)
    assert p.sum() == pytest.approx(1.0) and (p > 0).all()
    assert float(np.sum(k * p)) == pytest.approx(mean, rel=1e-6)
    if mean < (low + high) / 2:
        assert np.all(np.diff(p) < 0)


def test_ikm_workers_fall_in_their_class_with_the_class_shares():
    u = np.linspace(0.0005, 0.9995, 4000)
    rng = np.random.default_rng(1)
    workers = ikm_workers(u, rng.random(4000), 0.8834, 1.8, 5.24)
    micro = u < 0.8834
    assert set(np.unique(workers[micro])) <= {1, 2, 3, 4}
    assert workers[~micro].min() >= 5 and workers[~micro].max() <= 19
    assert workers[micro].mean() == pytest.approx(1.8, abs=0.05)


def test_firms_that_start_cover_their_costs_and_keep_the_mean():
    u = np.random.default_rng(2).random(200_000)
    cut = np.full(len(u), 0.64)  # wage / (1 - fixed share) / mean, the default IKM
    value = viable_productivity(u, cut, 0.4)
    assert value.min() >= 0.64 - 1e-9
    assert value.mean() == pytest.approx(1.0, abs=0.005)
    assert (viable_productivity(u, np.zeros(len(u)), 0.4) > 0).all()  # no cut: all start


def test_a_world_whose_mean_firm_cannot_pay_its_wage_is_refused_by_name():
    with pytest.raises(ParameterError, match="large_productivity_premium"):
        PartnershipModel(rng=1, large_productivity_premium=0.2, spin_up_months=0)
    with pytest.raises(ParameterError, match="value_added_per_worker"):
        PartnershipModel(rng=1, wage=9e6, spin_up_months=0, large_firm_share=0.0)
