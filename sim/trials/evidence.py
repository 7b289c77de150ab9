"""Every lever's virtual trial beside the published evidence (data/evidence.csv).

A row of the evidence table is checked when it names a lever, an outcome, the comparison
(itt, spillover, aggregate) and a horizon the trial measures, and gives a range: the verdict
is "inside" or "outside" the published range for the trial's mean effect. A row with a point
estimate and no range is shown beside the model's ("no interval"); a lever with no numeric
row is "assumed".
"""

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from sim.levers import LEVER_NAMES, LEVER_SPECS
from sim.trials.assignment import TrialDesign
from sim.trials.run import Trial, run_trial

EVIDENCE_CSV = Path(__file__).resolve().parents[2] / "data" / "evidence.csv"

# How each lever with trial evidence is trialled: its evidence is about this part of it
TRIAL_OVERRIDES: dict[str, tuple[str, ...]] = {
    "training": (),
    # de Mel et al. gave grants, nothing else: no partnership co-finance in the trial
    "grant": ("policies.grant.cost_share=0", "policies.grant.per_partnership=0"),
    "permit_reform": (),
    # Cai & Szeidl's groups met monthly for one year, then stopped
    "business_forum": ("policies.business_forum.end=12",),
}


@dataclass(frozen=True)
class EvidenceRun:
    """The size of the trials behind the verdicts."""

    scenario: str = "scenarios/baseline.yaml"
    seeds: int = 8
    share: float = 0.5
    overrides: tuple[str, ...] = ()


def load_evidence(path: Path = EVIDENCE_CSV) -> pd.DataFrame:
    """The evidence table, checked: every lever it names exists (or is a mechanism)."""
    if not path.exists():
        raise FileNotFoundError(f"{path}: the evidence table is missing")
    table = pd.read_csv(path)
    for column in (
        "id",
        "lever",
        "outcome",
        "comparison",
        "horizon_months",
        "effect",
        "low",
        "high",
    ):
        if column not in table:
            raise ValueError(f"{path}: column {column!r} is missing")
    return table


def checked_rows(table: pd.DataFrame, lever: str) -> pd.DataFrame:
    """The rows of a lever that a trial can be set beside (outcome, comparison, horizon, effect)."""
    rows = table[(table["lever"] == lever) & table["effect"].notna()]
    return rows[rows["comparison"].notna() & rows["horizon_months"].notna()]


def lever_trials(run: EvidenceRun, table: pd.DataFrame) -> dict[str, Trial]:
    """The trial of every lever with a checkable evidence row, at the rows' horizons."""
    trials = {}
    for lever, overrides in TRIAL_OVERRIDES.items():
        rows = checked_rows(table, lever)
        if rows.empty:
            continue
        horizons = tuple(sorted({int(h) for h in rows["horizon_months"]}))
        design = TrialDesign(
            run.scenario,
            lever,
            share=run.share,
            seeds=run.seeds,
            horizons=horizons,
            overrides=(*run.overrides, *overrides),
        )
        trials[lever] = run_trial(design)
    return trials


MECHANISM = "strategic_partnership"  # evidence on a mechanism, not a lever: an event study
LINKAGE_SEEDS_PER_SEED = 16  # the event study's seeds per trial seed (few firms link a seed)


def linkage_verdicts(table: pd.DataFrame, run: EvidenceRun) -> pd.DataFrame:
    """The supplier-linkage rows against the model's event study (`sim.trials.linkage`).

    A seed has only two or three IKM whose first link to a large firm falls in the cohort, so
    the study runs `LINKAGE_SEEDS_PER_SEED` times the trials' seeds (a seed's run is short).
    """
    from sim.trials.linkage import LinkageStudy, supplier_effect

    rows = checked_rows(table, MECHANISM)
    out = []
    for _, row in rows.iterrows():
        study = LinkageStudy(
            run.scenario, LINKAGE_SEEDS_PER_SEED * run.seeds, horizon=int(row["horizon_months"])
        )
        found = supplier_effect(study)
        model = pd.Series({"effect": found["effect"], "low": found["low"], "high": found["high"]})
        out.append(_judged(MECHANISM, "evidence", row, model))
    return pd.DataFrame(out)


def verdicts(table: pd.DataFrame, trials: dict[str, Trial]) -> pd.DataFrame:
    """One row per lever x evidence row: the model's effect, the published one, the verdict."""
    out = []
    for lever in LEVER_NAMES:
        spec = LEVER_SPECS[lever]
        rows = checked_rows(table, lever)
        if lever not in trials or rows.empty:
            out.append(
                {
                    "lever": lever,
                    "evidence": spec.evidence,
                    "row": "",
                    "verdict": "assumed",
                    "note": spec.evidence_note,
                }
            )
            continue
        for _, row in rows.iterrows():
            out.append(_verdict(lever, spec.evidence, row, trials[lever]))
    return pd.DataFrame(out)


def _verdict(lever: str, evidence: str, row: pd.Series, trial: Trial) -> dict:
    try:
        model = trial.effect(row["comparison"], row["outcome"], int(row["horizon_months"]))
    except KeyError:
        return {
            "lever": lever,
            "evidence": evidence,
            "row": row["id"],
            "verdict": "not measured",
            "note": f"the trial does not measure {row['outcome']} ({row['comparison']})",
        }
    return _judged(lever, evidence, row, model)


def _judged(lever: str, evidence: str, row: pd.Series, model: pd.Series) -> dict:
    """The verdict of one evidence row against the model's mean effect."""
    low, high = row["low"], row["high"]
    if np.isnan(low) or np.isnan(high):
        verdict = "no interval"
    else:
        verdict = "inside" if low <= model["effect"] <= high else "outside"
    return {
        "lever": lever,
        "evidence": evidence,
        "row": row["id"],
        "outcome": row["outcome"],
        "comparison": row["comparison"],
        "month": int(row["horizon_months"]),
        "published": row["effect"],
        "published_low": low,
        "published_high": high,
        "unit": row["unit"],
        "model": model["effect"],
        "model_low": model["low"],
        "model_high": model["high"],
        "verdict": verdict,
        "note": row["citation"],
    }


def cost_per_job(trials: dict[str, Trial], horizon: int) -> dict[str, float]:
    """Each trialled lever's mean programme spending per IKM job gained at a horizon."""
    out = {}
    for lever, trial in trials.items():
        e = trial.effects
        row = e[(e.outcome == "cost_per_job") & (e.horizon == horizon)]
        out[lever] = float(row["effect"].iloc[0]) if not row.empty else np.nan
    return out
