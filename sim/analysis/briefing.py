"""The report's words and tables for a reader: what to recommend and how sure, in her language.

Pure functions of a comparison, the budget tables and the results manifest; every number is
formatted with its unit and the language's separators, every scenario named in words.
"""

from typing import Any

import numpy as np
import pandas as pd

from sim.analysis.apbd import over_budget
from sim.analysis.compare import Comparison
from sim.analysis.numbers import interval, number, rupiah, signed, strength, when
from sim.analysis.wording import TEXT, cost_basis, scenario_label, size_basis
from sim.levers import LEVER_SPECS
from sim.metrics import METRIC, TOTAL

# measures of the difference table: metric, how its difference is written
DIFFERENCE_METRICS: tuple[str, ...] = (
    *("employment", "firm_employment", "unemployment_rate", "pdrb"),
    *("partnerships_active", "policy_spending"),
)


def common_start(manifest: dict[str, Any]) -> str | None:
    """The calendar month of month 0 when every scenario is dated alike, else None."""
    starts = {s.get("start") for s in (manifest.get("scenarios") or {}).values()}
    return starts.pop() if len(starts) == 1 else None


def scenario_name(name: str, manifest: dict[str, Any], lang: str) -> str:
    """A scenario as the reader knows it: its title in her language, else its known label."""
    title = ((manifest.get("scenarios") or {}).get(name) or {}).get("title")
    if isinstance(title, dict) and isinstance(title.get(lang), str) and title[lang]:
        return str(title[lang])
    return scenario_label(name, lang)


def summary(
    comparison: Comparison, years: pd.DataFrame, manifest: dict[str, Any], lang: str
) -> list[str]:
    """The executive summary: a recommendation, each scenario's verdict, budget flags, how sure."""
    t, start = TEXT[lang], common_start(manifest)
    horizon = comparison.horizons[-1]
    at = when(horizon, start, lang)
    ranking = comparison.ranking
    lines = []
    creates = ranking[ranking["verdict"] == "creates jobs"]
    if len(creates):
        best = creates.iloc[0]
        line = t["recommend"].format(**_fields(best, manifest, lang, at))
        assumed = _assumed_costs(str(best["scenario"]), manifest, lang)
        lines.append(f"{line} {t['cost_assumed_note'].format(levers=assumed)}" if assumed else line)
    else:
        lines.append(t["recommend_none"].format(when=at))
    for row in ranking.itertuples(index=False):
        if len(creates) and row.scenario == creates.iloc[0]["scenario"]:
            continue
        key = {"creates jobs": "creates_line", "costs jobs": "costs_line"}.get(
            row.verdict, "inconclusive_line"
        )
        lines.append(t[key].format(**_fields(pd.Series(row._asdict()), manifest, lang, at)))
    over = over_budget(years)
    for scenario, rows in over.groupby("scenario", sort=False, observed=True):
        top = rows.loc[rows["max_share"].idxmax()]
        lines.append(
            t["budget_line"].format(
                scenario=scenario_name(str(scenario), manifest, lang),
                regions=", ".join(map(str, rows["region"])),
                years=int(rows["years_over"].max()),
                first=_year(int(rows["first_year"].min()), start, lang),
                last=_year(int(rows["last_year"].max()), start, lang),
                spent=rupiah(top["max_spending_rupiah"], lang),
                region=top["region"],
                times=number(top["max_share"], lang, 1),
                budget=rupiah(top["industry_budget_rupiah"], lang),
            )
        )
    seeds = manifest.get("seeds", "?")
    floor = ranking["jobs_noise_floor"].dropna()
    if comparison.placebo is not None and len(floor):
        lines.append(t["how_sure"].format(seeds=seeds, floor=number(floor.max(), lang)))
    else:
        lines.append(t["how_sure_no_placebo"].format(seeds=seeds))
    return lines


def _assumed_costs(scenario: str, manifest: dict[str, Any], lang: str) -> str:
    """The scenario's levers whose cost is an assumption, named in words ("" when none)."""
    policies = ((manifest.get("scenarios") or {}).get(scenario) or {}).get("policies") or {}
    assumed = [n for n in policies if n in LEVER_SPECS and LEVER_SPECS[n].cost_basis == "assumed"]
    return ", ".join(scenario_label(n, lang) for n in assumed)


def _fields(row: pd.Series, manifest: dict[str, Any], lang: str, at: str) -> dict[str, str]:
    return {
        "scenario": scenario_name(str(row["scenario"]), manifest, lang),
        "settle": _settle(row.get("seeds_needed"), manifest.get("seeds", "?"), lang),
        "jobs": signed(row["jobs_created"], lang),
        "interval": interval(row["jobs_ci_low"], row["jobs_ci_high"], lang),
        "per_miliar": number(row["jobs_per_rp_1_miliar"], lang, 1),
        "per_job": rupiah(row["rupiah_per_job"], lang),
        "when": at,
    }


def _settle(needed: Any, seeds: Any, lang: str) -> str:
    """How many paired seeds would settle an inconclusive comparison, in a sentence."""
    t = TEXT[lang]
    if needed is None or pd.isna(needed):
        return t["settle_never"]
    return t["settle"].format(needed=number(float(needed), lang), seeds=seeds)


def _year(year: int, start: str | None, lang: str) -> str:
    if start is not None:
        return str(year)
    return f"tahun ke-{year}" if lang == "id" else f"year {year}"


def scenarios_table(manifest: dict[str, Any], lang: str) -> pd.DataFrame:
    """Each scenario in words: its description and its levers (start, strength, cap)."""
    t, start = TEXT[lang], common_start(manifest)
    rows = []
    for name, s in (manifest.get("scenarios") or {}).items():
        levers = [
            f"{scenario_label(lever, lang)} ({when(spec.get('start', 1), start, lang)}, "
            f"{strength(spec.get('intensity'), lang)}, {rupiah(spec.get('budget'), lang)})"
            for lever, spec in (s.get("policies") or {}).items()
            if (spec.get("intensity") or 0) > 0  # a lever at strength 0 is not in force
        ]
        description = (s.get("description") or {}).get(lang, "")
        rows.append(
            {
                t["col_scenario"]: scenario_name(name, manifest, lang),
                t["col_description"]: description,
                t["col_levers"]: "; ".join(levers) or t["no_levers"],
            }
        )
    return pd.DataFrame(rows)


def headline_table(comparison: Comparison, manifest: dict[str, Any], lang: str) -> pd.DataFrame:
    """The ranking in words and units: verdict, jobs and interval, per miliar, cost per job.

    And the paired seeds an inconclusive comparison would need to be settled.
    """
    t = TEXT[lang]
    rows = []
    for r in comparison.ranking.itertuples(index=False):
        rows.append(
            {
                t["col_rank"]: "" if pd.isna(r.rank) else str(r.rank),
                t["col_scenario"]: scenario_name(str(r.scenario), manifest, lang),
                t["col_verdict"]: t[f"verdict_{r.verdict}"],
                t["col_jobs"]: signed(r.jobs_created, lang),
                t["col_interval"]: interval(r.jobs_ci_low, r.jobs_ci_high, lang),
                t["col_per_miliar"]: number(r.jobs_per_rp_1_miliar, lang, 1),
                t["col_per_job"]: rupiah(r.rupiah_per_job, lang),
                t["col_spending"]: rupiah(r.spending_rupiah, lang),
                t["col_needed"]: number(r.seeds_needed, lang)
                if r.verdict == "inconclusive"
                else "",
            }
        )
    return pd.DataFrame(rows)


def lever_budget_table(levers: pd.DataFrame, manifest: dict[str, Any], lang: str) -> pd.DataFrame:
    """Each lever's start, strength, cap, spending and when the cap ran out, in words."""
    t, start = TEXT[lang], common_start(manifest)
    rows = []
    for r in levers.itertuples(index=False):
        used = (
            when(int(r.cap_used_up_month), start, lang)
            if not np.isnan(r.cap_used_up_month)
            else t["never"]
        )
        rows.append(
            {
                t["col_scenario"]: scenario_name(str(r.scenario), manifest, lang),
                t["col_lever"]: scenario_label(str(r.lever), lang),
                t["col_size_basis"]: size_basis(str(r.lever), lang),
                t["col_cost_basis"]: cost_basis(str(r.lever), lang),
                t["col_start"]: when(int(r.start_month or 1), start, lang),
                t["col_intensity"]: strength(r.intensity, lang),
                t["col_cap"]: rupiah(r.cap_rupiah, lang),
                t["col_spent"]: rupiah(r.spent_rupiah, lang),
                t["col_used_up"]: used,
            }
        )
    return pd.DataFrame(rows)


def budget_year_table(years: pd.DataFrame, manifest: dict[str, Any], lang: str) -> pd.DataFrame:
    """Spending per region and budget year against the industry budget, flagged when over."""
    t, start = TEXT[lang], common_start(manifest)
    rows = []
    for r in years.itertuples(index=False):
        rows.append(
            {
                t["col_scenario"]: scenario_name(str(r.scenario), manifest, lang),
                t["col_region"]: r.region,
                t["col_year"]: _year(int(r.budget_year), start, lang),
                t["col_spending"]: rupiah(r.spending_rupiah, lang),
                t["col_budget"]: rupiah(r.industry_budget_rupiah, lang),
                t["col_share"]: f"{number(100 * r.share_of_industry_budget, lang)}%",
                t["col_over"]: t["yes"] if r.exceeds else t["no"],
            }
        )
    return pd.DataFrame(rows)


def differences_table(comparison: Comparison, manifest: dict[str, Any], lang: str) -> pd.DataFrame:
    """Key differences from the baseline for all regions, each with its unit.

    Rows that are exactly zero (before any lever starts) are left out.
    """
    t, start = TEXT[lang], common_start(manifest)
    d = comparison.differences
    d = d[(d["region"] == TOTAL) & d["metric"].isin(DIFFERENCE_METRICS)]
    d = d[~((d["mean"] == 0) & (d["ci_low"].fillna(0) == 0) & (d["ci_high"].fillna(0) == 0))]
    rows = []
    for r in d.itertuples(index=False):
        m = METRIC[str(r.metric)]
        label = m.label_id if lang == "id" else m.label_en
        fmt, unit = _difference_format(str(r.metric), lang)
        rows.append(
            {
                t["col_scenario"]: scenario_name(str(r.scenario), manifest, lang),
                t["col_metric"]: f"{label} ({unit})",
                t["col_when"]: when(int(r.horizon), start, lang),
                t["col_difference"]: fmt(r.mean),
                t["col_interval"]: f"{fmt(r.ci_low)} … {fmt(r.ci_high)}"
                if not np.isnan(r.ci_low)
                else "–",
                t["col_floor"]: fmt(r.noise_floor) if not np.isnan(r.noise_floor) else "–",
            }
        )
    return pd.DataFrame(rows)


def _difference_format(metric: str, lang: str) -> tuple[Any, str]:
    t = TEXT[lang]
    if metric == "unemployment_rate":
        return (lambda v: signed(v, lang, 2)), t["unit_pp"]
    if metric in ("pdrb", "policy_spending"):
        per = "per tahun" if lang == "id" else "a year"
        unit = (
            f"Rp, {per}" if metric == "pdrb" else ("Rp per bulan" if lang == "id" else "Rp a month")
        )
        return (lambda v: _signed_rupiah(v, lang)), unit
    if metric in ("employment", "firm_employment"):
        return (lambda v: signed(v, lang)), t["unit_jobs"]
    return (lambda v: signed(v, lang)), METRIC[metric].unit.split(" ")[0]


def _signed_rupiah(value: float, lang: str) -> str:
    if np.isnan(value):
        return "–"
    text = rupiah(abs(value), lang)
    return f"+{text}" if value > 0 else (f"−{text}" if value < 0 else text)
