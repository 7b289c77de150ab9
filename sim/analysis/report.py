"""One self-contained HTML report (figures embedded, works offline) and a Markdown twin."""

import base64
import html
from pathlib import Path

import pandas as pd

from sim.analysis import figures
from sim.analysis.compare import Comparison, compare
from sim.analysis.discovery import boxes_table, discover
from sim.analysis.sensitivity import morris_indices, sobol_indices
from sim.analysis.texts import TEXT
from sim.experiments.results import Results, load_results
from sim.metrics import TOTAL

FAN_METRICS = ("employment", "unemployment_rate", "pdrb", "partnerships_active")
KEY_METRICS = ("employment", "unemployment_rate", "pdrb", "partnerships_active", "policy_spending")


def write_report(folder: str | Path, lang: str = "en", baseline: str = "baseline") -> list[Path]:
    """Compare, draw and write `analysis/report.html` and `analysis/report.md` in `folder`."""
    if lang not in TEXT:
        raise ValueError(f"language {lang!r}: allowed: {sorted(TEXT)}")
    t = TEXT[lang]
    results = load_results(folder)
    out = results.folder / "analysis"
    comparison = compare(results, baseline=baseline)
    comparison.write(out)
    shown = _figures(results, comparison, out)
    sections = [
        (t["run"], _run_table(results, t)),
        (
            t["headline"],
            comparison.ranking.assign(
                verdict=comparison.ranking["verdict"].map(lambda v: t[f"verdict_{v}"])
            ),
            t["headline_note"].format(horizon=comparison.horizons[-1]),
        ),
        (t["figures"], shown),
        (t["tables"], _key_differences(comparison.differences)),
        (t["sensitivity"], _sensitivity(results, t)),
        (t["discovery"], *_discovery(results, t)),
        (
            t["caveats"],
            [
                t["caveat_seeds"].format(
                    seeds=results.manifest.get("seeds"), base_seed=results.manifest.get("base_seed")
                ),
                t["caveat_band"],
                t["caveat_model"],
            ],
        ),
    ]
    title = f"{t['title']}: {results.manifest.get('experiment', {}).get('name', '')}"
    html_path, md_path = out / f"report.{lang}.html", out / f"report.{lang}.md"
    html_path.write_text(_html(title, sections, lang))
    md_path.write_text(_markdown(title, sections))
    return [html_path, md_path]


def _figures(results: Results, comparison: Comparison, out: Path) -> list[tuple[str, Path]]:
    drawn = [(f"fan_{m}", figures.fan_chart(comparison, m)) for m in FAN_METRICS]
    drawn += [
        (f"difference_{m}", figures.difference_chart(comparison, m)) for m in ("employment", "pdrb")
    ]
    others = [s for s in comparison.bands["scenario"].unique() if s != comparison.baseline]
    if others:
        drawn.append(
            ("partnerships_by_kind", figures.partnerships_by_kind(comparison, str(others[0])))
        )
    drawn.append(("endings_by_reason", figures.endings_by_reason(results)))
    drawn.append(
        (
            "employment_at_horizon",
            figures.horizon_distribution(results, "employment", comparison.horizons[-1]),
        )
    )
    sensitivity = _sensitivity(results, TEXT["en"])
    if isinstance(sensitivity, pd.DataFrame) and "S1" in sensitivity:
        drawn.append(("sobol_indices", figures.sensitivity_chart(sensitivity)))
    if results.events is not None and others:
        drawn.append(
            (
                "network",
                figures.network_snapshot(results, str(others[0]), 0, comparison.horizons[-1]),
            )
        )
    return [(name, figures.save(fig, out / "figures", name)[0]) for name, fig in drawn]


def _key_differences(differences: pd.DataFrame) -> pd.DataFrame:
    keep = (differences["region"] == TOTAL) & differences["metric"].isin(KEY_METRICS)
    return differences[keep].reset_index(drop=True)


def _run_table(results: Results, t: dict[str, str]) -> pd.DataFrame:
    m = results.manifest
    exp = m.get("experiment", {})
    versions = ", ".join(f"{k} {v}" for k, v in m.get("versions", {}).items())
    rows = [
        (t["experiment"], f"{exp.get('name')}: {exp.get('description', '')}"),
        (t["scenarios"], ", ".join(sorted(results.runs["scenario"].unique()))),
        (t["seeds"], f"{m.get('seeds')} ({m.get('seed_rule')}, base {m.get('base_seed')})"),
        (t["engine"], f"{m.get('engine')} x {m.get('workers')}"),
        (t["versions"], versions),
        (t["commit"], str(m.get("git_commit"))),
        (t["when"], f"{m.get('started')} - {m.get('ended')}"),
    ]
    return pd.DataFrame(rows, columns=["", " "])


def _sensitivity(results: Results, t: dict[str, str]) -> pd.DataFrame | list[str]:
    kind = results.manifest.get("experiment", {}).get("design", {}).get("kind")
    indices = {"sobol": sobol_indices, "morris": morris_indices}.get(str(kind))
    if indices is None:
        return [t["sensitivity_none"]]
    return pd.concat(
        [indices(results, metric) for metric in ("employment", "partnerships_active", "pdrb")],
        ignore_index=True,
    )


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
        "padding:3px 6px;text-align:right}img{max-width:100%}"
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
    items = []
    for item in content:  # figures (name, png path) or sentences
        if isinstance(item, tuple):
            data = base64.b64encode(item[1].read_bytes()).decode()
            items.append(
                f"<figure><img alt='{item[0]}' src='data:image/png;base64,{data}'></figure>"
            )
        else:
            items.append(f"<p>{html.escape(str(item))}</p>")
    return "\n".join(items)


def _markdown(title: str, sections: list) -> str:
    lines = [f"# {title}", ""]
    for heading, content, *note in sections:
        lines += [f"## {heading}", ""] + ([note[0], ""] if note else [])
        if isinstance(content, pd.DataFrame):
            lines += [content.to_markdown(index=False, floatfmt=",.4g"), ""]
        else:
            for item in content:
                lines += [
                    f"![{item[0]}](figures/{item[1].name})"
                    if isinstance(item, tuple)
                    else f"- {item}",
                    "",
                ]
    return "\n".join(lines)
