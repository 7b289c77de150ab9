"""Figures (seaborn): the main trajectories of one run."""

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import seaborn as sns  # noqa: E402

from sim.metrics import METRIC, TOTAL  # noqa: E402

MAX_REGION_LINES = 8  # more regions than this: the largest ones are drawn, and the total
PANELS: tuple[str, ...] = (
    "pdrb",
    "firm_employment",
    "unemployment_rate",
    "firms",
    "partnerships_active",
    "mean_trust",
)


def trajectory_figure(trajectories: pd.DataFrame, title: str = "Kemitraan run") -> plt.Figure:
    """Six panels by month, one line per region and a black line for the total (or mean).

    A dated run (a `date` column, YYYY-MM) is drawn against the calendar, else by month.
    With more than `MAX_REGION_LINES` regions only the largest (by firms at the start) get
    a line, so the legend stays one row; the total covers them all.
    """
    sns.set_theme(style="whitegrid", context="notebook")
    shown = largest_regions(trajectories, MAX_REGION_LINES - 1)
    if shown is not None:
        kept = trajectories["region"].astype(str).isin([*shown, TOTAL])
        count = trajectories["region"].astype(str).nunique() - 1
        title = f"{title} ({len(shown)} largest of {count} regions; black: all regions)"
        trajectories = trajectories[kept]
    dated = "date" in trajectories.columns
    trajectories = trajectories.assign(
        x=pd.to_datetime(trajectories["date"].astype(str)) if dated else trajectories["month"]
    )
    fig, axes = plt.subplots(2, 3, figsize=(15, 8), sharex=True)
    for ax, metric in zip(axes.ravel(), PANELS, strict=True):
        m = METRIC[metric]
        label = f"{m.label_en[0].upper()}{m.label_en[1:]} ({m.display.axis_en})"
        data = trajectories[trajectories["metric"] == metric].copy()
        data["value"] = data["value"] / m.display.divisor
        regions = data[data["region"] != TOTAL].astype({"region": str})
        sns.lineplot(data=regions, x="x", y="value", hue="region", ax=ax, linewidth=1.2)
        if shown is not None or metric in (
            "unemployment_rate",
            "mean_trust",
            "firms",
            "partnerships_active",
        ):
            total = data[data["region"] == TOTAL]
            if metric in ("firms", "partnerships_active"):
                ax.set_title(f"{label} (total in black)", fontsize=10)
            ax.plot(total["x"], total["value"], color="black", linewidth=1.6, label="all regions")
        ax.set_ylabel(label)
        ax.set_xlabel("Date" if dated else "Month")
        if dated:
            locator = mdates.AutoDateLocator(maxticks=6)
            ax.xaxis.set_major_locator(locator)
            ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        if ax.get_legend() is not None:
            ax.get_legend().remove()
    handles, labels = axes[0, 1].get_legend_handles_labels()
    fig.legend(handles, labels, loc="lower center", ncol=min(len(labels), 8), frameon=False)
    fig.suptitle(title)
    fig.tight_layout(rect=(0, 0.05, 1, 0.97))
    return fig


def largest_regions(trajectories: pd.DataFrame, count: int) -> list[str] | None:
    """The `count` regions with the most firms at the first month (None: few enough)."""
    regions = trajectories.loc[trajectories["region"] != TOTAL, "region"].astype(str)
    if regions.nunique() <= MAX_REGION_LINES:
        return None
    firms = trajectories[(trajectories["metric"] == "firms") & (trajectories["region"] != TOTAL)]
    first = firms[firms["month"] == firms["month"].min()]
    order = first.sort_values("value", ascending=False, kind="stable")["region"].astype(str)
    return list(order.head(count))


def save_figure(fig: plt.Figure, path: Path, *more: Path) -> Path:
    """Save a figure to one or more files (format by suffix), then close it."""
    for target in (path, *more):
        target.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(target, dpi=110, bbox_inches="tight")
    plt.close(fig)
    return path
