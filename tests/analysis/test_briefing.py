"""The report's words and numbers: separators, rupiah, dates, the summary's verdicts."""

import numpy as np
import pandas as pd
import pytest

from sim.analysis.briefing import differences_table, headline_table, lever_budget_table, summary
from sim.analysis.compare import compare
from sim.analysis.numbers import interval, number, rupiah, signed, when
from tests.analysis.test_compare import _mixed_world


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (number(7752.5, "id", 1), "7.752,5"),
        (number(7752.5, "en", 1), "7,752.5"),
        (signed(-1234, "id"), "−1.234"),
        (signed(1234, "en"), "+1,234"),
        (rupiah(1.35e11, "id"), "Rp 135 miliar"),
        (rupiah(7.03e10, "id"), "Rp 70,3 miliar"),
        (rupiah(3.5e6, "en"), "Rp 3.5 million"),
        (rupiah(2.1e12, "en"), "Rp 2.1 trillion"),
        (rupiah(float("nan"), "id"), "–"),
        (interval(-12.0, 340.0, "id"), "−12 … +340"),
        (when(120, None, "id"), "tahun ke-10"),
        (when(30, None, "en"), "month 30"),
        (when(120, "2022-08", "id"), "Agustus 2032"),
        (when(13, "2022-08", "en"), "Sep 2023"),
    ],
)
def test_numbers_are_written_as_the_reader_writes_them(text, expected):
    assert text == expected


def _comparison():
    return compare(_mixed_world(), horizons=(1,), draws=500)


_YEARS = ["scenario", "region", "budget_year", "spending_rupiah", "industry_budget_rupiah"]
_YEARS += ["share_of_industry_budget", "exceeds"]


def test_the_summary_recommends_what_creates_jobs_and_calls_the_rest_inconclusive():
    years = pd.DataFrame(
        {
            "scenario": ["grant"],
            "region": ["Lebak"],
            "budget_year": [1],
            "spending_rupiah": [1.35e11],
            "industry_budget_rupiah": [4e9],
            "share_of_industry_budget": [33.75],
            "exceeds": [True],
        }
    )
    lines = summary(_comparison(), years, {"seeds": 4}, "id")
    assert lines[0].startswith("Rekomendasi berdasarkan hasil ini: Hibah.")
    assert "diasumsikan" not in lines[0]  # the grant's cost is the money it transfers
    assert "+10 lapangan kerja hingga bulan ke-1" in lines[0]
    assert any(line.startswith("forum: tidak meyakinkan") for line in lines)
    budget = [line for line in lines if "(APBD) Lebak" in line]
    assert len(budget) == 1 and "Rp 135 miliar setahun di Lebak, 33,8 kali" in budget[0]
    assert "4 seed berpasangan" in lines[-1] and "tanpa plasebo" in lines[-1]


def test_the_headline_table_speaks_the_language_and_blanks_what_is_inconclusive():
    table = headline_table(_comparison(), {}, "id").set_index("Skenario")
    assert list(table.columns)[:2] == ["Peringkat", "Kesimpulan"]
    assert table.loc["Hibah", "Kesimpulan"] == "menambah lapangan kerja"
    assert table.loc["forum", "Kesimpulan"] == "tidak meyakinkan"
    assert table.loc["forum", "Biaya per lapangan kerja"] == "–"
    assert table.loc["forum", "Peringkat"] == ""
    assert table.loc["Hibah", "Seed yang diperlukan"] == ""  # settled: no count shown
    needed = table.loc["forum", "Seed yang diperlukan"]
    assert needed == "–" or needed.replace(".", "").isdigit()  # Indonesian thousands


def test_the_difference_table_leaves_out_zero_rows_and_says_units():
    c = compare(_mixed_world(), horizons=(1,), draws=500)
    zero = c.differences.iloc[[0]].assign(mean=0.0, ci_low=0.0, ci_high=0.0, horizon=0)
    c.differences = pd.concat([zero, c.differences], ignore_index=True)
    table = differences_table(c, {}, "en")
    assert "month 0" not in set(table["When"])
    assert any("(jobs)" in m for m in table["Measure"])
    assert np.all(table["Difference"].str.match(r"^[+−–0-9]"))


def test_the_lever_table_says_what_each_levers_size_and_cost_rest_on():
    levers = pd.DataFrame(
        {
            "scenario": ["a", "b", "c"],
            "lever": ["permit_reform", "business_forum", "grant"],
            "start_month": [13, 13, 13],
            "intensity": [0.8, 0.8, 0.5],
            "cap_rupiah": [np.nan, 5e9, 3e10],
            "spent_rupiah": [3.2e10, 5e9, 3e10],
            "cap_used_up_month": [np.nan, 40.0, 30.0],
        }
    )
    table = lever_budget_table(levers, {}, "id").set_index("Instrumen")
    assert table.loc["Reformasi perizinan", "Besaran efeknya"] == "dari bukti uji acak"
    assert table.loc["Reformasi perizinan", "Biayanya"] == "asumsi"
    assert table.loc["Forum bisnis", "Besaran efeknya"] == "asumsi (tanpa bukti uji acak)"
    assert table.loc["Forum bisnis", "Biayanya"] == "batas bawah bersumber"
    english = lever_budget_table(levers, {}, "en").set_index("Lever")
    assert english["Its cost"].tolist() == [
        "assumed",
        "a sourced lower bound",
        "the money it transfers",
    ]


def test_a_recommendation_resting_on_an_assumed_cost_says_so():
    manifest = {"seeds": 4, "scenarios": {"grant": {"policies": {"training": {}, "grant": {}}}}}
    line = summary(_comparison(), pd.DataFrame(columns=_YEARS), manifest, "en")[0]
    assert line.startswith("Recommended on this evidence: ")
    assert line.endswith(
        "rests on an assumed cost of Training: the lever table says what each cost rests on."
    )
