"""Is business-as-usual the region as it is? Every shipped regional scenario, levers off.

Run on demand: `.venv/bin/python benchmarks/bench_baseline.py [--seeds 20] [--months 120]`.

For the default world and each regional scenario (lebak, oku, sumut) with every lever off,
over N seeds, it prints the medians of: firms m120/m0, IKM jobs m120/m0 and m24/m0, workers
per IKM m120/m0, firm exit and entry in % per year for each year, the share of IKM under 5
workers at m0 and m120, months at the unemployment floor, and the share of firms losing
money in month 1. The issue's criteria (docs/validation.md) are checked and marked.
The figures come from `sim.analysis.baseline_check`, which the CI test runs at a reduced size.
"""

import argparse
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sim.analysis.baseline_check import (  # noqa: E402
    CRITERIA,
    SCENARIOS,
    baseline_figures,
    medians,
    verdicts,
)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", type=int, default=20)
    parser.add_argument("--months", type=int, default=120)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--only", nargs="*", default=list(SCENARIOS), help="names above, or scenario files"
    )
    args = parser.parse_args()
    start = time.perf_counter()
    jobs = [(name, k, args.months) for name in args.only for k in range(args.seeds)]
    with ProcessPoolExecutor(args.workers) as pool:
        rows = list(pool.map(_one, jobs))
    failed = 0
    for name in args.only:
        figures = medians([r for (n, _, _), r in zip(jobs, rows, strict=True) if n == name])
        print(f"\n== {name} ({args.seeds} seeds, {args.months} months, levers off) ==")
        for key, value in figures.items():
            if key in ("exit_by_year", "entry_by_year"):
                print(f"  {key:28s} " + " ".join(f"{v:5.1f}" for v in value))
            else:
                print(f"  {key:28s} {value:8.3f}")
        for criterion, ok in verdicts(figures, args.months).items():
            failed += not ok
            print(f"  [{'ok' if ok else 'FAIL'}] {criterion}: {CRITERIA[criterion]}")
    print(f"\n{failed} criteria failed; {time.perf_counter() - start:.0f} s")


def _one(job: tuple[str, int, int]) -> dict:
    name, k, months = job
    return baseline_figures(name, k, months)


if __name__ == "__main__":
    main()
