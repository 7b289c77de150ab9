"""Figures an analyst reads at a glance (seaborn/matplotlib), saved as PNG and SVG."""

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import seaborn as sns  # noqa: E402
from matplotlib import ticker  # noqa: E402

from sim.analysis.compare import Comparison  # noqa: E402
from sim.analysis.network_figure import network_snapshot  # noqa: E402, F401 - one home for figures
from sim.analysis.numbers import number, when  # noqa: E402
from sim.analysis.units import readable  # noqa: E402
from sim.analysis.wording import TEXT, scenario_label  # noqa: E402
from sim.core.kinds import EndReason, Kind, end_reason_label  # noqa: E402
from sim.experiments.results import Results  # noqa: E402
from sim.metrics import METRIC, TOTAL  # noqa: E402
from sim.output.plots import save_figure  # noqa: E402

sns.set_theme(style="whitegrid", context="notebook")


def fan_chart(comparison: Comparison, metric: str, region: str = TOTAL) -> plt.Figure:
    """Median by month per scenario with its 10-90% band across seeds."""
    scale, unit = readable(metric)
    data = comparison.bands.query("metric == @metric and region == @region")
    dated = "date" in data.columns and data["date"].notna().all()
    fig, ax = plt.subplots(figsize=(9, 5))
    for color, (scenario, g) in zip(
        sns.color_palette(n_colors=max(data["scenario"].nunique(), 1)),
        data.groupby("scenario", observed=True),
        strict=False,
    ):
        x = pd.to_datetime(g["date"]) if dated else g["month"]
        ax.plot(x, g["median"] / scale, color=color, label=str(scenario))
        ax.fill_between(x, g["p10"] / scale, g["p90"] / scale, color=color, alpha=0.2)
    ax.set(
        title=f"{metric} ({region}): median and 10-90% band across seeds",
        xlabel="Date" if dated else "Month",
        ylabel=f"{metric} ({unit})",
    )
    ax.legend(fontsize=8, ncol=2)
    return fig


def difference_chart(
    comparison: Comparison,
    metric: str,
    region: str = TOTAL,
    lang: str = "en",
    start: str | None = None,
) -> plt.Figure:
    """Paired difference from the baseline at each horizon, with 95% bootstrap intervals.

    With a placebo, each horizon's noise floor is a faint band around zero.
    """
    t = TEXT[lang]
    scale, unit = readable(metric, lang)
    data = comparison.differences.query("metric == @metric and region == @region")
    fig, ax = plt.subplots(figsize=(9, 5))
    scenarios = sorted(data["scenario"].unique())
    offsets = np.linspace(-0.3, 0.3, max(len(comparison.horizons), 1))
    width = (offsets[1] - offsets[0]) if len(offsets) > 1 else 0.6
    for k, (offset, horizon) in enumerate(zip(offsets, comparison.horizons, strict=True)):
        h = data[data["horizon"] == horizon].set_index("scenario").reindex(scenarios)
        x = np.arange(len(scenarios)) + offset
        floor = h["noise_floor"] / scale
        if floor.notna().any():
            ax.bar(
                x,
                2 * floor,
                bottom=-floor,
                width=0.9 * width,
                color="grey",
                alpha=0.2,
                label=t["noise_band"] if k == 0 else None,
            )
        ax.errorbar(
            x,
            h["mean"] / scale,
            yerr=[(h["mean"] - h["ci_low"]) / scale, (h["ci_high"] - h["mean"]) / scale],
            fmt="o",
            capsize=3,
            label=when(horizon, start, lang),
        )
    ax.axhline(0, color="black", linewidth=0.8)
    names = [scenario_label(str(name), lang) for name in scenarios]
    ax.set_xticks(np.arange(len(scenarios)), names, rotation=30, ha="right")
    ax.set(
        title=t["difference_title"].format(metric=_label(metric, lang)),
        xlabel=t["col_scenario"],
        ylabel=t["axis_difference"].format(unit=unit),
    )
    ax.legend(fontsize=8)
    fig.tight_layout()
    return fig


def fan_panels(
    comparison: Comparison,
    metric: str,
    lang: str = "en",
    start: str | None = None,
    region: str = TOTAL,
) -> plt.Figure:
    """Small multiples: one panel per scenario, its median and 10-90% band over the baseline's."""
    t = TEXT[lang]
    scale, unit = readable(metric, lang)
    data = comparison.bands.query("metric == @metric and region == @region")
    others = [s for s in dict.fromkeys(data["scenario"]) if s != comparison.baseline]
    cols = min(4, max(len(others), 1))
    rows = max(1, -(-len(others) // cols))
    fig, axes = plt.subplots(
        rows, cols, figsize=(4.2 * cols, 2.9 * rows), sharex=True, sharey=True, squeeze=False
    )
    dated = start is not None and "date" in data.columns and data["date"].notna().all()

    def draw(ax: plt.Axes, g: pd.DataFrame, color: str, alpha: float) -> None:
        x = pd.to_datetime(g["date"]) if dated else g["month"]
        ax.fill_between(x, g["p10"] / scale, g["p90"] / scale, color=color, alpha=alpha, lw=0)
        ax.plot(x, g["median"] / scale, color=color, lw=1.4)

    base = data[data["scenario"] == comparison.baseline]
    colours = sns.color_palette("husl", n_colors=max(len(others), 1))  # none of them grey
    for ax, name, colour in zip(axes.flat, others, colours, strict=False):
        draw(ax, base, "#8c8c8c", 0.35)
        draw(ax, data[data["scenario"] == name], colour, 0.3)
        ax.set_title(scenario_label(str(name), lang), fontsize=10)
    for ax in list(axes.flat)[len(others) :]:
        ax.set_visible(False)
    fig.suptitle(t["fan_title"].format(metric=_label(metric, lang)), fontsize=11)
    fig.supylabel(unit)
    fig.supxlabel(t["axis_time"] if dated else t["axis_month"])
    fig.tight_layout()
    return fig


def _label(metric: str, lang: str) -> str:
    m = METRIC.get(metric)
    if m is None:  # not a model metric (a derived outcome): its own name
        return metric
    text = m.label_id if lang == "id" else m.label_en
    return text[:1].upper() + text[1:]


def partnerships_by_kind(
    comparison: Comparison, scenario: str, lang: str = "en", start: str | None = None
) -> plt.Figure:
    """Median active partnerships of each kind over time in one scenario."""
    t = TEXT[lang]
    bands = comparison.bands
    mine = bands[(bands["scenario"] == scenario) & (bands["region"] == TOTAL)]
    dated = start is not None and "date" in mine.columns and mine["date"].notna().all()
    fig, ax = plt.subplots(figsize=(9, 5))
    for kind in Kind:
        g = mine[mine["metric"] == f"partnerships_active_{kind.name}"]
        x = pd.to_datetime(g["date"]) if dated else g["month"]
        ax.plot(x, g["median"], label=kind.spec.label_id if lang == "id" else kind.spec.label_en)
    ax.set(
        title=t["kinds_title"].format(scenario=scenario_label(scenario, lang)),
        xlabel=t["axis_time"] if dated else t["axis_month"],
        ylabel=t["axis_partnerships"],
    )
    ax.legend(fontsize=8)
    return fig


def endings_by_reason(results: Results, lang: str = "en") -> plt.Figure:
    """Partnerships formed and ended over the whole run, by reason (median across seeds)."""
    t = TEXT[lang]
    traj = results.trajectories
    reasons = [r for r in EndReason if r != EndReason.none]
    names = ["partnerships_formed"] + [f"partnerships_ended_{r.name}" for r in reasons]
    shown = dict(
        zip(names, [t["formed"], *(end_reason_label(r, lang) for r in reasons)], strict=True)
    )
    data = traj[(traj["region"] == TOTAL) & traj["metric"].isin(names)]
    per_run = data.groupby(["scenario", "run", "metric"], observed=True)["value"].sum()
    median = per_run.groupby(["scenario", "metric"], observed=True).median().reset_index()
    median["metric"] = median["metric"].astype(str).map(shown)
    median["scenario"] = median["scenario"].astype(str).map(lambda n: scenario_label(n, lang))
    fig, ax = plt.subplots(figsize=(10, 5))
    sns.barplot(data=median, x="metric", y="value", hue="scenario", ax=ax)
    ax.set(title=t["endings_title"], xlabel="", ylabel=t["axis_partnerships"])
    ax.tick_params(axis="x", rotation=30)
    ax.legend(fontsize=7, ncol=2)
    fig.tight_layout()
    return fig


def horizon_distribution(
    results: Results, metric: str, month: int, lang: str = "en", start: str | None = None
) -> plt.Figure:
    """Each seed's value at one month, by scenario."""
    t = TEXT[lang]
    scale, unit = readable(metric, lang)
    traj = results.trajectories
    data = traj[
        (traj["metric"] == metric) & (traj["region"] == TOTAL) & (traj["month"] == month)
    ].assign(value=lambda d: d["value"] / scale)
    data = data.assign(scenario=data["scenario"].astype(str).map(lambda n: scenario_label(n, lang)))
    fig, ax = plt.subplots(figsize=(9, 5))
    sns.boxplot(data=data, x="scenario", y="value", ax=ax, color="white")
    sns.stripplot(data=data, x="scenario", y="value", ax=ax, size=4, alpha=0.7)
    ax.set(
        title=t["distribution_title"].format(
            metric=_label(metric, lang), when=when(month, start, lang)
        ),
        xlabel=t["col_scenario"],
        ylabel=unit,
    )
    ax.tick_params(axis="x", rotation=30)
    fig.tight_layout()
    return fig


def sensitivity_chart(indices: pd.DataFrame, lang: str = "en") -> plt.Figure:
    """First-order (S1) and total (ST) Sobol indices per parameter, one panel per metric."""
    metrics = list(dict.fromkeys(indices["metric"]))
    fig, axes = plt.subplots(1, len(metrics), figsize=(5 * len(metrics), 4), squeeze=False)
    for ax, metric in zip(axes[0], metrics, strict=True):
        t = indices[indices["metric"] == metric]
        x = np.arange(len(t))
        words = TEXT[lang]
        ax.bar(x - 0.2, t["S1"], 0.4, yerr=t["S1_conf"], label=words["sobol_s1"], capsize=2)
        ax.bar(x + 0.2, t["ST"], 0.4, yerr=t["ST_conf"], label=words["sobol_st"], capsize=2)
        ax.set_xticks(x, t["parameter"], rotation=30, ha="right", fontsize=8)
        month = when(int(t["month"].iloc[0]), None, lang)
        ax.set(title=f"{_label(str(metric), lang)}, {month}", ylabel=words["sobol_axis"])
        ax.legend(fontsize=7)
    fig.tight_layout()
    return fig


class LocalNumbers(ticker.Formatter):
    """Tick labels with the language's separators (7.752 and 3,5 in Indonesian).

    As many decimals as the ticks need to be exact, and no more: 100.000, 0,25, 0,05.
    """

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.ticks = np.zeros(0)

    def set_locs(self, locs: "list[float]") -> None:  # noqa: D102 - a Formatter's hook
        self.ticks = np.asarray(locs, dtype=float)

    def __call__(self, x: float, pos: int | None = None) -> str:  # noqa: D102 - a Formatter
        locs = self.ticks
        scale = float(np.abs(locs).max()) if len(locs) else abs(x)
        tolerance = 1e-9 * max(scale, 1e-12)
        digits = next(
            (d for d in range(7) if np.all(np.abs(np.round(locs, d) - locs) <= tolerance)), 6
        )
        return number(0.0 if abs(x) <= tolerance else x, self.lang, digits)


def in_language(fig: plt.Figure, lang: str) -> plt.Figure:
    """Every numeric axis of the figure labelled in the language's number format."""
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            if type(axis.get_major_formatter()) is ticker.ScalarFormatter:
                axis.set_major_formatter(LocalNumbers(lang))
    return fig


def save(fig: plt.Figure, folder: Path, name: str) -> list[Path]:
    """Save as PNG and SVG, then close."""
    paths = [folder / f"{name}.png", folder / f"{name}.svg"]
    save_figure(fig, *paths)
    return paths
