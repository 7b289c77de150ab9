"""`kemitraan new`: a valid, commented scenario of the region as it is, for any of the 514."""

import re
from pathlib import Path

import numpy as np
import pytest
import yaml
from typer.testing import CliRunner

from sim.analysis.baseline_check import baseline_figures, medians, verdicts
from sim.cli.main import app
from sim.kabkota.table import all_regions, find, in_province
from sim.kabkota.write import render, scenario_data, slug
from sim.model import PartnershipModel
from sim.scenario import load_scenario, validate_data
from sim.scenario.data_rows import bps_figures
from sim.scenario.problems import Origins

RUNNER = CliRunner()
# five regions of different size: a small kota to a large kabupaten
SAMPLE = ("Kota Sabang", "Kabupaten Nias Selatan", "Kota Serang", "Lebak", "Kabupaten Bogor")


def _text(name: str) -> str:
    region = find(name)
    data, comments = scenario_data([region], bps_figures(), "2023-08", slug(region.name), name)
    return render(data, comments)


def test_every_one_of_the_514_gives_a_valid_scenario_of_the_region_as_it_is():
    regions = all_regions()
    assert len(regions) == 514
    rows = bps_figures()
    for region in regions:
        data, comments = scenario_data([region], rows, "2023-08", slug(region.name), region.name)
        scenario = validate_data(yaml.safe_load(render(data, comments)), Origins())
        assert all(
            getattr(scenario.policies, n) is None for n in type(scenario.policies).model_fields
        )
        (spec,) = scenario.regions
        assert spec.name == region.name and spec.province == region.province
        assert 0 < spec.labour_force < region.population  # a labour force, not the people
        assert spec.firms > 0 and 0 < spec.initial_unemployment_rate < 0.2


def test_every_figure_names_its_data_row_or_the_rule_that_estimated_it():
    text = _text("Kota Medan")
    figures = [
        line
        for line in text.splitlines()
        if re.match(r"\s+(firms|labour_force|pdrb|initial_unemployment_rate):", line)
    ]
    assert len(figures) == 4
    for line in figures:
        assert "#" in line and ("estimated" in line or re.search(r"[a-z]+-\d{4}-", line)), line
    assert "Sumatera Utara's (sumut-2023-labour-force)" in text  # the province's row, shared out


def test_sizes_follow_the_population_not_the_villages():
    def labour(name: str) -> float:
        data, _ = scenario_data([find(name)], bps_figures(), "2023-08", "x", name)
        return data["regions"][0]["labour_force"]

    assert labour("Kota Surabaya") > 2 * labour("Kabupaten Sampang")
    assert labour("Kota Medan") > 5 * labour("Kabupaten Nias Selatan")


def test_the_region_s_own_rows_win_over_estimates():
    data, _ = scenario_data([find("Lebak")], bps_figures(), "2023-08", "x", "Lebak")
    lebak = data["regions"][0]
    assert lebak["labour_force"] == 722850 and lebak["firms"] == 14567  # its BPS rows
    assert data["meta"]["data_regions"] == {"Kabupaten Lebak": "Lebak"}


def test_a_province_is_one_scenario_of_all_its_kabupaten_and_kota(tmp_path: Path):
    out = tmp_path / "banten.yaml"
    result = RUNNER.invoke(app, ["new", "--province", "banten", "--out", str(out)])
    assert result.exit_code == 0, result.output
    scenario = load_scenario(out)
    assert [r.name for r in scenario.regions] == [r.name for r in in_province("Banten")]
    assert len(scenario.regions) == 8


@pytest.mark.parametrize("name", ["Kota Sabang", "Kota Serang"])
def test_a_generated_scenario_runs(tmp_path: Path, name: str):
    out = tmp_path / "s.yaml"
    assert RUNNER.invoke(app, ["new", name, "--out", str(out)]).exit_code == 0
    model = PartnershipModel.from_scenario(load_scenario(out), rng=1).run(12)
    assert model.latest("firm_employment") > 0 and np.isfinite(model.latest("unemployment_rate"))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["Serang"], "names more than one region: say 'Kabupaten Serang' or 'Kota Serang'"),
        (["Lebk"], "closest: Kabupaten Lebak"),
        (["Lebak", "--start", "2019-08"], "outside the data; allowed: 2020-01 .. 2025-12"),
        (["Lebak", "--start", "August"], "allowed: a month as YYYY-MM"),
        (["--province", "Jawa Tengahh"], "closest: Jawa Tengah"),
        (["Lebak", "--set", "regions.0.firms=-1"], "regions[0].firms: out of range"),
        ([], "give a kabupaten or kota NAME, or --province"),
    ],
)
def test_bad_input_gets_a_clear_error_and_writes_nothing(tmp_path: Path, args, message):
    out = tmp_path / "x.yaml"
    result = RUNNER.invoke(app, ["new", *args, "--out", str(out)])
    assert result.exit_code == 2 and message in result.output, result.output
    assert not out.exists()


def test_an_existing_file_is_never_overwritten(tmp_path: Path):
    out = tmp_path / "mine.yaml"
    out.write_text("my own work\n")
    result = RUNNER.invoke(app, ["new", "Lebak", "--out", str(out)])
    assert result.exit_code == 2 and "exists; nothing was written" in result.output
    assert out.read_text() == "my own work\n"


@pytest.fixture(scope="module")
def sample_files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("new")
    files = {}
    for name in SAMPLE:
        files[name] = folder / f"{slug(name)}.yaml"
        files[name].write_text(_text(name))
    return files


@pytest.mark.parametrize("name", SAMPLE)
def test_generated_regions_are_business_as_usual(sample_files, name):
    # 8 seeds: the smallest kota's first two years are noisy (Kota Sabang's jobs m24/m0 is
    # 1.066 over 20 seeds, 1.075 over these 8, 1.082 over the first 3; the bound is 1.08)
    figures = medians([baseline_figures(str(sample_files[name]), k, 36) for k in range(8)])
    held = verdicts(figures, 36)
    assert held["wave"] and held["losses"] and held["floor"], figures
    assert 0.95 <= figures["firms_m120_m0"] <= 1.2, figures["firms_m120_m0"]  # 3 years


def test_a_run_of_many_regions_draws_the_largest_and_the_total_on_a_page(tmp_path: Path):
    import pandas as pd
    from PIL import Image

    from sim.output.plots import MAX_REGION_LINES, PANELS, save_figure, trajectory_figure

    names = [f"Region {k:03d}" for k in range(60)]
    rows = [
        {"month": m, "region": r, "metric": metric, "value": float(k + 1)}
        for m in range(3)
        for k, r in enumerate([*names, "ALL"])
        for metric in PANELS
    ]
    fig = trajectory_figure(pd.DataFrame(rows), "many")
    legend = fig.legends[0]
    labels = [t.get_text() for t in legend.get_texts()]
    assert len(labels) <= MAX_REGION_LINES and "all regions" in labels
    assert "Region 059" in labels and "Region 000" not in labels  # the largest by firms
    width, _ = Image.open(save_figure(fig, tmp_path / "t.png")).size
    assert width < 2000  # pixels: a page, not 135,435


def test_the_hindcast_finds_a_generated_region_s_own_rows(tmp_path: Path):
    from sim.analysis.hindcast import hindcast_rows

    out = tmp_path / "lebak.yaml"
    assert RUNNER.invoke(app, ["new", "Lebak", "--out", str(out)]).exit_code == 0
    rows = hindcast_rows(load_scenario(out), bps_figures())
    held_out = rows[~rows["in_sample"]]
    assert {"lebak-2024-labour-force", "lebak-2024-open-unemployment-rate"} <= set(held_out["id"])
