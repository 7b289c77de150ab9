"""Province figures: each province's own BPS row, the rest of the national total shared out."""

import pandas as pd
import pytest

from sim.kabkota.province_shares import (
    SUM_OF_PROVINCES_PDRB,
    ikm_shares,
    pdrb_shares,
    population_by_province,
    unemployment_rates,
)
from sim.kabkota.table import load_table
from sim.scenario.data_rows import bps_figures

NATIONAL_RATE = "indonesia-2023-open-unemployment-rate"


def _rows(*rows: tuple[str, str, int, str, float]) -> pd.DataFrame:
    columns = ["id", "region", "year", "indicator", "value"]
    return pd.DataFrame(rows, columns=columns)


POPULATION = pd.Series({"A": 100.0, "B": 300.0, "C": 600.0})


def test_a_province_with_a_row_gets_its_share_and_the_others_split_the_rest_by_population():
    rows = _rows(
        (SUM_OF_PROVINCES_PDRB, "Indonesia", 2024, "sum_of_provinces_pdrb", 1000.0),
        ("a-2024", "A", 2024, "pdrb_current_prices", 400.0),
    )
    shares = pdrb_shares(rows, POPULATION)
    assert shares["A"].value == pytest.approx(0.4) and shares["A"].row == "a-2024"
    assert shares["B"].value == pytest.approx(0.6 * 300 / 900)
    assert shares["C"].value == pytest.approx(0.6 * 600 / 900)
    assert sum(s.value for s in shares.values()) == pytest.approx(1.0)
    assert "2 provinces without a PDRB row" in shares["C"].note


def test_the_rates_of_provinces_without_a_row_keep_the_national_rate():
    rows = _rows(
        (NATIONAL_RATE, "Indonesia", 2023, "open_unemployment_rate", 5.0),
        ("a-2023", "A", 2023, "open_unemployment_rate", 8.0),
        ("a-2025", "A", 2025, "open_unemployment_rate", 1.0),  # after the year: not used
        ("b-2022", "B", 2022, "open_unemployment_rate", 6.0),
    )
    rates = unemployment_rates(rows, POPULATION, NATIONAL_RATE, year=2023)
    assert rates["A"].value == pytest.approx(0.08) and rates["B"].value == pytest.approx(0.06)
    national = sum(rates[p].value * n for p, n in POPULATION.items()) / POPULATION.sum()
    assert national == pytest.approx(0.05)
    assert rates["C"].value == pytest.approx((0.05 * 1000 - 8 - 18) / 600)


def test_the_shipped_rows_cover_the_38_provinces_and_add_up():
    people = population_by_province(load_table())
    assert len(people) == 38
    shares = pdrb_shares(bps_figures(), people)
    assert set(shares) == set(people.index)
    assert sum(s.value for s in shares.values()) == pytest.approx(1.0)
    with_row = [p for p, s in shares.items() if s.row != SUM_OF_PROVINCES_PDRB]
    assert len(with_row) == 26
    per_person = {p: s.value / people[p] for p, s in shares.items()}
    # Jakarta's PDRB per inhabitant is far above Nusa Tenggara's (BPS 2024: Rp 344 juta
    # against Rp 32 juta in NTB)
    assert per_person["Daerah Khusus Ibukota Jakarta"] > 5 * per_person["Nusa Tenggara Barat"]
    rates = unemployment_rates(bps_figures(), people, NATIONAL_RATE, 2023)
    assert rates["Banten"].value == pytest.approx(0.0752)
    assert all(0.01 < r.value < 0.1 for r in rates.values())


def test_ikm_shares_keep_each_island_s_share_and_the_provinces_own_rows():
    table, rows = load_table(), bps_figures()
    shares = ikm_shares(rows, table)
    assert sum(s.value for s in shares.values()) == pytest.approx(1.0)
    assert shares["Jawa Tengah"].value == pytest.approx(0.206)  # jawa-tengah-2022-ikm-share
    # a count over the nation's count of the same year (BPS 2020: 137,499 of 4,209,817)
    assert shares["Daerah Istimewa Yogyakarta"].value == pytest.approx(137_499 / 4_209_817)
    java = ["Daerah Khusus Ibukota Jakarta", "Jawa Barat", "Jawa Tengah",
            "Daerah Istimewa Yogyakarta", "Jawa Timur", "Banten"]  # fmt: skip
    assert sum(shares[p].value for p in java) == pytest.approx(0.6206)  # jawa-2023-ikm-share
    people = population_by_province(table)
    per_person = {p: s.value / people[p] for p, s in shares.items()}
    rest = [p for p in people.index if "Papua" in p or p.startswith("Maluku")]
    assert len(rest) == 8 and len({round(per_person[p], 12) for p in rest}) == 1
    assert per_person["Jawa Tengah"] > 2 * per_person["Daerah Khusus Ibukota Jakarta"]
