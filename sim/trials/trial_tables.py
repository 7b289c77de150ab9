"""A trial's and the evidence check's tables and figure, as the commands write them."""

from pathlib import Path

import numpy as np
import pandas as pd

from sim.levers import LEVER_SPECS
from sim.trials.run import Trial

SHOWN = ("sales", "profit", "workers", "survival")
COMPARISONS = {"itt": "offered vs not offered (ITT)", "spillover": "not offered: trial vs without"}


def trial_markdown(trial: Trial) -> str:
    """The effects at each horizon: ITT and spillover per outcome, the aggregate, the cost."""
    d = trial.design
    e = trial.effects
    lines = [
        f"# Virtual trial: {d.lever} in {Path(str(d.scenario)).name}",
        "",
        f"Offered to {d.share:.0%} of the eligible IKM from month 1; {d.seeds} seeds; "
        "mean effect and 90% interval over seeds.",
        "",
        "| month | comparison | outcome | effect | 90% interval | unit |",
        "|---|---|---|---|---|---|",
    ]
    shown = e[e["comparison"].isin(["itt", "spillover", "aggregate"])]
    for _, row in shown.sort_values(["horizon", "comparison", "outcome"]).iterrows():
        lines.append(
            f"| {row.horizon} | {row.comparison} | {row.outcome} | {_num(row.effect)} | "
            f"{_num(row.low)} .. {_num(row.high)} | {row.unit} |"
        )
    return "\n".join(lines) + "\n"


def _num(x: float) -> str:
    if x is None or np.isnan(x):
        return "-"
    return f"{x:,.0f}" if abs(x) >= 1000 else f"{x:.2f}"


def trial_figure(trial: Trial, path: Path) -> None:
    """ITT and spillover per outcome against months since the offer, with intervals."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    e = trial.effects
    fig, axes = plt.subplots(1, len(SHOWN), figsize=(4 * len(SHOWN), 3.4), sharex=True)
    for ax, outcome in zip(axes, SHOWN, strict=True):
        for comparison, label in COMPARISONS.items():
            rows = e[(e.outcome == outcome) & (e.comparison == comparison)].sort_values("horizon")
            ax.errorbar(
                rows["horizon"],
                rows["effect"],
                yerr=[rows["effect"] - rows["low"], rows["high"] - rows["effect"]],
                marker="o",
                capsize=3,
                label=label,
            )
        ax.axhline(0, color="grey", lw=0.8)
        ax.set_title(outcome)
        ax.set_xlabel("months since the offer")
    axes[0].set_ylabel("% of the comparison's mean")
    axes[0].legend(fontsize=8)
    fig.suptitle(f"Virtual trial: {trial.design.lever}")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def evidence_markdown(verdicts: pd.DataFrame, costs: dict[str, float], horizon: int) -> str:
    """The verdict table and the lever table (mechanism, evidence, trial, cost per job)."""
    lines = [
        "| lever | evidence row | outcome, month | published | model (90% interval) | verdict |",
        "|---|---|---|---|---|---|",
    ]
    for _, v in verdicts.iterrows():
        if v["verdict"] == "assumed":
            lines.append(f"| {v['lever']} | - | - | - | - | assumed: {v['note']} |")
            continue
        if v["verdict"] == "not measured":
            lines.append(f"| {v['lever']} | {v['row']} | - | - | - | not measured |")
            continue
        published = _num(v["published"])
        if not np.isnan(v["published_low"]):
            published += f" ({_num(v['published_low'])} .. {_num(v['published_high'])})"
        read = f"{v['outcome']}, {v['comparison']}, m{int(v['month'])}"
        lines.append(
            f"| {v['lever']} | {v['row']} | {read} | "
            f"{published} {v['unit']} | {_num(v['model'])} ({_num(v['model_low'])} .. "
            f"{_num(v['model_high'])}) | {v['verdict']} |"
        )
    lines += [
        "",
        "| lever | mechanism | evidence | its cost | cost per IKM job in its trial, month "
        + str(horizon)
        + " |",
        "|---|---|---|---|---|",
    ]
    for name, spec in LEVER_SPECS.items():
        cost = costs.get(name, np.nan)
        shown = f"Rp {cost / 1e6:,.0f} juta"
        if np.isnan(cost):
            shown = f"not read at month {horizon}" if name in costs else "not trialled"
        mechanism = (spec.__doc__ or "").strip().splitlines()[0]
        evidence = f"{spec.evidence}: {spec.evidence_note}"
        lines.append(f"| {name} | {mechanism} | {evidence} | {spec.cost_basis} | {shown} |")
    return "\n".join(lines) + "\n"
