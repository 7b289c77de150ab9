"""What a trainer takes home from the app: the run's data as CSV, its charts as one PNG."""

import io

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from sim.analysis.units import readable
from sim.app.workshop import GAP_METRIC, Workshop
from sim.core.calendar import month_date
from sim.metrics import METRIC

EXPORTED = (  # metrics in the CSV, by month, with and without the levers
    "firm_employment",
    "unemployment_rate",
    "pdrb",
    "mean_trust",
    "partnerships_active",
    "policy_spending",
)
PANELS = (("firm_employment", "employment"), ("unemployment_rate", "unemployment"))
FIGURE_INCHES = (11.0, 7.5)
DPI = 120
LEVER_COLOUR, BASELINE_COLOUR = "#1f77b4", "#4d4d4d"


def handout_table(workshop: Workshop) -> pd.DataFrame:
    """month, (date,) metric, with_levers, without_levers; jobs also get the gap's range.

    `gap_low`/`gap_high` are the lowest and highest jobs gap over the simulations compared
    (`simulations`, 1 before "Compare"); empty for the other metrics.
    """
    months = np.arange(workshop.month + 1)
    frames = []
    for metric in EXPORTED:
        with_levers, baseline = workshop.series(metric)
        frame = pd.DataFrame(
            {
                "month": months,
                "metric": metric,
                "with_levers": with_levers,
                "without_levers": baseline,
            }
        )
        if metric == GAP_METRIC:
            gaps = workshop.gaps()
            frame["gap_low"], frame["gap_high"] = gaps.min(axis=0), gaps.max(axis=0)
            frame["simulations"] = workshop.simulations
        frames.append(frame)
    table = pd.concat(frames, ignore_index=True)
    start = workshop.model.start
    if start is not None:
        table.insert(1, "date", [month_date(start, int(m)) for m in table["month"]])
    return table


CSV_COLUMNS = {  # the handout's column names in each language
    "en": {
        "month": "month",
        "date": "date",
        "metric": "measure",
        "with_levers": "with levers",
        "without_levers": "without levers",
        "gap_low": "jobs gap, lowest",
        "gap_high": "jobs gap, highest",
        "simulations": "simulations compared",
    },
    "id": {
        "month": "bulan",
        "date": "tanggal",
        "metric": "ukuran",
        "with_levers": "dengan kebijakan",
        "without_levers": "tanpa kebijakan",
        "gap_low": "selisih lapangan kerja, terendah",
        "gap_high": "selisih lapangan kerja, tertinggi",
        "simulations": "simulasi dibandingkan",
    },
}
CSV_DECIMALS = 2  # persons, rupiah and rates alike: enough for a handout, no float noise


def handout_csv(workshop: Workshop, lang: str = "en") -> bytes:
    """The handout table as CSV in the language: its column and measure names, rounded.

    UTF-8 and dot decimals (spreadsheets in any language read them).
    """
    table = handout_table(workshop).round(CSV_DECIMALS)
    table["metric"] = [
        METRIC[m].label_id if lang == "id" else METRIC[m].label_en for m in table["metric"]
    ]
    return table.rename(columns=CSV_COLUMNS[lang]).to_csv(index=False).encode()


def handout_png(workshop: Workshop, text: dict[str, str], lang: str) -> bytes:
    """Jobs, unemployment and the jobs gap (with its range over seeds) as one PNG."""
    figure = Figure(figsize=FIGURE_INCHES, dpi=DPI, layout="constrained")
    axes = figure.subplots(1, 3)
    months = np.arange(workshop.month + 1)
    for ax, (metric, key) in zip(axes, PANELS, strict=False):
        divisor, _ = readable(metric, lang)
        with_levers, baseline = workshop.series(metric)
        ax.plot(months, baseline / divisor, "--", color=BASELINE_COLOUR, label=text["baseline"])
        ax.plot(months, with_levers / divisor, color=LEVER_COLOUR, lw=2, label=text["with_levers"])
        ax.set_title(text[key])
    gaps, ax = workshop.gaps(), axes[-1]
    if len(gaps) > 1:
        band = text["gap_band"].format(n=len(gaps))
        ax.fill_between(months, gaps.min(axis=0), gaps.max(axis=0), alpha=0.25, label=band)
    ax.plot(months, gaps[0], color=LEVER_COLOUR, lw=2, label=text["gap_this"])
    ax.axhline(0.0, color="black", lw=1)
    ax.set_title(text["gap"])
    for ax in axes:
        ax.set_xlabel(text["month"])
        ax.legend(fontsize="small")
    if lang == "id":  # 80.000 and 0,6 on the axes
        for ax in axes:
            ax.yaxis.set_major_formatter(_indonesian)
    figure.suptitle(workshop.path.name)
    out = io.BytesIO()
    figure.savefig(out, format="png")
    return out.getvalue()


def _indonesian(value: float, _position: int) -> str:
    from sim.analysis.numbers import number

    return number(value, "id", 0 if abs(value) >= 10 or value == int(value) else 1)
