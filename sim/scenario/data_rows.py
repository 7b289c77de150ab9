"""The calibration data shipped in data/bps_figures.csv, and checks of the rows scenarios name."""

from functools import cache
from pathlib import Path

import pandas as pd

FIGURES = Path(__file__).resolve().parents[2] / "data" / "bps_figures.csv"


@cache
def bps_figures() -> pd.DataFrame:
    """Rows id, region, year, indicator, value, unit, source, reliability (H, M or L)."""
    return pd.read_csv(FIGURES, dtype={"id": str, "region": str, "indicator": str})


def unknown_rows(ids: list[str]) -> list[str]:
    """Ids not in the data table."""
    known = set(bps_figures()["id"])
    return [i for i in ids if i not in known]
