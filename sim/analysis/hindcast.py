"""Hindcast: the model's band for every BPS figure dated inside a scenario's horizon.

For each row of data/bps_figures.csv about one of the scenario's regions (its name, or the
name `meta.data_regions` maps it to) whose indicator the model produces and whose date falls
inside the horizon, N seeds give the model's median and 10-90% band at that date. Rows the
scenario was set from (`meta.data_rows`) or fitted to (`calibration.targets`) are in-sample:
shown, never counted as a hit.
"""

from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from sim.core.calendar import model_month, month_date
from sim.metrics import INDEX

AUGUST, DECEMBER = 8, 12


@dataclass(frozen=True)
class Indicator:
    """How a BPS indicator is read from the model: metric, calendar month(s), scale."""

    metric: str
    months: tuple[int, ...]  # calendar months averaged (one for a survey date)
    scale: float = 1.0  # model value x scale = data unit
    min_model_month: int = 0


# Sakernas is August; PDRB is the calendar year (growth: December on December)
INDICATORS: dict[str, Indicator] = {
    "open_unemployment_rate": Indicator("unemployment_rate", (AUGUST,)),
    "labour_force": Indicator("labour_force", (AUGUST,)),
    "pdrb_growth": Indicator("pdrb_growth", (DECEMBER,), min_model_month=12),
    "pdrb_current_prices": Indicator("pdrb", tuple(range(1, 13)), 1e-12),
    "pdrb_constant_prices": Indicator("pdrb", tuple(range(1, 13)), 1e-12),
}


def hindcast_rows(scenario: Any, figures: pd.DataFrame) -> pd.DataFrame:
    """The data rows the hindcast can check, with the model months they need."""
    start = scenario.horizon.start
    if start is None:
        raise ValueError(
            f"scenario {scenario.meta.name!r} has no horizon.start (year-month, e.g. 2022-08): "
            "without it no model month maps to a calendar date"
        )
    aliases = dict(scenario.meta.data_regions)
    regions = {aliases.get(r.name, r.name): k for k, r in enumerate(scenario.regions)}
    fitted = set(scenario.calibration.targets) if scenario.calibration else set()
    out = []
    for row in figures.itertuples(index=False):
        how = INDICATORS.get(row.indicator)
        if how is None or row.region not in regions:
            continue
        months = [model_month(start, int(row.year), m) for m in how.months]
        if min(months) < max(how.min_model_month, 0) or max(months) > scenario.horizon.months:
            continue
        out.append(
            {
                "id": row.id,
                "region": row.region,
                "region_index": regions[row.region],
                "year": int(row.year),
                "date": month_date(start, months[-1]),
                "indicator": row.indicator,
                "unit": row.unit,
                "data": float(row.value),
                "reliability": row.reliability,
                "in_sample": row.id in scenario.meta.data_rows or row.id in fitted,
                "calibrated": row.id in fitted,
                "months": tuple(months),
            }
        )
    return pd.DataFrame(out)


def _one_run(job: tuple[Any, int]) -> np.ndarray:
    from sim import PartnershipModel

    scenario, seed = job
    model = PartnershipModel.from_scenario(scenario, rng=seed).run(scenario.horizon.months)
    return np.stack(model.world.history)  # months x (regions + total) x metrics


def model_values(rows: pd.DataFrame, histories: list[np.ndarray]) -> np.ndarray:
    """(rows, seeds) model values in the data's units."""
    values = np.empty((len(rows), len(histories)))
    for i, row in enumerate(rows.itertuples(index=False)):
        how = INDICATORS[row.indicator]
        for s, history in enumerate(histories):
            series = history[list(row.months), row.region_index, INDEX[how.metric]]
            values[i, s] = float(np.mean(series)) * how.scale
    return values


def hindcast(
    scenario: Any,
    figures: pd.DataFrame,
    seeds: int = 20,
    workers: int = 1,
    progress: Callable[[str], None] = lambda _: None,
) -> tuple[pd.DataFrame, list[np.ndarray]]:
    """The hindcast table (one row per data row) and the runs' histories."""
    rows = hindcast_rows(scenario, figures)
    jobs = [(scenario, seed) for seed in range(1, seeds + 1)]
    progress(f"{scenario.meta.name}: {seeds} seeds x {scenario.horizon.months} months")
    if workers > 1:
        with ProcessPoolExecutor(workers) as pool:
            histories = list(pool.map(_one_run, jobs))
    else:
        histories = [_one_run(job) for job in jobs]
    if rows.empty:
        return rows, histories
    values = model_values(rows, histories)
    rows = rows.assign(
        median=np.median(values, axis=1),
        low=np.quantile(values, 0.1, axis=1),
        high=np.quantile(values, 0.9, axis=1),
    )
    slack = 1e-9 * np.abs(rows["data"])  # a figure the scenario was set to is on its band
    inside = (rows["data"] >= rows["low"] - slack) & (rows["data"] <= rows["high"] + slack)
    # the figure is a survey estimate too: its tolerance band overlaps the model's
    error = tolerances(scenario, rows["indicator"]) * np.abs(rows["data"])
    near = (rows["data"] + error >= rows["low"]) & (rows["data"] - error <= rows["high"])
    return rows.assign(inside=inside, near=near), histories


def tolerances(scenario: Any, indicators: pd.Series) -> np.ndarray:
    """Each indicator's sampling tolerance, a fraction of the figure.

    The scenario's calibration section's, else the schema's defaults.
    """
    from sim.scenario.schema import Calibration

    table = (
        scenario.calibration.tolerance
        if scenario.calibration is not None
        else Calibration.model_fields["tolerance"].default
    )
    return np.array([table.get(i, 0.0) for i in indicators])


def verdict(row: Any) -> str:
    """'inside' / 'outside', and why an in-sample row is: set from it, or calibrated on it."""
    word = "inside" if row.inside else "outside"
    if getattr(row, "calibrated", False):
        return f"{word} (in-sample: calibrated)"
    return f"{word} (in-sample)" if row.in_sample else word


def markdown_table(table: pd.DataFrame, calibration: Any = None) -> str:
    """The hindcast table as Markdown."""
    lines = [
        "| data row | date | indicator | BPS | model median | model 10-90% | | within tolerance |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in table.itertuples(index=False):
        lines.append(
            f"| {r.id} ({r.reliability}) | {r.date} | {r.indicator} ({r.unit}) | "
            f"{_fmt(r.data)} | {_fmt(r.median)} | {_fmt(r.low)} .. {_fmt(r.high)} | {verdict(r)} | "
            f"{'yes' if getattr(r, 'near', r.inside) else 'no'} |"
        )
    out_of_sample = table[~table["in_sample"]]
    hits = int(out_of_sample["inside"].sum())
    near = int(out_of_sample["near"].sum()) if "near" in out_of_sample else hits
    lines.append("")
    lines.append(
        f"Out of sample: {hits} of {len(out_of_sample)} data rows inside the model's "
        f"10-90% band, {near} within the figure's sampling tolerance of it (about 5% of a "
        "rate, 1% of a labour force: the BPS figure is a survey estimate too); in-sample rows "
        "(the scenario was set from them, or its free parameters calibrated on them) are not "
        "counted."
    )
    if calibration is not None and calibration.fit is not None:
        values = ", ".join(f"{k} = {v:.4g}" for k, v in calibration.result.items())
        lines.append(
            f"Calibrated ({calibration.method.upper()}, {calibration.fit.runs} runs, "
            f"{calibration.fit.date}, distance {calibration.fit.distance:.3g}): {values}."
        )
    return "\n".join(lines)


def _fmt(x: float) -> str:
    return f"{x:,.0f}" if abs(x) >= 1000 else f"{x:,.2f}"


def figure(scenario: Any, table: pd.DataFrame, histories: list[np.ndarray], path: Path) -> Path:
    """Data points over the model's 10-90% band, one panel per indicator."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    panels = list(dict.fromkeys(table["indicator"])) if not table.empty else []
    fig, axes = plt.subplots(
        max(len(panels), 1), 1, figsize=(8, 2.8 * max(len(panels), 1)), squeeze=False
    )
    start, months = scenario.horizon.start, scenario.horizon.months
    dates = pd.to_datetime([month_date(start, k) for k in range(months + 1)])
    for ax, indicator in zip(axes[:, 0], panels, strict=False):
        how = INDICATORS[indicator]
        rows = table[table["indicator"] == indicator]
        k = int(rows["region_index"].iloc[0])
        series = np.stack([h[:, k, INDEX[how.metric]] for h in histories]) * how.scale
        t = dates[: series.shape[1]]
        ax.fill_between(
            t, *np.quantile(series, [0.1, 0.9], axis=0), alpha=0.3, label="model 10-90%"
        )
        ax.plot(t, np.median(series, axis=0), lw=1.5, label="model median")
        for sample, marker in ((True, "o"), (False, "D")):
            pick = rows[rows["in_sample"] == sample]
            ax.scatter(
                pd.to_datetime(pick["date"]),
                pick["data"],
                marker=marker,
                facecolors="none" if sample else "black",
                edgecolors="black",
                zorder=3,
                label="BPS (in-sample)" if sample else "BPS (out of sample)",
            )
        ax.set_title(f"{scenario.meta.name}: {indicator} ({rows['unit'].iloc[0]})")
        ax.legend(fontsize=8)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path
