"""Business-as-usual figures of a scenario with every lever off (docs/validation.md).

The contract of a baseline that is the region as it is: firm stock, IKM jobs, firm sizes and
demography near the data, no build-up wave, no slide to the unemployment floor, few firms
losing money at the start. `benchmarks/bench_baseline.py` prints them over 20 seeds; a test
checks a reduced version.
"""

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from sim.levers import Policies
from sim.model import PartnershipModel

ROOT = Path(__file__).resolve().parents[2]
SCENARIOS: dict[str, Path | None] = {
    "default": None,
    "lebak": ROOT / "scenarios" / "lebak.yaml",
    "oku": ROOT / "scenarios" / "oku.yaml",
    "sumut": ROOT / "scenarios" / "sumut.yaml",
}
SMALL_FIRM_WORKERS = 5.0  # BPS: micro 1-4 workers, small 5-19

CRITERIA = {
    "firms": "firms m120/m0 in 0.85-1.30",
    "jobs": "IKM jobs m120/m0 in 0.90-1.35",
    "wave": "IKM jobs m24/m0 at most 1.08",
    "size": "workers per IKM m120/m0 in 0.8-1.3",
    "exit": "firm exit between 5% and 12% in every year",
    "floor": "at most 12 months at the unemployment floor",
    "losses": "at most 10% of firms losing money in month 1",
}


def levers_off_model(name: str, seed: int, **overrides: Any) -> PartnershipModel:
    """The model of a shipped scenario, a scenario file or the default world, levers off."""
    path = SCENARIOS[name] if name in SCENARIOS else Path(name)
    rng = np.random.SeedSequence(20261204, spawn_key=(seed,))
    if path is None:
        return PartnershipModel(rng=rng, **overrides)
    from sim.scenario import load_scenario

    scenario = load_scenario(path).model_copy(update={"policies": Policies()})
    model = PartnershipModel.from_scenario(scenario, rng=rng)
    return model


def baseline_figures(name: str, seed: int, months: int = 120) -> dict[str, Any]:
    """One run's business-as-usual figures (see `CRITERIA`)."""
    model = levers_off_model(name, seed)
    w = model.world
    start_ikm = _ikm(model)
    under_five_m0 = _share_under(model, SMALL_FIRM_WORKERS)
    size_m0 = _workers_per_ikm(model)
    jobs = {0: _ikm_jobs(model)}
    model.step()
    losing = _losing_share(model, start_ikm)
    for month in range(2, months + 1):
        model.step()
        if month in (24, months):
            jobs[month] = _ikm_jobs(model)
    firms = model.series("firms")
    floor = 100.0 * w.params.labour.frictional_unemployment
    rate = np.array(
        [model.series("unemployment_rate", r) for r in model.regions.name]
    )  # regions x months
    per_year = [slice(1 + 12 * y, 13 + 12 * y) for y in range(months // 12)]
    exits, entries = model.series("firm_exits"), model.series("firm_entries")
    return {
        "firms_m120_m0": firms[-1] / firms[0],
        "jobs_m120_m0": jobs[months] / jobs[0],
        "jobs_m24_m0": jobs[min(24, months)] / jobs[0],
        "workers_per_ikm_m0": size_m0,
        "workers_per_ikm_m120": _workers_per_ikm(model),
        "under_five_m0": under_five_m0,
        "under_five_m120": _share_under(model, SMALL_FIRM_WORKERS),
        "months_at_floor": float(np.max(np.sum(rate <= floor + 0.05, axis=1))),
        "losing_month1": losing,
        "exit_by_year": [100 * exits[s].sum() / firms[s].mean() for s in per_year],
        "entry_by_year": [100 * entries[s].sum() / firms[s].mean() for s in per_year],
    }


def medians(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Median of each figure over runs (element-wise for the yearly lists)."""
    out: dict[str, Any] = {}
    for key in rows[0]:
        values = np.array([r[key] for r in rows], dtype=float)
        median = np.median(values, axis=0)
        out[key] = median.tolist() if median.ndim else float(median)
    out["size_m120_m0"] = out["workers_per_ikm_m120"] / out["workers_per_ikm_m0"]
    return out


def verdicts(m: dict[str, Any], months: int = 120) -> dict[str, bool]:
    """Which of `CRITERIA` the medians meet (ratios scaled to the run's length)."""
    checks: dict[str, Callable[[], bool]] = {
        "firms": lambda: 0.85 <= m["firms_m120_m0"] <= 1.30,
        "jobs": lambda: 0.90 <= m["jobs_m120_m0"] <= 1.35,
        "wave": lambda: m["jobs_m24_m0"] <= 1.08,
        "size": lambda: 0.8 <= m["size_m120_m0"] <= 1.3,
        "exit": lambda: all(5.0 <= e <= 12.0 for e in m["exit_by_year"]),
        "floor": lambda: m["months_at_floor"] <= 12,
        "losses": lambda: m["losing_month1"] <= 0.10,
    }
    return {name: bool(check()) for name, check in checks.items()}


def _ikm(model: PartnershipModel) -> np.ndarray:
    return model.world.alive_ikm()


def _ikm_jobs(model: PartnershipModel) -> float:
    """Persons working in IKM (large firms aside: a few of them would swing the total)."""
    t = model.actors
    rows = _ikm(model)
    return float(np.sum(t.workers[rows] * t.weight[rows]))


def _workers_per_ikm(model: PartnershipModel) -> float:
    t = model.actors
    rows = _ikm(model)
    return float(np.average(t.workers[rows], weights=t.weight[rows]))


def _share_under(model: PartnershipModel, workers: float) -> float:
    t = model.actors
    rows = _ikm(model)
    return float(np.average(t.workers[rows] < workers, weights=t.weight[rows]))


def _losing_share(model: PartnershipModel, rows: np.ndarray) -> float:
    """Share of the starting firms (real firms) whose month-1 profit was negative."""
    t = model.actors
    return float(np.average(t.profit[rows] < 0, weights=t.weight[rows]))
