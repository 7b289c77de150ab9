"""Each province's share of a national figure, from its own BPS row or the remainder rule.

A national total is data, and so are the rows of the provinces BPS figures were found for;
the provinces without a row share what is left of the total by their registered population
(2025). The shares add up to the national total exactly, so a world of all 514 kabupaten and
kota keeps the BPS totals it cites while its provinces differ as the data say.

- PDRB: a province's share of the 38 provinces' PDRB (2024, current prices).
- Open unemployment: a province's rate (Sakernas August); the provinces without one get the
  rate that leaves Indonesia's unemployed as BPS counts them, with every province's labour
  force its population share of the national one.
- IKM: a province's share of the nation's micro and small manufacturing firms (its share row,
  else its count over the nation's of the same year); the other provinces of its island group
  share what is left of the island's share (BPS 2023) by population.
"""

from dataclasses import dataclass

import pandas as pd

SUM_OF_PROVINCES_PDRB = "indonesia-2024-sum-of-provinces-pdrb"
IKM_SHARE = "ikm_share_of_national"  # percent of the nation's micro and small manufacturing firms
IKM_COUNT = "micro_small_manufacturing_units"
# BPS's island groups by the first digit of a province's code (11-21 Sumatera, 31-36 Jawa, ...)
ISLAND_OF_CODE = {
    "1": "Sumatera",
    "2": "Sumatera",  # 21 Kepulauan Riau
    "3": "Jawa",
    "5": "Bali-Nusa Tenggara",
    "6": "Kalimantan",
    "7": "Sulawesi",
    "8": "Maluku-Papua",
    "9": "Maluku-Papua",
}
PDRB_YEAR = 2024  # the year of the provinces' PDRB list: their shares, not their levels, are used


@dataclass(frozen=True)
class ProvinceFigure:
    """A province's value (a share or a rate) and where it comes from."""

    value: float
    note: str
    row: str | None = None


@dataclass(frozen=True)
class ProvinceFigures:
    """Every province's shares and rates as of a year: computed once, used for each region."""

    people: pd.Series  # registered population 2025 by province
    ikm: dict[str, ProvinceFigure]
    pdrb: dict[str, ProvinceFigure]
    unemployment: dict[str, ProvinceFigure]


def province_figures(
    rows: pd.DataFrame, table: pd.DataFrame, unemployment_row: str, year: int
) -> ProvinceFigures:
    """The provinces' IKM and PDRB shares and open unemployment rates."""
    people = population_by_province(table)
    return ProvinceFigures(
        people,
        ikm_shares(rows, table),
        pdrb_shares(rows, people),
        unemployment_rates(rows, people, unemployment_row, year),
    )


def population_by_province(table: pd.DataFrame) -> pd.Series:
    """Registered population 2025 of each province (the sum of its kabupaten and kota)."""
    return table.groupby("province")["population_2025_registered"].sum().astype(float)


def pdrb_shares(rows: pd.DataFrame, population: pd.Series) -> dict[str, ProvinceFigure]:
    """Each province's share of the 38 provinces' PDRB."""
    total = float(rows.set_index("id").loc[SUM_OF_PROVINCES_PDRB, "value"])
    own = _latest(rows, "pdrb_current_prices", population.index, PDRB_YEAR)
    shares = {
        province: ProvinceFigure(
            float(row["value"]) / total,
            f"{row['id']} / {SUM_OF_PROVINCES_PDRB}",
            str(row["id"]),
        )
        for province, row in own.iterrows()
    }
    left = 1.0 - sum(f.value for f in shares.values())
    rest = population[[p for p in population.index if p not in shares]]
    note = f"the {len(rest)} provinces without a PDRB row share the {left:.1%} left"
    return shares | _share_out(left, rest, note, SUM_OF_PROVINCES_PDRB)


def unemployment_rates(
    rows: pd.DataFrame, population: pd.Series, national_row: str, year: int
) -> dict[str, ProvinceFigure]:
    """Each province's open unemployment rate (a fraction) as of `year`."""
    national = float(rows.set_index("id").loc[national_row, "value"]) / 100.0
    weight = population / population.sum()  # the province's share of the labour force
    own = _latest(rows, "open_unemployment_rate", population.index, year)
    rates = {
        province: ProvinceFigure(
            float(row["value"]) / 100.0,
            f"{province}'s open unemployment ({row['id']})",
            str(row["id"]),
        )
        for province, row in own.iterrows()
    }
    rest = [p for p in population.index if p not in rates]
    if not rest:
        return rates
    counted = sum(f.value * float(weight[p]) for p, f in rates.items())
    rate = float((national - counted) / weight[rest].sum())
    note = (
        f"the rate of the {len(rest)} provinces without a row that leaves Indonesia's unemployed "
        f"as {national_row} counts them ({rate:.2%}), estimated"
    )
    return rates | {p: ProvinceFigure(rate, note, national_row) for p in rest}


def ikm_shares(rows: pd.DataFrame, table: pd.DataFrame) -> dict[str, ProvinceFigure]:
    """Each province's share of the nation's IKM: its own row, or its island's remainder."""
    population = population_by_province(table)
    island = table.groupby("province")["bps_code"].first().astype(str).str[0].map(ISLAND_OF_CODE)
    national_count = rows[(rows["indicator"] == IKM_COUNT) & (rows["region"] == "Indonesia")]
    count_in = dict(zip(national_count["year"], national_count["value"], strict=True))
    shares: dict[str, ProvinceFigure] = {}
    for province, row in _latest(rows, IKM_SHARE, population.index).iterrows():
        shares[str(province)] = ProvinceFigure(
            float(row["value"]) / 100.0, str(row["id"]), str(row["id"])
        )
    counts = _latest(rows, IKM_COUNT, population.index)
    for province, row in counts.iterrows():
        if province not in shares and row["year"] in count_in:
            share = float(row["value"]) / float(count_in[row["year"]])
            shares[str(province)] = ProvinceFigure(
                share, f"{row['id']} over Indonesia's IKM of {row['year']}", str(row["id"])
            )
    by_island = rows[rows["indicator"] == IKM_SHARE].set_index("region")
    for name in sorted(set(island)):
        row = by_island.loc[name]
        mine = population[island == name]
        left = float(row["value"]) / 100.0 - sum(shares[p].value for p in mine.index if p in shares)
        rest = mine[[p for p in mine.index if p not in shares]]
        note = (
            f"{name}'s share ({row['id']}) less its provinces' own rows: its {len(rest)} "
            f"provinces without one share the {left:.1%} left"
        )
        shares |= _share_out(left, rest, note, str(row["id"]))
    return shares


def _latest(
    rows: pd.DataFrame, indicator: str, provinces: pd.Index, year: int | None = None
) -> pd.DataFrame:
    """Each province's latest row of the indicator (dated `year` or before), by province."""
    mine = rows[(rows["indicator"] == indicator) & rows["region"].isin(provinces)]
    if year is not None:
        mine = mine[mine["year"] <= year]
    return mine.sort_values("year", ascending=False).drop_duplicates("region").set_index("region")


def _share_out(left: float, rest: pd.Series, note: str, row: str) -> dict[str, ProvinceFigure]:
    """A share `left` split among the provinces `rest` (their populations) by population."""
    note = f"{note} by registered population"
    return {
        str(p): ProvinceFigure(left * n / float(rest.sum()), note, row) for p, n in rest.items()
    }
