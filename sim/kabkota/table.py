"""Indonesia's 514 kabupaten and kota (data/kabupaten_kota.csv), found by name.

A name matches with or without "Kabupaten", "Kab." or "Kota", in any case; a name two
regions share (Kabupaten Serang and Kota Serang) asks which; an unknown one lists the
closest names.
"""

import difflib
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pandas as pd

TABLE = Path(__file__).resolve().parents[2] / "data" / "kabupaten_kota.csv"
PREFIXES = re.compile(r"^(kabupaten administrasi|kota administrasi|kabupaten|kab\.?|kota)\s+")


class RegionNameError(ValueError):
    """A name that is no kabupaten or kota, or more than one; the message says which."""


@dataclass(frozen=True)
class KabKota:
    """One kabupaten or kota: its codes, name, type, province, population and area."""

    bps_code: str
    name: str  # the full name, e.g. "Kabupaten Lebak"
    type: str  # "kabupaten" or "kota"
    province: str
    population: int  # registered, 2025 (Kepmendagri 300.2.2-2138/2025)
    area_km2: float

    @property
    def short_name(self) -> str:
        """The name without "Kabupaten" or "Kota" (how BPS rows often name it)."""
        return re.sub(r"^(Kabupaten|Kota)\s+", "", self.name)


def bare(name: str) -> str:
    """A name reduced for matching: lower case, no type prefix, single spaces."""
    text = " ".join(name.lower().replace("_", " ").split())
    return PREFIXES.sub("", text)


@cache
def load_table(path: Path = TABLE) -> pd.DataFrame:
    """The table of the 514, read once."""
    if not path.exists():
        raise FileNotFoundError(f"{path}: the table of kabupaten and kota is missing")
    table = pd.read_csv(path, dtype={"bps_code": str, "kemendagri_code": str})
    return table


def _region(row: pd.Series) -> KabKota:
    return KabKota(
        bps_code=str(row["bps_code"]),
        name=str(row["name"]),
        type=str(row["type"]),
        province=str(row["province"]),
        population=int(row["population_2025_registered"]),
        area_km2=float(row["area_km2"]),
    )


def all_regions() -> list[KabKota]:
    """The 514, in the table's order."""
    return [_region(row) for _, row in load_table().iterrows()]


def find(name: str) -> KabKota:
    """The kabupaten or kota a name means (full name, or without its type prefix)."""
    table = load_table()
    wanted = " ".join(name.lower().split())
    exact = table[table["name"].str.lower() == wanted]
    if len(exact) == 1:
        return _region(exact.iloc[0])
    matches = table[table["name"].map(bare) == bare(name)]
    if len(matches) == 1:
        return _region(matches.iloc[0])
    if len(matches) > 1:
        options = " or ".join(f"'{n}'" for n in matches["name"])
        raise RegionNameError(f"{name!r} names more than one region: say {options}")
    close = difflib.get_close_matches(bare(name), list(table["name"].map(bare)), n=5, cutoff=0.6)
    names = [table[table["name"].map(bare) == c]["name"].iloc[0] for c in close]
    hint = f"; closest: {', '.join(names)}" if names else ""
    raise RegionNameError(f"{name!r} is no kabupaten or kota of data/kabupaten_kota.csv{hint}")


def in_province(province: str) -> list[KabKota]:
    """Every kabupaten and kota of a province (its name in any case)."""
    table = load_table()
    provinces = sorted(set(table["province"]))
    chosen = [p for p in provinces if p.lower() == " ".join(province.lower().split())]
    if not chosen:
        close = difflib.get_close_matches(province, provinces, n=5, cutoff=0.5)
        hint = f"; closest: {', '.join(close)}" if close else f"; allowed: {', '.join(provinces)}"
        raise RegionNameError(f"{province!r} is no province of data/kabupaten_kota.csv{hint}")
    return [_region(row) for _, row in table[table["province"] == chosen[0]].iterrows()]
