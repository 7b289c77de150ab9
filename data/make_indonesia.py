"""Write the national world: `data/indonesia_regions.csv` and `scenarios/indonesia.yaml`.

Indonesia's 514 kabupaten/kota (416 kabupaten, 98 kota) in 38 provinces, by name.

    .venv/bin/python data/make_indonesia.py

What is data and what is not:

- **Names, types, provinces and sizes** come from `data/kabupaten_kota.csv`: the 514 with
  their registered population 2025 (Kepmendagri 300.2.2-2138/2025) and area (BIG 2024).
- **National totals** are BPS figures (rows of `data/bps_figures.csv`): 4.5 million micro
  and small manufacturing firms (2023), a labour force of 147.71 million (August 2023),
  open unemployment 5.32% (August 2023), GDP at current prices Rp 20,892.4 triliun (2023).
- **Each kabupaten/kota's figures are estimated**: its share of the national labour force
  is its share of the registered population (Kota Surabaya, 3.0 million, gets about three
  times Kabupaten Sampang, 1.0 million). Its IKM are its province's share of the nation's
  (BPS 2022 or 2020 rows for seven provinces, the island groups' 2023 shares for the rest)
  split by population within the province. Its economy is its province's
  share of the 38 provinces' PDRB (BPS 2024; the provinces without a row share what is
  left by population) split by population within the province, and its open unemployment
  its province's (Sakernas August 2023; the provinces without a row get the rate that
  keeps Indonesia's 5.32%): `sim/kabkota/province_shares.py`, the rule `kemitraan new` uses.
  Kota get better roads, internet and quicker permits than kabupaten (seed 2023).
  `kemitraan new NAME` writes one region with its own BPS rows and its province's where
  they exist; put per-kabupaten rows into `data/indonesia_regions.csv` (same columns) and
  regenerate with `--from-table`.
"""

import argparse
from pathlib import Path

import numpy as np
import pandas as pd

from sim.kabkota.province_shares import (
    SUM_OF_PROVINCES_PDRB,
    ProvinceFigure,
    province_figures,
)
from sim.kabkota.table import load_table
from sim.scenario.data_rows import bps_figures

ROOT = Path(__file__).parents[1]
FIRMS = 4_500_000  # indonesia-2023-micro-small-manufacturing-units
LABOUR_FORCE = 147_710_000  # indonesia-2023-labour-force
UNEMPLOYMENT_ROW = "indonesia-2023-open-unemployment-rate"  # 5.32%, kept by the provinces' rates
YEAR = 2023  # the scenario's start year: the rows of this year or before
GDP = 20_892.4e12  # rupiah/year, indonesia-2023-gdp-current-prices
IKM_SHARE_OF_GDP = 0.036  # ../shared/data/README.md: the IKM are about 3.6% of GDP
SCALE = 10  # real firms per firm agent in the scenario: about 450,000 agents
SEED = 2023
# A stranger from another province counts a tenth of one from the searcher's own province
# of equal size (assumption: distance and transport keep most partners within the province;
# seed 001 urges cooperation with other regions without saying how far; size assumed).
OTHER_PROVINCE_WEIGHT = 0.1
COLUMNS = (
    "name", "type", "province", "firms", "labour_force", "initial_unemployment_rate",
    "rest_of_economy_pdrb", "infrastructure", "permit_delay_mean", "digital_adoption",
    "agencies",
)  # fmt: skip


def regions(rng: np.random.Generator) -> pd.DataFrame:
    """The 514 kabupaten/kota, each its province's share by population; totals kept exactly."""
    table = load_table()
    if table["name"].duplicated().any():
        raise SystemExit("two kabupaten/kota share a name: the scenario needs unique names")
    population = table["population_2025_registered"].to_numpy(dtype=float)
    share = population / population.sum()
    city = (table["type"] == "kota").to_numpy()
    provinces = province_figures(bps_figures(), table, UNEMPLOYMENT_ROW, YEAR)
    in_province = population / table["province"].map(provinces.people).to_numpy()

    def share_of(figures: dict[str, ProvinceFigure]) -> np.ndarray:
        return table["province"].map({p: f.value for p, f in figures.items()}).to_numpy()

    economy = share_of(provinces.pdrb) * in_province
    firms = share_of(provinces.ikm) * in_province
    rates = provinces.unemployment

    def index(mean_kabupaten: float, mean_kota: float) -> np.ndarray:
        mean = np.where(city, mean_kota, mean_kabupaten)
        return np.clip(mean + 0.1 * rng.standard_normal(len(city)), 0.05, 0.95).round(2)

    return pd.DataFrame(
        {
            "name": table["name"],
            "type": table["type"],
            "province": table["province"],
            "firms": (FIRMS * firms).round(0),
            "labour_force": (LABOUR_FORCE * share).round(0),
            "initial_unemployment_rate": table["province"].map(lambda p: round(rates[p].value, 4)),
            "rest_of_economy_pdrb": (GDP * (1 - IKM_SHARE_OF_GDP) * economy).round(-6),
            "infrastructure": index(0.45, 0.7),
            "permit_delay_mean": np.where(city, 3.0, 5.0),
            "digital_adoption": index(0.25, 0.45),
            "agencies": 1,
        }
    )


def scenario_yaml(table: pd.DataFrame) -> str:
    """The scenario: every row of the table as a region, at 1:SCALE."""
    provinces = province_figures(bps_figures(), load_table(), UNEMPLOYMENT_ROW, YEAR)
    used = [
        *provinces.ikm.values(),
        *provinces.pdrb.values(),
        *provinces.unemployment.values(),
    ]
    province_rows = sorted(
        {f.row for f in used if f.row} - {SUM_OF_PROVINCES_PDRB, UNEMPLOYMENT_ROW}
    )
    lines = [
        "# yaml-language-server: $schema=schema/scenario.schema.json",
        "# Generated by data/make_indonesia.py from data/indonesia_regions.csv: do not edit by",
        "# hand. Names, provinces and registered population 2025: data/kabupaten_kota.csv",
        "# (Kepmendagri 300.2.2-2138/2025). Each kabupaten/kota's share of the national firms",
        "# and labour force is its share of the registered population; its economy its",
        "# province's share of the provinces' PDRB (2024) split by population; its open",
        "# unemployment its province's (August 2023). The totals are data, each region's",
        "# figures estimates (`kemitraan new NAME` uses the region's own rows).",
        "meta:",
        "  name: indonesia",
        "  title:",
        "    en: Indonesia, 514 kabupaten/kota (national totals, regions by population)",
        "    id: Indonesia, 514 kabupaten/kota (total nasional, daerah menurut penduduk)",
        "  description:",
        "    en: >-",
        "      A national world: 4.5 million micro and small manufacturing firms and a labour",
        "      force of 147.7 million (BPS 2023) in Indonesia's 514 kabupaten/kota: each has",
        "      its province's share of the IKM, PDRB and unemployment (BPS rows, the rest",
        "      estimated) split by registered population, so it is for national-scale runs",
        "      and benchmarks; for one kabupaten use `kemitraan new`.",
        "    id: >-",
        "      Dunia nasional: 4,5 juta industri mikro dan kecil dan angkatan kerja 147,7 juta",
        "      (BPS 2023) di 514 kabupaten/kota Indonesia: masing-masing mendapat bagian IKM,",
        "      PDRB dan pengangguran provinsinya (baris BPS, sisanya perkiraan) menurut jumlah",
        "      penduduk terdaftar, jadi untuk simulasi skala nasional dan uji kecepatan;",
        "      untuk satu kabupaten gunakan `kemitraan new`.",
        "  sources:",
        "    - data/kabupaten_kota.csv (Kepmendagri 300.2.2-2138/2025; BIG 2024)",
        "    - data/indonesia_regions.csv (estimated; generated by data/make_indonesia.py)",
        "  data_rows:",
        "    - indonesia-2023-micro-small-manufacturing-units",
        "    - indonesia-2023-labour-force",
        "    - indonesia-2023-open-unemployment-rate",
        "    - indonesia-2023-gdp-current-prices",
        f"    - {SUM_OF_PROVINCES_PDRB}",
        *[f"    - {row}" for row in province_rows],
        "horizon:",
        "  months: 120",
        "  start: 2023-08",
        "firms:",
        f"  scale: {SCALE}",
        "search:",
        "  # assumption: partners are found mostly within the province (see the script)",
        f"  other_province_weight: {OTHER_PROVINCE_WEIGHT}",
        "regions:",
    ]
    for row in table.itertuples(index=False):
        lines += [
            f"  - name: {row.name}",
            f"    province: {row.province}",
            f"    firms: {row.firms:.0f}",
            f"    labour_force: {row.labour_force:.0f}",
            f"    initial_unemployment_rate: {row.initial_unemployment_rate}",
            f"    rest_of_economy_pdrb: {row.rest_of_economy_pdrb:.6e}",
            f"    infrastructure: {row.infrastructure}",
            f"    permit_delay_mean: {row.permit_delay_mean}",
            f"    digital_adoption: {row.digital_adoption}",
            f"    agencies: {row.agencies}",
        ]
    return "\n".join(lines) + "\n"


def main() -> None:
    """Build the table (or read it back with --from-table) and write the scenario."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--from-table",
        action="store_true",
        help="keep data/indonesia_regions.csv as it is (e.g. with real BPS rows put in)",
    )
    table_file = ROOT / "data" / "indonesia_regions.csv"
    if parser.parse_args().from_table:
        table = pd.read_csv(table_file)
    else:
        table = regions(np.random.default_rng(SEED))
        table.insert(
            len(table.columns),
            "estimated",
            "labour force: national total x share of registered population; firms, economy: "
            "province's share of IKM, PDRB x share of its population; unemployment: province's "
            "rate; indices by type",
        )
        table.to_csv(table_file, index=False)
    (ROOT / "scenarios" / "indonesia.yaml").write_text(scenario_yaml(table))
    print(f"wrote {table_file.name} and scenarios/indonesia.yaml ({len(table)} regions)")


if __name__ == "__main__":
    main()
