"""Figures (seaborn): the main trajectories of one run."""

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import seaborn as sns  # noqa: E402

from sim.metrics import METRIC, TOTAL  # noqa: E402

PANELS: tuple[str, ...] = (
    "pdrb",
    "firm_employment",
    "unemployment_rate",
    "firms",
    "partnerships_active",
    "mean_trust",
)


def trajectory_figure(trajectories: pd.DataFrame, title: str = "Kemitraan run") -> plt.Figure:
    """Six panels by month, one line per region and a black line for the total (or mean)."""
    sns.set_theme(style="whitegrid", context="notebook")
    fig, axes = plt.subplots(2, 3, figsize=(15, 8), sharex=True)
    for ax, metric in zip(axes.ravel(), PANELS, strict=True):
        m = METRIC[metric]
        label = f"{m.label_en[0].upper()}{m.label_en[1:]} ({m.display.axis_en})"
        data = trajectories[trajectories["metric"] == metric].copy()
        data["value"] = data["value"] / m.display.divisor
        regions = data[data["region"] != TOTAL]
        sns.lineplot(data=regions, x="month", y="value", hue="region", ax=ax, linewidth=1.2)
        if metric in ("unemployment_rate", "mean_trust", "firms", "partnerships_active"):
            total = data[data["region"] == TOTAL]
            if metric in ("firms", "partnerships_active"):
                ax.set_title(f"{label} (total in black)", fontsize=10)
            ax.plot(
                total["month"], total["value"], color="black", linewidth=1.6, label="all regions"
            )
        ax.set_ylabel(label)
        ax.set_xlabel("Month")
        if ax.get_legend() is not None:
            ax.get_legend().remove()
    handles, labels = axes[0, 0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="lower center", ncol=len(labels), frameon=False)
    fig.suptitle(title)
    fig.tight_layout(rect=(0, 0.05, 1, 0.97))
    return fig


def save_figure(fig: plt.Figure, path: Path, *more: Path) -> Path:
    """Save a figure to one or more files (format by suffix), then close it."""
    for target in (path, *more):
        target.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(target, dpi=110, bbox_inches="tight")
    plt.close(fig)
    return path
