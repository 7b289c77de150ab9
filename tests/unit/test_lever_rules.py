"""The levers' pure rules: the final turnover tax, displacement, the trained practice's lapse."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sim.levers.tax_incentive import final_tax
from sim.mechanisms import displacement, production
from sim.mechanisms.cooperation import forgotten

RATE, FREE, CEILING = 0.005, 500e6, 4.8e9


def test_the_final_tax_is_half_a_percent_of_turnover_above_the_tax_free_part():
    turnover = np.array([100e6, 500e6, 1e9, 4.8e9, 5e9])
    assert final_tax(turnover, RATE, FREE, CEILING).tolist() == pytest.approx(
        [0.0, 0.0, 2.5e6, 21.5e6, 0.0]
    )


@given(st.floats(0, 4.8e9), st.floats(0, 4.8e9))
def test_more_turnover_never_means_less_final_tax_inside_the_regime(a, b):
    low, high = sorted((a, b))
    taxes = final_tax(np.array([low, high]), RATE, FREE, CEILING)
    assert taxes[0] <= taxes[1]


def test_no_displacement_leaves_sales_alone_and_full_displacement_keeps_the_total():
    index = np.array([1.0, 1.2, 0.9])
    reference = np.ones(3)
    assert displacement.crowding(index, reference, 0.0).tolist() == [1.0, 1.0, 1.0]
    full = displacement.crowding(index, reference, 1.0)
    assert (index * full).tolist() == pytest.approx(reference.tolist())  # total unchanged
    half = displacement.crowding(index, reference, 0.5)
    assert 1.0 < (index * half)[1] < index[1]  # part of the gain stays


def test_entrants_beyond_the_trend_crowd_the_market_as_a_gain_per_firm_does():
    index, reference = np.ones(3), np.ones(3)
    on_trend = np.array([100.0, 100.0, 0.0])
    base = np.array([100.0, 110.0, 0.0])  # 10% more base demand than the trend in market 1
    factor = displacement.crowding(index, reference, 1.0, base, on_trend)
    assert factor.tolist() == pytest.approx([1.0, 100.0 / 110.0, 1.0])  # an empty market: 1
    assert (base * factor)[1] == pytest.approx(on_trend[1])  # d = 1: its total stays put
    same = displacement.crowding(index * np.array([1.0, 1.1, 1.0]), reference, 1.0)
    assert same[1] == pytest.approx(factor[1])  # entry and a per-firm gain count alike


def test_a_market_on_its_trend_grows_by_the_annual_rate_in_twelve_months():
    growth = np.array([0.0, 0.02])
    assert displacement.trend_factor(growth, 12).tolist() == pytest.approx([1.0, 1.02])
    assert displacement.trend_factor(growth, 6)[1] == pytest.approx(1.02**0.5)


def test_the_market_index_is_sales_per_rupiah_of_base_demand():
    sold, base = np.array([2.0, 1.0, 3.0]), np.array([1.0, 1.0, 3.0])
    index = displacement.market_index(sold, base, np.array([0, 0, 1]), 3)
    assert index.tolist() == pytest.approx([1.5, 1.0, 1.0])  # an empty market is 1


@given(
    st.floats(0.5, 1.0),  # a crowded market's factor
    st.floats(0.0, 1.0),  # the share of it on the price
)
def test_a_crowded_market_loses_the_same_income_however_it_splits_price_and_sales(factor, share):
    price, quantity = displacement.incidence(np.array([factor]), share)
    assert (price * quantity)[0] == pytest.approx(factor)
    assert factor <= price[0] <= 1.0 and factor <= quantity[0] <= 1.0


def test_all_on_sales_keeps_the_price_and_all_on_the_price_keeps_the_sales():
    factor = np.array([0.9, 1.0])
    price, quantity = displacement.incidence(factor, 0.0)
    assert price.tolist() == [1.0, 1.0] and quantity.tolist() == pytest.approx([0.9, 1.0])
    price, quantity = displacement.incidence(factor, 1.0)
    assert price.tolist() == pytest.approx([0.9, 1.0]) and quantity.tolist() == [1.0, 1.0]


def test_partners_orders_keep_their_price_while_market_sales_take_the_market_s():
    price = np.array([2.0, 2.0, 2.0, 2.0])
    market_factor = np.full(4, 0.9)
    market_sold = np.array([10.0, 0.0, 5.0, 0.0])
    orders = np.array([0.0, 10.0, 5.0, 0.0])
    paid = production.blended_price(price, market_factor, market_sold, orders)
    assert paid.tolist() == pytest.approx([1.8, 2.0, 1.9, 2.0])  # nothing sold: its own price


def test_a_trained_practice_lapses_geometrically_toward_none():
    practices = np.array([1.1])
    for _ in range(12):
        practices = practices * forgotten(practices, 0.1)
    assert practices[0] - 1.0 == pytest.approx(0.1 * 0.9**12)
