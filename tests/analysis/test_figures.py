"""Each figure has its title, units on the axes and the expected number of lines."""

from pathlib import Path

import pytest

from sim.analysis import figures
from sim.analysis.compare import compare
from sim.core.kinds import Kind
from sim.experiments import load_results, run_experiment

ROOT = Path(__file__).parents[2]


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    out = tmp_path_factory.mktemp("fig") / "smoke"
    return load_results(
        run_experiment(
            ROOT / "scenarios/experiments/smoke.yaml", workers=1, out=out, progress=False
        )
    )


@pytest.fixture(scope="module")
def comparison(results):
    return compare(results, horizons=(6, 12), draws=200)


def test_fan_chart(comparison, tmp_path):
    fig = figures.fan_chart(comparison, "pdrb")
    ax = fig.axes[0]
    assert ax.get_ylabel() == "pdrb (Rp triliun per year)" and ax.get_xlabel() == "Month"
    assert len(ax.get_lines()) == 2  # baseline and grant medians
    assert len(ax.collections) == 2  # their bands
    paths = figures.save(fig, tmp_path, "fan")
    assert all(p.stat().st_size > 1000 for p in paths)


def test_difference_chart(comparison):
    fig = figures.difference_chart(comparison, "employment")
    ax = fig.axes[0]
    assert ax.get_ylabel() == "difference (thousand persons)"
    assert [t.get_text() for t in ax.get_xticklabels()] == ["Grant"]
    assert len(ax.containers) == 2  # one error bar set per horizon


def test_partnerships_by_kind_and_endings(comparison, results):
    ax = figures.partnerships_by_kind(comparison, "grant").axes[0]
    assert len(ax.get_lines()) == len(Kind) and ax.get_ylabel() == "partnerships (real)"
    ax = figures.endings_by_reason(results).axes[0]
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert labels[0] == "formed" and "low trust" in labels


def test_distribution_and_network(results):
    ax = figures.horizon_distribution(results, "employment", 12).axes[0]
    assert ax.get_ylabel() == "thousand persons"
    assert ax.get_title() == "Employment, year 1: one point per seed"
    fig = figures.network_snapshot(results, "grant", 0, 12)
    title = fig.axes[0].get_title()
    assert "Grant, seed 0, year 1" in title and "partnerships" in title


def test_tick_labels_are_written_as_the_reader_writes_numbers():
    import matplotlib.pyplot as plt

    from sim.analysis.figures import in_language

    fig, (big, small) = plt.subplots(1, 2)
    big.plot([0, 1, 2], [0, 150_000, 80_000])
    small.plot([0, 1], [0, 0.05])
    in_language(fig, "id").canvas.draw()
    labels = [t.get_text() for ax in fig.axes for t in ax.get_yticklabels() + ax.get_xticklabels()]
    plt.close(fig)
    assert "100.000" in labels and "0,05" in labels and "1,5" in labels
    assert not any("," in text and "." in text for text in labels)
    assert not any(text.endswith("0000") for text in labels)  # no bare 100000
