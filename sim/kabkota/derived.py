"""A kabupaten's or kota's starting figures, each with the row or rule it comes from.

The region's own rows of data/bps_figures.csv win. Otherwise: its IKM and its PDRB are the
national total x its province's share (sim/kabkota/province_shares.py) x the region's share of
the province's registered population (2025, Kepmendagri); its open unemployment its
province's; its labour force its province's row shared by population, else a national figure
per registered inhabitant. Every figure carries a note saying which.
"""

from dataclasses import dataclass
from functools import cache

import pandas as pd

from sim.kabkota.province_shares import ProvinceFigure, ProvinceFigures, province_figures
from sim.kabkota.table import KabKota, bare, load_table
from sim.scenario.data_rows import bps_figures

# national rows the per-inhabitant rules divide by the registered population of the 514
NATIONAL = {
    "labour_force": "indonesia-2023-labour-force",
    "open_unemployment_rate": "indonesia-2023-open-unemployment-rate",
    "micro_small_manufacturing_units": "indonesia-2023-micro-small-manufacturing-units",
    "gdp_current_prices": "indonesia-2023-gdp-current-prices",
    "pdrb_growth": "indonesia-2023-gdp-growth",
}
# assumptions by type: kota have better roads and internet and quicker permits (seed 2023,
# as data/make_indonesia.py)
BY_TYPE = {
    "kabupaten": {"infrastructure": 0.45, "digital_adoption": 0.25, "permit_delay_mean": 5.0},
    "kota": {"infrastructure": 0.7, "digital_adoption": 0.45, "permit_delay_mean": 3.0},
}
LEBAK_BUDGET_PER_PERSON = 4.0e9 / 1_386_793  # rupiah a year: lebak.yaml's budget, census 2020
AGENCIES_PER_PERSON = 10 / 1_386_793  # lebak.yaml's ten agencies


@dataclass(frozen=True)
class Figure:
    """A starting figure and where it comes from."""

    value: float
    note: str
    row: str | None = None  # the data row it is (or is derived from), if any


def provinces_as_of(rows: pd.DataFrame, year: int) -> ProvinceFigures:
    """The provinces' figures `figures_of` shares out (compute once for many regions).

    For the shipped table (`bps_figures()`, read once) they are computed once per year.
    """
    if rows is bps_figures():
        return _shipped_provinces(year)
    return province_figures(rows, load_table(), NATIONAL["open_unemployment_rate"], year)


@cache
def _shipped_provinces(year: int) -> ProvinceFigures:
    return province_figures(bps_figures(), load_table(), NATIONAL["open_unemployment_rate"], year)


def figures_of(
    region: KabKota, rows: pd.DataFrame, year: int, provinces: ProvinceFigures | None = None
) -> dict[str, Figure]:
    """The figures a region's scenario needs, as of `year` (rows of that year or before)."""
    population = region.population
    own = _rows_for(rows, {bare(region.name), bare(region.short_name)}, year)
    province = _rows_for(rows, {bare(region.province)}, year)
    national = rows.set_index("id")
    p = provinces or provinces_as_of(rows, year)
    total = float(p.people.sum())

    def per_person(indicator: str, what: str) -> Figure:
        row = NATIONAL[indicator]
        value = float(national.loc[row, "value"]) * _unit(national.loc[row, "unit"])
        return Figure(
            population * value / total,
            f"{what} = registered population x Indonesia's per inhabitant ({row}), estimated",
            row,
        )

    labour = _own_or(own, "labour_force", "labour force")
    if labour is None:
        labour = _province_share(province, "labour_force", region, "labour force", p.people)
    figures = {
        "population": Figure(
            population, "registered population 2025 (Kepmendagri 300.2.2-2138/2025)"
        ),
        "labour_force": labour or per_person("labour_force", "labour force"),
        "unemployment": _own_or(own, "open_unemployment_rate", "open unemployment", 0.01)
        or _from_province(p.unemployment, region),
        "firms": _own_or(own, "ikm_units", "IKM")
        or _province_part(national, "micro_small_manufacturing_units", p.ikm, region, p.people),
        "pdrb": _own_or(own, "pdrb_current_prices", "PDRB", 1e12)
        or _province_part(national, "gdp_current_prices", p.pdrb, region, p.people),
        "growth": _own_or(own, "pdrb_growth", "growth of the economy", 0.01)
        or _own_or(province, "pdrb_growth", f"{region.province}'s growth", 0.01)
        or _national_rate(national, "pdrb_growth", "growth of the economy"),
    }
    for name, value in BY_TYPE[region.type].items():
        figures[name] = Figure(value, f"assumption: a {region.type}'s default (seed 2023)")
    figures["industry_budget"] = Figure(
        round(population * LEBAK_BUDGET_PER_PERSON, -7),
        "assumption: Lebak's Rp 4 miliar a year per its population (lebak.yaml)",
    )
    figures["agencies"] = Figure(
        max(3, round(population * AGENCIES_PER_PERSON)),
        "assumption: Lebak's ten agencies per its population (dinas, associations, banks)",
    )
    return figures


def _unit(unit: str) -> float:
    return 1e12 if unit == "trillion rupiah" else 1.0


def _rows_for(rows: pd.DataFrame, names: set[str], year: int) -> pd.DataFrame:
    """Rows of the named region dated `year` or before, the latest of each indicator first."""
    mine = rows[rows["region"].map(lambda r: bare(str(r)) in names) & (rows["year"] <= year)]
    return mine.sort_values("year", ascending=False).drop_duplicates("indicator")


def _own_or(rows: pd.DataFrame, indicator: str, what: str, factor: float = 1.0) -> Figure | None:
    found = rows[rows["indicator"] == indicator]
    if found.empty:
        return None
    row = found.iloc[0]
    factor = 1e12 if row["unit"] == "trillion rupiah" else factor
    return Figure(
        float(row["value"]) * factor,
        f"{what}: {row['id']} ({row['reliability']}: {row['source']})",
        str(row["id"]),
    )


def _province_share(
    rows: pd.DataFrame, indicator: str, region: KabKota, what: str, people: pd.Series
) -> Figure | None:
    """The province's figure, split by the region's share of its registered population."""
    found = rows[rows["indicator"] == indicator]
    if found.empty:
        return None
    row = found.iloc[0]
    share = region.population / float(people[region.province])
    return Figure(
        float(row["value"]) * share,
        f"{what} = {region.province}'s ({row['id']}) x the region's share of its registered "
        f"population ({share:.1%}), estimated",
        str(row["id"]),
    )


def _national_rate(national: pd.DataFrame, indicator: str, what: str) -> Figure:
    row = NATIONAL[indicator]
    return Figure(
        float(national.loc[row, "value"]) / 100.0,
        f"{what}: Indonesia's ({row}), for want of a regional row",
        row,
    )


def _from_province(rates: dict[str, ProvinceFigure], region: KabKota) -> Figure:
    rate = rates[region.province]
    return Figure(rate.value, f"open unemployment: {rate.note}", rate.row)


# what a national row counts, and whose share of it a province's share is
PARTS = {
    "micro_small_manufacturing_units": ("IKM", "Indonesia's IKM", "the nation's IKM"),
    "gdp_current_prices": ("PDRB", "Indonesia's GDP", "the provinces' PDRB"),
}


def _province_part(
    national: pd.DataFrame,
    indicator: str,
    shares: dict[str, ProvinceFigure],
    region: KabKota,
    people: pd.Series,
) -> Figure:
    """A national total x the province's share of it x the region's share of the province."""
    row = NATIONAL[indicator]
    total = float(national.loc[row, "value"]) * _unit(str(national.loc[row, "unit"]))
    share = shares[region.province]
    of_province = region.population / float(people[region.province])
    what, whole, of_what = PARTS[indicator]
    return Figure(
        total * share.value * of_province,
        f"{what} = {whole} ({row}) x {region.province}'s share of {of_what} "
        f"({share.value:.2%}: {share.note}) x the region's share of the province's registered "
        f"population ({of_province:.1%}), estimated",
        share.row,
    )
