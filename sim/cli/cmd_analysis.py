"""`kemitraan compare` and `kemitraan report`: from a sweep (or two runs) to tables and a report."""

from pathlib import Path
from typing import Annotated, Any

import typer


def compare_command(
    folders: Annotated[
        list[Path],
        typer.Argument(
            help="A results folder written by `sweep`, or two folders written by `run` "
            "(baseline first, same seed)."
        ),
    ],
    baseline: Annotated[
        str | None,
        typer.Option(help="Scenario to compare with (default: baseline, or the first run)."),
    ] = None,
    horizons: Annotated[
        str | None,
        typer.Option(help="Months, comma-separated (default: 12,60,120, those the runs reach)."),
    ] = None,
    placebo: Annotated[
        str | None,
        typer.Option(
            help="Placebo (A/A) scenario of the experiment whose differences from the baseline "
            "are the noise floor (default: the scenario named 'placebo', if any)."
        ),
    ] = None,
) -> None:
    """Compare scenarios with the baseline: bands, paired differences, verdicts, cost per job.

    Tables (CSV, Markdown) and figures (PNG, SVG) go to FOLDER/analysis/ (for two runs, the
    second's). Every difference stands next to its noise floor, measured by the placebo.
    """
    from sim.analysis import figures
    from sim.analysis.apbd import budget_years, over_budget, write_budget
    from sim.analysis.compare import compare
    from sim.analysis.provinces import write_province_table
    from sim.cli.common import fail as _fail
    from sim.cli.common import write_failure as _write_failure
    from sim.experiments import ResultsError, load_results, load_run_pair

    if len(folders) > 2:
        _fail(["give one sweep folder, or two run folders (baseline first)"])
    try:
        if len(folders) == 2:
            results = load_run_pair(*folders)
            baseline = baseline or results.manifest["baseline"]
        else:
            results = load_results(folders[0])
        months = _months(horizons) if horizons else None
        names = set(results.trajectories["scenario"])
        if baseline is None and "baseline" not in names and len(folders) == 1:
            _bands_only(results)  # a sensitivity study: no baseline to difference against
            return
        typer.echo(f"comparing {results.folder} ...", err=True)
        comparison = compare(
            results, baseline=baseline or "baseline", horizons=months, placebo=placebo
        )
    except (ResultsError, ValueError) as err:
        _fail([str(err)])
    out = results.folder / "analysis"
    try:
        comparison.write(out, results if len(folders) == 1 else None)
        write_budget(results, out)
        by_province = write_province_table(
            results.trajectories, results.manifest, comparison.baseline, comparison.horizons, out
        )
        for metric in ("employment", "pdrb", "unemployment_rate", "partnerships_active"):
            figures.save(figures.fan_chart(comparison, metric), out / "figures", f"fan_{metric}")
            figures.save(
                figures.difference_chart(comparison, metric),
                out / "figures",
                f"difference_{metric}",
            )
    except OSError as err:
        _fail([_write_failure(err, "the results themselves are untouched")])
    typer.echo(_ranking_text(comparison.ranking, comparison.placebo))
    typer.echo(comparison.noise_note())
    typer.echo(_sizes_note(results))
    for row in over_budget(budget_years(results)).itertuples(index=False):
        typer.echo(
            f"budget: {row.scenario} spends more than {row.region}'s industry budget (APBD, "
            f"Rp {row.industry_budget_rupiah / 1e9:,.1f} miliar a year) in {row.years_over} "
            f"budget years ({row.first_year}-{row.last_year}), up to "
            f"Rp {row.max_spending_rupiah / 1e9:,.1f} miliar ({row.max_share:.1f}x)"
        )
    if by_province is not None:
        typer.echo(f"provinces: paired differences summed by province in {by_province}")
    typer.echo(f"tables and figures in {out}")


def report_command(
    folder: Annotated[Path, typer.Argument(help="A results folder written by `sweep`.")],
    lang: Annotated[str, typer.Option(help="Language: id or en.")] = "en",
    baseline: Annotated[
        str | None,
        typer.Option(help="Scenario to compare with (default: 'baseline' if there is one)."),
    ] = None,
) -> None:
    """Write FOLDER/analysis/report.<lang>.html (self-contained) and report.<lang>.md."""
    from sim.analysis.report import write_report
    from sim.cli.common import fail as _fail
    from sim.cli.common import write_failure as _write_failure
    from sim.experiments import ResultsError

    try:
        paths = write_report(
            folder, lang=lang, baseline=baseline, say=lambda m: typer.echo(m, err=True)
        )
    except (ResultsError, ValueError) as err:
        _fail([str(err)])
    except OSError as err:
        _fail([_write_failure(err, "the results themselves are untouched")])
    for path in paths:
        typer.echo(f"wrote {path}")


def _months(text: str) -> tuple[int, ...]:
    try:
        return tuple(int(h) for h in text.split(","))
    except ValueError:
        raise ValueError(
            f"--horizons {text!r}: allowed: whole months, comma-separated, e.g. 12,60,120"
        ) from None


def _sizes_note(results: Any) -> str:
    """Which of the experiment's levers have sizes from trial evidence, which are assumed."""
    from sim.levers import LEVER_SPECS

    used = sorted(
        {
            lever
            for spec in (results.manifest.get("scenarios") or {}).values()
            for lever in (spec.get("policies") or {})
            if lever in LEVER_SPECS
        }
    )
    if not used:
        return "levers: none"
    sized = [n for n in used if LEVER_SPECS[n].evidence == "evidence"]
    assumed = [n for n in used if LEVER_SPECS[n].evidence != "evidence"]
    costs = [n for n in used if LEVER_SPECS[n].cost_basis == "assumed"]
    return (
        f"lever sizes from trial evidence: {', '.join(sized) or 'none'}; "
        f"assumed (no trial evidence): {', '.join(assumed) or 'none'} (docs/evidence.md); "
        f"costs assumed: {', '.join(costs) or 'none'} (kemitraan params)"
    )


def _ranking_text(ranking: Any, placebo: str | None) -> str:
    """The ranking as a terminal table, readable at a glance.

    Blank where there is no rank, thousands separated, spending in Rp miliar, the placebo
    marked as the yardstick it is.
    """
    import pandas as pd

    def number(x: Any, digits: int = 0) -> str:
        return "-" if pd.isna(x) else f"{x:,.{digits}f}"

    rows = [
        {
            "rank": "" if pd.isna(r.rank) else str(r.rank),
            "scenario": f"{r.scenario} (placebo)" if r.scenario == placebo else str(r.scenario),
            "month": str(r.horizon),
            "verdict": str(r.verdict),
            "jobs created": number(r.jobs_created),
            "95% interval": f"{number(r.jobs_ci_low)} .. {number(r.jobs_ci_high)}",
            "jobs per Rp 1 miliar": number(r.jobs_per_rp_1_miliar, 1),
            "spending, Rp miliar": number(r.spending_rupiah / 1e9, 1),
            "seeds to settle it": (
                number(r.seeds_needed)
                if r.verdict == "inconclusive" and "seeds_needed" in ranking
                else ""
            ),
        }
        for r in ranking.itertuples(index=False)
    ]
    return pd.DataFrame(rows).to_markdown(index=False, stralign="right", disable_numparse=True)


def _bands_only(results: Any) -> None:
    """Write the bands of an experiment without a baseline, and say what else there is."""
    from sim.analysis.compare import bands_only
    from sim.cli.common import fail, write_failure

    out = results.folder / "analysis"
    try:
        out.mkdir(parents=True, exist_ok=True)
        bands_only(results).to_csv(out / "bands.csv", index=False)
    except OSError as err:
        fail([write_failure(err, "the results themselves are untouched")])
    scenarios = sorted(set(results.trajectories["scenario"]))
    typer.echo(
        f"{results.folder}: no scenario named 'baseline' (scenarios: {', '.join(scenarios)}), "
        f"so no differences or verdicts: wrote the bands of every scenario to {out / 'bands.csv'}. "
        "Compare against one of them with --baseline NAME; for a sensitivity study, "
        "`kemitraan report FOLDER` adds the sensitivity indices."
    )
