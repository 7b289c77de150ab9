"""Report wording in English and Indonesian (every key in both)."""

from sim.analysis.wording_id import INDONESIAN
from sim.levers import LEVER_SPECS

TEXT: dict[str, dict[str, str]] = {
    "en": {
        "summary": "Summary",
        "no_baseline": "This experiment has no baseline scenario, so no differences, verdicts "
        "or costs per job are computed; what it shows is how the outcomes depend on the "
        "parameters varied (sensitivity, below).",
        "sensitivity_seed_share": "Seeds alone account for {share} of the variance of {metric} "
        "at the horizon (the spread between seeds at the same design point): indices below "
        "that share cannot be told from noise.",
        "sensitivity_one_seed": "One seed per design point: how much of the variance of "
        "{metric} is seed noise cannot be measured, and the indices may mostly measure it.",
        "sum_s1": "sum of S1 = {sum} > 1",
        "col_parameter": "Parameter",
        "col_measure": "Measure",
        "col_month": "When",
        "sensitivity_bad": "Warning: the indices of {metric} are not trustworthy ({what}); "
        "more design points or more seeds per point are needed.",
        "recommend": "Recommended on this evidence: {scenario}. It adds {jobs} jobs by {when} "
        "(95% interval {interval}) against the baseline, about {per_miliar} jobs per Rp 1 "
        "miliar of policy spending ({per_job} per job).",
        "cost_assumed_note": "Its cost per job rests on an assumed cost of {levers}: the "
        "lever table says what each cost rests on.",
        "recommend_none": "No scenario adds jobs beyond chance by {when}: every difference from "
        "the baseline lies within its interval's reach of zero or of the placebo's noise.",
        "creates_line": "{scenario}: {jobs} jobs by {when} (95% interval {interval}), "
        "{per_miliar} jobs per Rp 1 miliar.",
        "costs_line": "{scenario}: fewer jobs, {jobs} by {when} (95% interval {interval}).",
        "inconclusive_line": "{scenario}: inconclusive, {jobs} jobs by {when} "
        "(95% interval {interval}, which includes zero or stays within the noise floor).{settle}",
        "settle": " About {needed} paired seeds would settle it (this experiment has {seeds}).",
        "settle_never": " No number of seeds would settle it: the mean effect is within the noise.",
        "col_needed": "Seeds to settle it",
        "budget_line": "Budget: {scenario} spends more than the industry budget (APBD) of "
        "{regions} in up to {years} budget years ({first} to {last}); at most {spent} in a "
        "year in {region}, {times} times its APBD line of {budget}.",
        "how_sure": "How sure: {seeds} paired seeds per scenario; a difference counts only "
        "when its whole 95% interval clears zero and the placebo's noise floor ({floor} jobs).",
        "how_sure_no_placebo": "How sure: {seeds} paired seeds per scenario; a difference "
        "counts only when its whole 95% interval clears zero (no placebo in this experiment, "
        "so no noise floor was measured).",
        "scenarios_heading": "The scenarios compared",
        "budget": "Budget",
        "budget_note": "Each lever's settings, the spending by the last month and when its cap "
        "was used up (median over seeds); then spending per budget year against the region's "
        "industry budget (APBD).",
        "col_rank": "Rank",
        "col_scenario": "Scenario",
        "col_description": "What it is",
        "col_levers": "Levers (start, strength, cap)",
        "col_verdict": "Verdict",
        "col_jobs": "Jobs vs baseline",
        "col_interval": "95% interval",
        "col_per_miliar": "Jobs per Rp 1 miliar",
        "col_per_job": "Cost per job",
        "col_spending": "Policy spending",
        "col_lever": "Lever",
        "col_size_basis": "Size of its effect",
        "size_evidence": "from trial evidence",
        "size_assumed": "assumed (no trial evidence)",
        "col_cost_basis": "Its cost",
        "cost_sourced": "from programme costs",
        "cost_lower bound": "a sourced lower bound",
        "cost_assumed": "assumed",
        "cost_transfer": "the money it transfers",
        "col_start": "Starts",
        "col_intensity": "Strength",
        "col_cap": "Cap",
        "col_spent": "Spent",
        "col_used_up": "Cap used up",
        "col_region": "Region",
        "col_year": "Budget year",
        "col_budget": "Industry budget (APBD)",
        "col_share": "Share of APBD",
        "col_over": "Over APBD",
        "col_metric": "Measure",
        "col_when": "When",
        "col_difference": "Difference",
        "col_floor": "Noise floor",
        "yes": "yes",
        "no": "no",
        "never": "not used up",
        "no_levers": "no lever",
        "unit_jobs": "jobs",
        "unit_pp": "percentage points",
        "fan_title": "{metric}: median and 10-90% band across seeds, each scenario (colour) "
        "over the baseline (grey)",
        "difference_title": "{metric}: difference from the baseline, paired by seed, 95% interval",
        "noise_band": "noise floor (placebo)",
        "axis_time": "Time",
        "axis_partnerships": "partnerships (real)",
        "kinds_title": "Active partnerships by kind: {scenario} (median across seeds)",
        "formed": "formed",
        "endings_title": "Partnerships formed and ended, by reason (whole run, median across "
        "seeds)",
        "distribution_title": "{metric}, {when}: one point per seed",
        "network_title": "Partnership network: {scenario}, seed {run}, {when} ({edges} "
        "partnerships; nodes coloured by region)",
        "sobol_s1": "first order (S1)",
        "sobol_st": "total (ST)",
        "sobol_axis": "Sobol index (0..1)",
        "axis_month": "Month",
        "axis_difference": "difference ({unit})",
        "title": "Kemitraan experiment report",
        "run": "What was run",
        "headline": "Headline comparison",
        "headline_note": "Jobs are the difference in employment from the baseline at "
        "{horizon}, paired by seed, with a 95% bootstrap interval. The verdict is 'creates "
        "jobs' only when the whole interval lies above zero and above the placebo's noise "
        "floor ('costs jobs' when wholly below); otherwise 'inconclusive', and then no cost "
        "per job or jobs per Rp 1 miliar is shown. Scenarios that create jobs are ranked by "
        "jobs per Rp 1 miliar of policy spending; the others follow, unranked.",
        "verdict_creates jobs": "creates jobs",
        "verdict_costs jobs": "costs jobs",
        "verdict_inconclusive": "inconclusive",
        "figures": "Figures",
        "tables": "Differences from the baseline",
        "provinces": "By province",
        "provinces_note": "Jobs against the baseline summed over each province's regions, "
        "paired by seed, with a 95% bootstrap interval.",
        "col_province": "Province",
        "sensitivity": "Sensitivity (Sobol or Morris indices)",
        "sensitivity_none": "This experiment has no Sobol or Morris design; run one such as "
        "scenarios/experiments/sensitivity_sobol.yaml.",
        "discovery": "Scenario discovery",
        "discovery_note": "Parameter ranges where unemployment at the horizon is below its "
        "median over all runs ({target:.3g}%), from a decision tree.",
        "discovery_none": "No design parameters were varied in this experiment.",
        "caveats": "Caveats",
        "caveat_seeds": "{seeds} seeds per scenario (base seed {base_seed}); run k of every "
        "scenario shares its random numbers, so differences are paired.",
        "caveat_band": "Bands show the median and the 10-90% range across seeds: the spread "
        "of possible histories, not a forecast interval.",
        "caveat_model": "The modelled IKM are a small part of each region's economy; read "
        "changes against the baseline, not levels. Parameters are documented "
        "defaults and assumptions (kemitraan params), not estimates.",
        "experiment": "Experiment",
        "scenarios": "Scenarios",
        "seeds": "Seeds",
        "engine": "Engine",
        "engine_in-process": "one process",
        "engine_process-pool": "a pool of processes",
        "engine_dask": "Dask cluster",
        "base": "base",
        "versions": "Versions",
        "commit": "Git commit",
        "when": "Run",
    },
    "id": INDONESIAN,
}


SCENARIO_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "baseline": "Baseline (no lever)",
        "placebo": "Placebo (a lever too weak to matter)",
        "combined": "All levers together",
    },
    "id": {
        "baseline": "Skenario dasar (tanpa instrumen)",
        "placebo": "Plasebo (instrumen terlalu lemah untuk berpengaruh)",
        "combined": "Semua instrumen sekaligus",
    },
}


for _name, _lever in LEVER_SPECS.items():  # each lever brings its own name
    for _lang in ("en", "id"):
        SCENARIO_LABELS[_lang][_name] = _lever.label[_lang]


def size_basis(lever: str, lang: str) -> str:
    """Whether a lever's size rests on trial evidence or is assumed, in words."""
    spec = LEVER_SPECS.get(lever)
    if spec is None:
        return ""
    return TEXT[lang]["size_evidence" if spec.evidence == "evidence" else "size_assumed"]


def cost_basis(lever: str, lang: str) -> str:
    """What a lever's cost rests on (sourced, a lower bound, assumed, the transfer), in words."""
    spec = LEVER_SPECS.get(lever)
    return "" if spec is None else TEXT[lang][f"cost_{spec.cost_basis}"]


def scenario_label(name: str, lang: str) -> str:
    """A scenario's or lever's name in the language (its file name if unknown)."""
    return SCENARIO_LABELS[lang].get(name, name)
