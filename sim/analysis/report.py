"""One self-contained HTML report (figures embedded, works offline) and a Markdown twin."""

import base64
import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

from sim.analysis import figures
from sim.analysis.apbd import budget_years, lever_table, write_budget
from sim.analysis.briefing import (
    budget_year_table,
    common_start,
    differences_table,
    headline_table,
    lever_budget_table,
    scenario_name,
    scenarios_table,
    summary,
)
from sim.analysis.compare import Comparison, compare
from sim.analysis.discovery import boxes_table, discover
from sim.analysis.numbers import when
from sim.analysis.provinces import province_table
from sim.analysis.sensitivity import design_indices, sensitivity_section
from sim.analysis.wording import TEXT
from sim.experiments.results import Results, load_results
from sim.metrics import TOTAL


class Lead(str):
    """The sentence a reader must see first (drawn in bold, set apart)."""


FAN_METRICS = ("employment", "firm_employment", "unemployment_rate", "pdrb")


def write_report(
    folder: str | Path,
    lang: str = "en",
    baseline: str | None = None,
    say: Callable[[str], None] = lambda _: None,
) -> list[Path]:
    """Compare, draw and write `analysis/report.<lang>.html` and `.md` in `folder`.

    The comparison `kemitraan compare` wrote is reused when it is of the same results and
    baseline; an experiment without the baseline (a sensitivity study) gets a report of its
    scenarios, sensitivity and caveats.
    """
    if lang not in TEXT:
        raise ValueError(f"language {lang!r}: allowed: {sorted(TEXT)}")
    t = TEXT[lang]
    results = load_results(folder)
    out = results.folder / "analysis"
    manifest = results.manifest
    start = common_start(manifest)
    names = set(results.trajectories["scenario"])
    if baseline is None:  # the default: what `compare` used, else a scenario named "baseline"
        recorded = Comparison.recorded_baseline(out, results)
        baseline = recorded or ("baseline" if "baseline" in names else None)
    comparison = None
    if baseline is not None:  # one asked for by name must exist (compare says so)
        say(f"comparing with {baseline!r} ...")
        comparison = Comparison.cached(out, results, baseline) or compare(results, baseline)
        comparison.write(out, results)
    levers, years = lever_table(results), budget_years(results)
    write_budget(results, out)
    say("drawing figures ...")
    shown = _figures(results, comparison, out, lang, start)
    sections: list[tuple] = [
        (
            t["summary"],
            _lead(summary(comparison, years, manifest, lang)) if comparison else [t["no_baseline"]],
        ),
        (t["scenarios_heading"], scenarios_table(manifest, lang)),
    ]
    if comparison is not None:
        sections.append(
            (
                t["headline"],
                headline_table(comparison, manifest, lang),
                t["headline_note"].format(horizon=when(comparison.horizons[-1], start, lang)),
            )
        )
    sections += [
        (
            t["budget"],
            [lever_budget_table(levers, manifest, lang), budget_year_table(years, manifest, lang)],
            t["budget_note"],
        ),
        (t["figures"], shown),
    ]
    if comparison is not None:
        sections.append((t["tables"], differences_table(comparison, manifest, lang)))
        provinces = province_table(results, comparison, lang)
        if provinces is not None:
            sections.append((t["provinces"], provinces, t["provinces_note"]))
    sections += [
        (t["sensitivity"], *sensitivity_section(results, lang)),
        (t["discovery"], *_discovery(results, t)),
        (
            t["caveats"],
            [
                t["caveat_seeds"].format(
                    seeds=manifest.get("seeds"), base_seed=manifest.get("base_seed")
                ),
                t["caveat_band"],
                t["caveat_model"],
            ],
        ),
        (t["run"], _run_table(results, t, lang)),
    ]
    title = f"{t['title']}: {manifest.get('experiment', {}).get('name', '')}"
    html_path, md_path = out / f"report.{lang}.html", out / f"report.{lang}.md"
    html_path.write_text(_html(title, sections, lang))
    md_path.write_text(_markdown(title, sections))
    return [html_path, md_path]


def _lead(lines: list[str]) -> list[str]:
    return [Lead(lines[0]), *lines[1:]] if lines else lines


def _figures(
    results: Results, comparison: Comparison | None, out: Path, lang: str, start: str | None
) -> list[tuple[str, Path]]:
    drawn = []
    if comparison is not None:
        drawn += [
            (f"panels_{m}", figures.fan_panels(comparison, m, lang, start)) for m in FAN_METRICS
        ]
        drawn += [
            (f"difference_{m}", figures.difference_chart(comparison, m, lang=lang, start=start))
            for m in ("employment", "pdrb")
        ]
        others = [s for s in comparison.bands["scenario"].unique() if s != comparison.baseline]
        if others:
            drawn.append(
                (
                    "partnerships_by_kind",
                    figures.partnerships_by_kind(comparison, str(others[0]), lang, start),
                )
            )
        drawn.append(
            (
                "employment_at_horizon",
                figures.horizon_distribution(
                    results, "employment", comparison.horizons[-1], lang, start
                ),
            )
        )
        if results.events is not None and others:
            drawn.append(
                (
                    "network",
                    figures.network_snapshot(
                        results, str(others[0]), 0, comparison.horizons[-1], lang, start
                    ),
                )
            )
    drawn.append(("endings_by_reason", figures.endings_by_reason(results, lang)))
    indices = design_indices(results)
    if indices is not None and "S1" in indices:
        drawn.append(("sobol_indices", figures.sensitivity_chart(indices, lang)))
    return [
        (name, figures.save(figures.in_language(fig, lang), out / "figures", name)[0])
        for name, fig in drawn
    ]


def _run_table(results: Results, t: dict[str, str], lang: str) -> pd.DataFrame:
    m = results.manifest
    exp = m.get("experiment", {})
    versions = ", ".join(f"{k} {v}" for k, v in m.get("versions", {}).items())
    rows = [
        (t["experiment"], f"{exp.get('name')}: {_in_language(exp.get('description'), lang)}"),
        (
            t["scenarios"],
            ", ".join(
                scenario_name(str(n), m, lang) for n in sorted(results.runs["scenario"].unique())
            ),
        ),
        (t["seeds"], f"{m.get('seeds')} ({m.get('seed_rule')}, {t['base']} {m.get('base_seed')})"),
        (t["engine"], f"{_engine(str(m.get('engine')), t)} x {m.get('workers')}"),
        (t["versions"], versions),
        (t["commit"], str(m.get("git_commit"))),
        (t["when"], f"{m.get('started')} - {m.get('ended')}"),
    ]
    return pd.DataFrame(rows, columns=["", " "])


def _in_language(text: Any, lang: str) -> str:
    """An experiment's description: its text in the language when it gives both."""
    if isinstance(text, dict):
        return str(text.get(lang) or text.get("en") or "")
    return "" if text is None else str(text)


def _engine(name: str, t: dict[str, str]) -> str:
    """The engine in words: one process, a pool of processes, or a Dask cluster."""
    kind, _, address = name.partition(":")
    return t.get(f"engine_{kind}", kind) + (f" {address}" if address else "")


def _discovery(results: Results, t: dict[str, str]) -> tuple:
    if not results.manifest.get("design_parameters"):
        return ([t["discovery_none"]],)
    traj = results.trajectories
    last = traj[(traj["metric"] == "unemployment_rate") & (traj["region"] == TOTAL)]
    target = float(last[last["month"] == last["month"].max()]["value"].median())
    boxes = discover(results, "unemployment_rate", target, below=True)
    return boxes_table(boxes), t["discovery_note"].format(target=target)


def _html(title: str, sections: list, lang: str) -> str:
    body = [f"<h1>{html.escape(title)}</h1>"]
    for heading, content, *note in sections:
        body.append(f"<h2>{html.escape(heading)}</h2>")
        if note:
            body.append(f"<p>{html.escape(note[0])}</p>")
        body.append(_html_content(content))
    style = (
        "body{font-family:sans-serif;max-width:1100px;margin:2em auto;color:#222}"
        "table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ccc;"
        "padding:3px 6px;text-align:left;vertical-align:top}img{max-width:100%}"
        "p.lead{background:#eef4fb;border-left:4px solid #1f77b4;padding:.7em 1em;"
        "font-size:1.05em}li{margin:.25em 0}"
    )
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title><style>{style}</style></head><body>"
        + "\n".join(body)
        + "</body></html>\n"
    )


def _html_content(content: pd.DataFrame | list) -> str:
    if isinstance(content, pd.DataFrame):
        return content.to_html(index=False, float_format=lambda v: f"{v:,.4g}", na_rep="")
    items, sentences = [], []
    for item in content:  # figures (name, png path), tables or sentences
        if isinstance(item, str) and not isinstance(item, Lead):
            sentences.append(f"<li>{html.escape(item)}</li>")
            continue
        if sentences:
            items.append(f"<ul>{''.join(sentences)}</ul>")
            sentences = []
        if isinstance(item, Lead):
            items.append(f"<p class='lead'><strong>{html.escape(item)}</strong></p>")
        elif isinstance(item, pd.DataFrame):
            items.append(_html_content(item))
        else:
            data = base64.b64encode(item[1].read_bytes()).decode()
            items.append(
                f"<figure><img alt='{item[0]}' src='data:image/png;base64,{data}'></figure>"
            )
    if sentences:
        items.append(f"<ul>{''.join(sentences)}</ul>")
    return "\n".join(items)


def _markdown(title: str, sections: list) -> str:
    lines = [f"# {title}", ""]
    for heading, content, *note in sections:
        lines += [f"## {heading}", ""] + ([note[0], ""] if note else [])
        if isinstance(content, pd.DataFrame):
            lines += [content.to_markdown(index=False, floatfmt=",.4g"), ""]
        else:
            for item in content:
                if isinstance(item, pd.DataFrame):
                    lines += [item.to_markdown(index=False), ""]
                    continue
                if isinstance(item, Lead):
                    lines += [f"**{item}**", ""]
                    continue
                lines += [
                    f"![{item[0]}](figures/{item[1].name})"
                    if isinstance(item, tuple)
                    else f"- {item}",
                    "",
                ]
    return "\n".join(lines)
