import numpy as np
import pytest

from sim.mechanisms.production import (
    capacity_output,
    capital_term,
    demand_shock,
    hire,
    investment,
    labour_needed,
    market_multiplier,
    profit,
)


def test_labour_needed_inverts_capacity_output():
    a, k, w = np.array([2.0, 5.0]), np.array([100.0, 30.0]), np.array([3.0, 7.0])
    q = capacity_output(a, capital_term(k, 0.3), w, 0.3)
    assert labour_needed(q, a, capital_term(k, 0.3), 0.3) == pytest.approx(w)


def test_cobb_douglas_by_hand():
    assert capital_term(np.array([8.0]), 1 / 3) == pytest.approx([2.0])
    assert capacity_output(
        np.array([2.0]), capital_term(np.array([8.0]), 1 / 3), np.array([1.0]), 1 / 3
    ) == pytest.approx([4.0])


def test_hiring_never_exceeds_what_the_labour_market_matches():
    workers = np.array([1.0, 1.0, 1.0])
    needed = np.array([11.0, 21.0, 0.0])
    region = np.array([0, 0, 1])

    def free(vacancies):
        return np.minimum(vacancies, [15.0, 100.0])

    new = hire(workers, needed, 1.0, region, free, weight=1.0)
    hired = new - workers
    assert hired[:2].sum() == pytest.approx(15.0)
    assert hired[0] / hired[1] == pytest.approx(10 / 20)  # rationed in proportion
    assert new[2] == pytest.approx(0.0)  # firing is never limited


def test_hiring_counts_real_firms_behind_each_row():
    new = hire(
        np.array([0.0]), np.array([10.0]), 1.0, np.array([0]), lambda v: np.minimum(v, 50.0), 10.0
    )
    assert new[0] == pytest.approx(5.0)  # 10 real firms x 5 workers = 50 persons


def test_demand_shock_has_unit_mean_and_smaller_spread_for_bigger_firms():
    normal = np.random.default_rng(0).standard_normal(200_000)
    small = demand_shock(np.ones(len(normal)), np.ones(len(normal)), normal, 0.1, 0.2)
    big = demand_shock(np.ones(len(normal)), np.full(len(normal), 1000.0), normal, 0.1, 0.2)
    assert small.mean() == pytest.approx(1.0, abs=2e-3)
    assert np.log(big).std() == pytest.approx(np.log(small).std() * 1000**-0.2, rel=1e-6)


def test_market_multiplier_grows_with_reach_quality_and_roads():
    m = market_multiplier(
        np.array([0.0, 1.0, 1.0, 1.0]),
        np.array([0.0, 0.0, 0.0, 1.0]),
        np.array([1.0, 0.0, 1.0, 1.0]),
        1.5,
        0.5,
    )
    assert m == pytest.approx([1.0, 1.75, 2.5, 3.75])


def test_profit_and_investment_by_hand():
    assert profit(np.array([10.0]), np.array([2.0]), np.array([3.0]), np.array([1.0]))[0] == 3.0
    inv = investment(
        profit=np.array([10.0, 10.0, 10.0, -5.0]),
        cash=np.array([1.0, 1.0, -1.0, 1.0]),
        capital=np.array([0.0, 99.0, 0, 0]),
        workers_needed=np.array([10.0, 1.0, 10.0, 10.0]),
        capital_per_worker=10.0,
        share=0.3,
        depreciation=0.0,
    )
    assert inv == pytest.approx([3.0, 0.0, 0.0, 0.0])


def test_prices_of_firms_whose_productivity_has_not_moved_are_exactly_one():
    from sim.mechanisms.production import price_effect, relative_price

    productivity = np.array([1.0, 1.25, 2.0, 0.8])
    entry = np.array([1.0, 1.0, 2.0, 1.0])
    pass_through = np.array([1.0, 0.5, 1.0, 1.0])
    price = relative_price(productivity, entry, pass_through)
    assert price.tolist() == [1.0, 0.8**0.5, 1.0, 1.25]
    assert price_effect(price, 3.0).tolist() == np.power(price, -3.0).tolist()


def test_the_capital_gap_is_what_equipping_the_workers_needs_beyond_the_capital_held():
    from sim.mechanisms.production import capital_gap

    gap = capital_gap(np.array([10.0, 40.0, 0.0]), np.array([2.0, 2.0, 0.0]), 15.0)
    assert gap.tolist() == [20.0, 0.0, 0.0]  # enough capital, or no workers: no gap
