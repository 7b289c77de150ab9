"""The province table: a many-region experiment's differences summed by province."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from sim.analysis.provinces import (
    PROVINCE_TABLE,
    province_trajectories,
    region_provinces,
)
from sim.cli.main import app
from tests.analysis.sweeps import small_sweep

ROOT = Path(__file__).parents[2]


def test_additive_metrics_are_summed_over_each_province_and_rates_left_out():
    rows = [
        ("s", 0, 0, 1, region, metric, value)
        for region, value in (("A", 10.0), ("B", 5.0), ("C", 2.0), ("ALL", 17.0))
        for metric in ("employment", "unemployment_rate")
    ]
    traj = pd.DataFrame(
        rows, columns=["scenario", "point", "run", "month", "region", "metric", "value"]
    )
    summed = province_trajectories(traj, {"A": "Banten", "B": "Banten", "C": "Jambi"})
    assert set(summed["metric"]) == {"employment"}  # a rate does not add up
    assert summed.set_index("region")["value"].to_dict() == {"Banten": 15.0, "Jambi": 2.0}


def test_a_region_named_in_two_provinces_is_left_out():
    manifest = {
        "scenarios": {
            "a": {"provinces": {"X": "Banten", "Y": "Jambi", "Z": None}},
            "b": {"provinces": {"X": "Riau", "Y": "Jambi"}},
        }
    }
    assert region_provinces(manifest) == {"Y": "Jambi"}


@pytest.fixture(scope="module")
def two_provinces(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("prov")
    provinces = ["Banten", "Banten", "Jambi"]
    return small_sweep(
        tmp,
        "prov",
        ["baseline.yaml", "grant.yaml"],
        seeds=3,
        months=12,
        overrides=[
            "firms.scale=40",
            "policies.grant.start=1",
            *(f"regions.{k}.province={p}" for k, p in enumerate(provinces)),
        ],
    )


def test_compare_writes_the_province_table_beside_the_regions(two_provinces):
    result = CliRunner().invoke(app, ["compare", str(two_provinces)])
    assert result.exit_code == 0, result.output
    assert "summed by province" in result.output
    table = pd.read_csv(two_provinces / "analysis" / PROVINCE_TABLE)
    regions = pd.read_csv(two_provinces / "analysis" / "differences.csv")
    assert set(table["province"]) == {"Banten", "Jambi"}
    jobs = table[(table["metric"] == "employment") & (table["horizon"] == 12)]
    by_region = regions[(regions["metric"] == "employment") & (regions["horizon"] == 12)]
    # the mean of paired sums is the sum of the regions' mean paired differences
    total = jobs["mean"].sum()
    assert np.isclose(total, by_region[by_region["region"] == "ALL"]["mean"].iloc[0])
    assert (jobs["pairs"] == 3).all()


def test_the_report_has_a_province_section_in_indonesian(two_provinces):
    from sim.analysis.report import write_report
    from sim.analysis.wording import TEXT

    html_path, _ = write_report(two_provinces, lang="id")
    page = html_path.read_text()
    section = page.split(f"<h2>{TEXT['id']['provinces']}</h2>")[1].split("<h2>")[0]
    assert "<th>Provinsi</th>" in section and "Banten" in section and "Jambi" in section
    assert "selang bootstrap" in section
