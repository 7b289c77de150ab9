"""Write the national world: `data/indonesia_regions.csv` and `scenarios/indonesia.yaml`.

Indonesia's 514 kabupaten/kota (416 kabupaten, 98 kota) in 38 provinces, by name.

    .venv/bin/python data/make_indonesia.py

What is data and what is not:

- **Names, types and provinces** are the Ministry of Home Affairs' list of administrative
  areas, as `data/wilayah/` holds it (idn-area-data 4.0.1, ODbL; see its README).
- **Provinces' sizes** are BPS population figures for 2024 (`data/bps_province_population_
  2024.csv`, from BPS's table "Penduduk, Laju Pertumbuhan Penduduk, ... Menurut Provinsi,
  2024", updated 2 May 2025: https://www.bps.go.id/id/statistics-table/3/
  V1ZSbFRUY3lTbFpEYTNsVWNGcDZjek53YkhsNFFUMDkjMw==/). The copy here stops after Papua
  Barat: the national total is the known provinces' population over their share of it,
  and the five other Papua provinces share the rest evenly (estimated).
- **National totals** are BPS figures (rows of `data/bps_figures.csv`): 4.5 million micro
  and small manufacturing firms (2023), a labour force of 147.71 million (August 2023),
  open unemployment 5.32% (August 2023), GDP at current prices Rp 20,892.4 triliun (2023).
- **Each kabupaten/kota's figures are estimated**: this repository has no per-kabupaten
  labour force, PDRB or IKM count, so a province's share of the national firms, labour
  force and economy (its share of the population) is split among its kabupaten and kota
  in proportion to their villages (desa/kelurahan, `data/wilayah/areas_per_regency.csv`):
  Kabupaten Bogor (435 villages) gets far more than Kepulauan Seribu (6). Kota get better
  roads, internet and quicker permits than kabupaten (seed 2023). Put BPS's per-kabupaten
  rows into `data/indonesia_regions.csv` (same columns) and regenerate the scenario from
  the table (`--from-table`).
"""

import argparse
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).parents[1]
FIRMS = 4_500_000  # indonesia-2023-micro-small-manufacturing-units
LABOUR_FORCE = 147_710_000  # indonesia-2023-labour-force
UNEMPLOYMENT = 0.0532  # indonesia-2023-open-unemployment-rate
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


def province_shares(population: pd.DataFrame) -> pd.Series:
    """Each province's share of the population (by code); the missing ones share the rest."""
    known = population.dropna(subset=["population_thousand"])
    total = known["population_thousand"].sum() / (known["share_percent"].sum() / 100.0)
    missing = population["population_thousand"].isna()
    filled = population["population_thousand"].where(
        ~missing, (total - known["population_thousand"].sum()) / missing.sum()
    )
    return pd.Series((filled / filled.sum()).to_numpy(), index=population["code"].to_numpy())


def regions(rng: np.random.Generator) -> pd.DataFrame:
    """The 514 kabupaten/kota, national totals kept exactly (every region's figures estimated)."""
    wilayah = ROOT / "data" / "wilayah"
    regencies = pd.read_csv(wilayah / "regencies.csv", dtype=str)
    provinces = pd.read_csv(wilayah / "provinces.csv", dtype=str).set_index("code")["name"]
    population = pd.read_csv(
        ROOT / "data" / "bps_province_population_2024.csv", dtype={"code": str}
    )
    if set(population["code"]) != set(provinces.index):
        raise SystemExit("bps_province_population_2024.csv and wilayah/provinces.csv differ")
    if regencies["name"].duplicated().any():
        raise SystemExit("two kabupaten/kota share a name: the scenario needs unique names")
    villages = pd.read_csv(wilayah / "areas_per_regency.csv", dtype={"code": str})
    villages = villages.set_index("code")["villages"][regencies["code"]].to_numpy()
    code = regencies["province_code"]
    in_province = pd.Series(villages).groupby(code.to_numpy()).transform("sum").to_numpy()
    share = province_shares(population)[code].to_numpy() * villages / in_province
    city = regencies["name"].str.startswith("Kota ").to_numpy()

    def index(mean_kabupaten: float, mean_kota: float) -> np.ndarray:
        mean = np.where(city, mean_kota, mean_kabupaten)
        return np.clip(mean + 0.1 * rng.standard_normal(len(city)), 0.05, 0.95).round(2)

    return pd.DataFrame(
        {
            "name": regencies["name"],
            "type": np.where(city, "kota", "kabupaten"),
            "province": provinces[code].to_numpy(),
            "firms": (FIRMS * share).round(0),
            "labour_force": (LABOUR_FORCE * share).round(0),
            "initial_unemployment_rate": UNEMPLOYMENT,
            "rest_of_economy_pdrb": (GDP * (1 - IKM_SHARE_OF_GDP) * share).round(-6),
            "infrastructure": index(0.45, 0.7),
            "permit_delay_mean": np.where(city, 3.0, 5.0),
            "digital_adoption": index(0.25, 0.45),
            "agencies": 1,
        }
    )


def scenario_yaml(table: pd.DataFrame) -> str:
    """The scenario: every row of the table as a region, at 1:SCALE."""
    lines = [
        "# yaml-language-server: $schema=schema/scenario.schema.json",
        "# Generated by data/make_indonesia.py from data/indonesia_regions.csv: do not edit by",
        "# hand. Names and provinces: Kemendagri (data/wilayah, ODbL). Each province's share",
        "# of the national BPS totals is its share of the population (BPS 2024), split among",
        "# its kabupaten/kota by their villages: the totals are data, each region's figures",
        "# estimates.",
        "meta:",
        "  name: indonesia",
        "  title:",
        "    en: Indonesia, 514 kabupaten/kota (national totals, provinces by population)",
        "    id: Indonesia, 514 kabupaten/kota (total nasional, provinsi menurut penduduk)",
        "  description:",
        "    en: >-",
        "      A national world: 4.5 million micro and small manufacturing firms and a labour",
        "      force of 147.7 million (BPS 2023) in Indonesia's 514 kabupaten/kota, each",
        "      province sized by its population and split by villages (an estimate), so it",
        "      is for national-scale runs and benchmarks, not for any one kabupaten.",
        "    id: >-",
        "      Dunia nasional: 4,5 juta industri mikro dan kecil dan angkatan kerja 147,7 juta",
        "      (BPS 2023) di 514 kabupaten/kota Indonesia, tiap provinsi menurut jumlah",
        "      penduduknya dan dibagi menurut jumlah desa (perkiraan), jadi untuk simulasi",
        "      skala nasional dan uji kecepatan, bukan untuk satu kabupaten tertentu.",
        "  sources:",
        "    - data/wilayah (Kemendagri's kabupaten/kota via idn-area-data 4.0.1, ODbL)",
        "    - data/bps_province_population_2024.csv (BPS, updated 2 May 2025)",
        "    - data/indonesia_regions.csv (estimated; generated by data/make_indonesia.py)",
        "  data_rows:",
        "    - indonesia-2023-micro-small-manufacturing-units",
        "    - indonesia-2023-labour-force",
        "    - indonesia-2023-open-unemployment-rate",
        "    - indonesia-2023-gdp-current-prices",
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
            "firms, labour force, economy: province share by villages; indices by type",
        )
        table.to_csv(table_file, index=False)
    (ROOT / "scenarios" / "indonesia.yaml").write_text(scenario_yaml(table))
    print(f"wrote {table_file.name} and scenarios/indonesia.yaml ({len(table)} regions)")


if __name__ == "__main__":
    main()
