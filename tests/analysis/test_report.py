"""The report: every section, both languages, self-contained; clear errors on bad folders."""

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sim.analysis.report import write_report
from sim.analysis.wording import TEXT
from sim.cli.main import app
from sim.experiments import run_experiment
from tests.analysis.sweeps import small_sweep

ROOT = Path(__file__).parents[2]
runner = CliRunner()


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    out = tmp_path_factory.mktemp("rep") / "smoke"
    return run_experiment(
        ROOT / "scenarios/experiments/smoke.yaml", workers=1, out=out, progress=False
    )


def test_translations_are_complete():
    assert set(TEXT["en"]) == set(TEXT["id"])
    assert all(
        TEXT["id"][k] and TEXT["id"][k] != TEXT["en"][k] or k in ("engine", "col_parameter")
        for k in TEXT["en"]
    )


@pytest.mark.parametrize("lang", ["en", "id"])
def test_report_has_every_section_and_needs_no_network(folder, lang):
    html_path, md_path = write_report(folder, lang=lang)
    page = html_path.read_text()
    for key in ("run", "headline", "figures", "tables", "sensitivity", "discovery", "caveats"):
        assert f"<h2>{TEXT[lang][key]}</h2>" in page
        assert f"## {TEXT[lang][key]}" in md_path.read_text()
    assert page.count("data:image/png;base64,") >= 8
    assert not re.search(r"(src|href)=['\"]?https?://", page)  # nothing fetched when opened
    assert "<script" not in page
    assert f"<html lang='{lang}'>" in page
    for figure in re.findall(r"\]\(figures/([^)]+)\)", md_path.read_text()):
        assert (html_path.parent / "figures" / figure).exists()


def test_report_and_compare_commands(folder):
    result = runner.invoke(app, ["report", str(folder), "--lang", "id"])
    assert result.exit_code == 0, result.output
    assert "report.id.html" in result.output
    result = runner.invoke(app, ["compare", str(folder), "--horizons", "6,12"])
    assert result.exit_code == 0, result.output
    assert re.search(r"\|\s+grant\s+\|", result.output), result.output
    assert (folder / "analysis" / "ranking.csv").exists()
    assert (folder / "analysis" / "figures" / "fan_employment.svg").exists()


@pytest.mark.parametrize("command", ["report", "compare"])
def test_missing_or_corrupt_folders_give_a_clear_error(tmp_path, command):
    result = runner.invoke(app, [command, str(tmp_path / "none")])
    assert result.exit_code == 2 and "no such results folder" in result.output
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "manifest.json").write_text("{not json")
    result = runner.invoke(app, [command, str(broken)])
    assert result.exit_code == 2 and "manifest.json: damaged" in result.output
    assert "Traceback" not in result.output


def test_unknown_language_is_refused(folder):
    result = runner.invoke(app, ["report", str(folder), "--lang", "fr"])
    assert result.exit_code == 2 and "allowed: ['en', 'id']" in result.output


def test_the_indonesian_report_reads_in_indonesian(folder):
    html_path, _ = write_report(folder, lang="id")
    page = html_path.read_text()
    summary = page.split(f"<h2>{TEXT['id']['summary']}</h2>")[1].split("<h2>")[0]
    assert "Hibah" in summary and "hingga tahun ke-1 " in summary
    assert page.index(TEXT["id"]["summary"]) < page.index(TEXT["id"]["headline"])
    for english in ("verdict", "jobs_created", "rupiah_per_job", "Scenario", "year 1"):
        assert english not in page
    assert "<th>Kesimpulan</th>" in page and "<th>Pagu</th>" in page
    assert re.search(r"Rp \d+(,\d)? (juta|miliar)", page)  # rupiah in Indonesian units


def test_report_reuses_the_comparison_compare_wrote(folder):
    assert runner.invoke(app, ["compare", str(folder), "--horizons", "6,12"]).exit_code == 0
    stamp = (folder / "analysis" / "comparison.json").read_text()
    write_report(folder, lang="en")
    assert (folder / "analysis" / "comparison.json").read_text() == stamp
    page = (folder / "analysis" / "report.en.html").read_text()
    assert "by year 1 " in page and "month 6" in page  # the horizons compare was asked for


@pytest.fixture(scope="module")
def sobol_folder(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("sobol")
    spec = tmp / "sobol.yaml"
    spec.write_text(
        f"name: s\nscenarios: ['{ROOT}/scenarios/grant.yaml']\nseeds: 2\nmonths: 3\n"
        "overrides: ['firms.scale=60', 'policies.grant.start=1']\n"
        "uncertainties:\n  barriers.trust_threshold: {low: 0.2, high: 0.4}\n"
        "  policies.grant.intensity: {low: 0.0, high: 1.0}\n"
        "design: {kind: sobol, samples: 4}\noutputs: {events: false}\n"
    )
    return run_experiment(spec, workers=1, out=tmp / "out", progress=False)


def test_a_sensitivity_study_without_a_baseline_gets_a_report_with_warnings(sobol_folder):
    html_path, md_path = write_report(sobol_folder, lang="en")
    page = html_path.read_text()
    assert TEXT["en"]["no_baseline"] in page
    assert "Seeds alone account for" in page  # two seeds per point: the noise is measured
    assert f"<h2>{TEXT['en']['headline']}</h2>" not in page
    result = runner.invoke(app, ["report", str(sobol_folder), "--baseline", "nope"])
    assert result.exit_code == 2 and "no scenario 'nope'" in result.output


def test_the_indonesian_sensitivity_section_speaks_indonesian(sobol_folder):
    html_path, _ = write_report(sobol_folder, lang="id")
    page = html_path.read_text()
    section = page.split(f"<h2>{TEXT['id']['sensitivity']}</h2>")[1].split("<h2>")[0]
    text = re.sub(r"<[^>]+>", " ", section)
    assert "penduduk bekerja" in text and "kemitraan aktif" in text
    assert "Seed saja menjelaskan" in text and "<th>Ukuran</th>" in section
    assert not re.search(r"\b(employment|partnerships_active|sum of|Seeds alone)\b", text)
    assert not ENGLISH_NUMBERS.search(text), ENGLISH_NUMBERS.search(text)
    shares = [int(v) for v in re.findall(r"menjelaskan (\d+)%", text)]
    assert shares and max(shares) <= 100  # the seeds' share is at most all of the variance


def test_every_report_figure_is_titled_in_the_language(folder):
    from sim.analysis import figures
    from sim.analysis.compare import compare
    from sim.experiments import load_results

    results = load_results(folder)
    c = compare(results)
    t = TEXT["id"]
    drawn = {
        "panels": figures.fan_panels(c, "employment", "id")._suptitle.get_text(),
        "difference": figures.difference_chart(c, "employment", lang="id").axes[0].get_title(),
        "kinds": figures.partnerships_by_kind(c, "grant", "id").axes[0].get_title(),
        "endings": figures.endings_by_reason(results, "id").axes[0].get_title(),
        "distribution": figures.horizon_distribution(results, "employment", 12, "id")
        .axes[0]
        .get_title(),
        "network": figures.network_snapshot(results, "grant", 0, 12, "id").axes[0].get_title(),
    }
    assert drawn["panels"].startswith("Penduduk bekerja: median dan pita")
    assert drawn["difference"].startswith("Penduduk bekerja: selisih")
    assert drawn["kinds"] == t["kinds_title"].format(scenario="Hibah")
    assert drawn["endings"] == t["endings_title"]
    assert drawn["distribution"] == "Penduduk bekerja, tahun ke-1: satu titik per seed"
    assert drawn["network"].startswith("Jaringan kemitraan: Hibah, seed 0, tahun ke-1")


def test_the_run_figure_legend_names_the_regions_and_nothing_else():
    from sim import PartnershipModel
    from sim.output.plots import trajectory_figure

    model = PartnershipModel(n_regions=2, n_firms=60, rng=1).run(2)
    fig = trajectory_figure(model.trajectories())
    labels = [text.get_text() for text in fig.legends[0].get_texts()]
    assert labels == list(model.regions.name)


@pytest.fixture(scope="module")
def lebak_study(tmp_path_factory):
    """The analyst's Lebak study: as is, the programme, and a placebo of Lebak, compared."""
    tmp = tmp_path_factory.mktemp("lebak")
    (tmp / "lebak_placebo.yaml").write_text(
        f"extends: {ROOT}/scenarios/lebak.yaml\n"
        "meta:\n  name: lebak_placebo\n"
        "  title: {en: 'Lebak placebo', id: 'Plasebo Lebak'}\n"
        "  description: {en: 'A lever too small to matter.', id: 'Instrumen yang terlalu kecil.'}\n"
        "policies:\n  grant: {start: 1, intensity: 0.001}\n"
    )
    out = small_sweep(
        tmp,
        "lebak_study",
        ["lebak.yaml", "lebak_programme.yaml", str(tmp / "lebak_placebo.yaml")],
        seeds=3,
        months=24,
        overrides=["firms.scale=40"],
        extra="description: {en: 'The programme in Lebak.', id: 'Program di Lebak.'}\n",
    )
    command = ["compare", str(out), "--baseline", "lebak", "--placebo", "lebak_placebo"]
    assert runner.invoke(app, command).exit_code == 0
    return out


ENGLISH_WORDS = re.compile(
    r"\b(jobs?|inconclusive|creates|costs|interval|baseline|placebo|month|year|programme|"
    r"the|and|of|seeds? (to|needed)|in-process|process-pool)\b",
    re.IGNORECASE,
)
ENGLISH_NUMBERS = re.compile(r"\b[1-9]\d{0,2},\d{3}(?!\d)|\d\.\d{1,2}(?![\d.])")  # 1,234; 1.5


def test_the_indonesian_first_screen_has_verdicts_intervals_floor_and_seeds_needed(lebak_study):
    html_path, _ = write_report(lebak_study, lang="id")
    page = html_path.read_text()
    first = page.split("<body>", 1)[1].split(f"<h2>{TEXT['id']['budget']}</h2>")[0]
    text = re.sub(r"<[^>]+>", " ", first)
    assert "Program di Lebak" not in text  # the experiment's text is further down
    verdicts = [TEXT["id"][f"verdict_{v}"] for v in ("creates jobs", "costs jobs", "inconclusive")]
    assert any(v in text for v in verdicts)
    assert "selang 95%" in text and "ambang derau plasebo (" in text  # intervals, the floor
    assert f"<th>{TEXT['id']['col_needed']}</th>" in first
    assert "Kabupaten Lebak (Banten): program" in text and "lebak_programme:" not in text
    assert "Plasebo Lebak" in text and "0,001" in text  # its title; its strength, not 0,00
    assert not ENGLISH_WORDS.search(text.replace("lebak_programme.yaml", "")), ENGLISH_WORDS.search(
        text
    )
    assert not ENGLISH_NUMBERS.search(text), ENGLISH_NUMBERS.search(text)
    run = page.split(f"<h2>{TEXT['id']['run']}</h2>")[1]
    assert "Program di Lebak" in run and "kumpulan proses" in run or "satu proses" in run
