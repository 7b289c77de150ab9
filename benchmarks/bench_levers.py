"""Do the levers act in the direction the sources say, and at what cost? Paired seeds.

Run on demand: `.venv/bin/python benchmarks/bench_levers.py [--seeds 40] [--workers 2]` (4 min).
40 seeds by default: at 20, a verdict at the margin depends on the seed set (certification's
month-120 jobs were conclusive on one set of 20 and not on 40).

For each lever scenario (and the combined package) against `baseline.yaml`, over N paired
seeds: the mean paired difference in firm employment at months 36, 60 and 120, the 95%
bootstrap interval at month 120, the share of seeds where it is positive, the spending to
month 120 and the cost per job (spending / jobs at month 120) where the interval excludes
zero ("conclusive"; Rp 100 juta is the issue's floor unless evidence supports less; the
evidence's cheapest figure, YouWiN!, is about Rp 130 juta). Then a world without partnerships
(`search.search_probability=0`) against the baseline (firm jobs and PDRB), and the
inter-regional agreement's effect on cross-border and total partnerships. A line names the
conclusive costs per job below the floor and whether evidence rows size the lever.
"""

import argparse
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

LEVERS = (
    *("training", "digitalisation", "certification", "grant", "combined", "tax_incentive"),
    *("permit_reform", "business_forum", "infrastructure", "interregional_agreement"),
)
METRICS = ("firm_employment", "pdrb", "partnerships_active", "partnerships_active_interregional")
CHECKPOINTS = (36, 60, 120)  # months at which firm employment is read
FLOOR = 100e6  # rupiah per job: the floor unless evidence supports less


def run(job: tuple[str, tuple[str, ...], int]) -> np.ndarray:
    from sim import PartnershipModel
    from sim.scenario import load_scenario

    name, overrides, k = job
    scenario = load_scenario(ROOT / "scenarios" / f"{name}.yaml", list(overrides))
    seed = np.random.SeedSequence(20261122, spawn_key=(k,))
    model = PartnershipModel.from_scenario(scenario, rng=seed).run(120)
    jobs = model.series("firm_employment")[list(CHECKPOINTS)]
    spent = model.latest("policy_spending_cumulative")
    return np.array([*(model.latest(m) for m in METRICS), *jobs, spent])


def interval(d: np.ndarray, draws: int = 4000) -> tuple[float, float]:
    rng = np.random.default_rng(0)
    means = d[rng.integers(0, len(d), (draws, len(d)))].mean(axis=1)
    low, high = np.quantile(means, [0.025, 0.975])
    return float(low), float(high)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", type=int, default=40)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    runs = {
        "baseline": ("baseline", ()),
        **{lever: (lever, ()) for lever in LEVERS},
        "no_partnerships": ("baseline", ("search.search_probability=0",)),
    }
    jobs = [(file, over, k) for file, over in runs.values() for k in range(args.seeds)]
    with ProcessPoolExecutor(args.workers) as pool:
        out = np.array(list(pool.map(run, jobs, chunksize=4)))
    out = out.reshape(len(runs), args.seeds, len(METRICS) + len(CHECKPOINTS) + 1)
    table = dict(zip(runs, out, strict=True))
    base = table["baseline"]
    k = len(METRICS)
    print(
        f"{'scenario':26s} {'jobs m36':>9s} {'m60':>8s} {'m120':>8s} {'95% interval m120':>22s} "
        f"{'positive':>9s} {'Rp miliar':>12s} {'Rp juta/job':>12s}"
    )
    cheap: dict[str, float] = {}
    for name in (*LEVERS, "no_partnerships"):
        d = table[name][:, k : k + 3] - base[:, k : k + 3]
        low, high = interval(d[:, 2])
        spent = table[name][:, -1].mean()
        conclusive = low > 0 and spent > 0
        cost = f"{spent / d[:, 2].mean() / 1e6:12,.0f}" if conclusive else f"{'-':>12s}"
        if conclusive and spent / d[:, 2].mean() < FLOOR:
            cheap[name] = spent / d[:, 2].mean()
        print(
            f"{name:26s} {d[:, 0].mean():9,.0f} {d[:, 1].mean():8,.0f} {d[:, 2].mean():8,.0f} "
            f"{low:10,.0f} .. {high:9,.0f} {np.mean(d[:, 2] > 0):8.0%} {spent / 1e9:12,.1f} {cost}"
        )
    print(below_the_floor(cheap))
    none = table["no_partnerships"]
    fewer_jobs = np.mean(none[:, 0] < base[:, 0])
    lower_pdrb = np.mean(none[:, 1] < base[:, 1])
    inter = table["interregional_agreement"]
    cross = np.mean(inter[:, 3] > base[:, 3])
    total = inter[:, 2] - base[:, 2]
    low, high = interval(total)
    print(
        f"no partnerships: fewer firm jobs in {fewer_jobs:.0%} of seeds, "
        f"lower PDRB in {lower_pdrb:.0%}"
    )
    print(
        f"interregional agreement: more cross-border partnerships in {cross:.0%} of seeds; "
        f"total partnerships {total.mean():+,.0f} on average "
        f"(95% interval {low:+,.0f} .. {high:+,.0f}: "
        f"{'lowered' if high < 0 else 'not lowered'})"
    )


def below_the_floor(cheap: dict[str, float]) -> str:
    """Which conclusive costs per job are under the floor, and what evidence sizes them."""
    import pandas as pd

    from sim.levers import LEVER_SPECS

    if not cheap:
        return f"no conclusive cost per job below Rp {FLOOR / 1e6:,.0f} juta"
    rows = pd.read_csv(ROOT / "data" / "evidence.csv")
    ranged = rows[rows["low"].notna() & rows["high"].notna()]
    said = []
    for name, cost in cheap.items():
        fitted = ranged[ranged["lever"] == name]["id"].tolist()
        if name in LEVER_SPECS and LEVER_SPECS[name].evidence == "evidence" and fitted:
            said.append(f"{name} {cost / 1e6:,.0f} (size fitted to rows {', '.join(fitted)})")
        else:
            said.append(f"{name} {cost / 1e6:,.0f} (size assumed: no evidence row supports it)")
    return f"conclusive and below Rp {FLOOR / 1e6:,.0f} juta a job: " + "; ".join(said)


if __name__ == "__main__":
    main()
