"""How well paired runs stay paired: a placebo lever and a tiny business forum.

Run on demand: `.venv/bin/python benchmarks/bench_pairing.py [--seeds 20]`.

1. Placebo (A/A): the baseline scenario with a grant at intensity 0.001 from month 1, against
   the baseline, over N seeds. The spread (standard deviation across seeds) of the paired
   difference in firm employment is divided by the spread of the baseline's own firm
   employment across those seeds, at months 24, 60 and 120. Near 0: the pair differs only
   through the lever. Near 1.4 (sqrt 2): the two runs are as unrelated as two seeds.
2. Identical demand paths: the share of firms alive in both runs (matched by their stable
   key) whose market demand (the demand shocks and market growth, before the firm's own
   reach, quality, price and partners' orders) is identical every month up to month 24,
   between the baseline and a business forum at intensity 0.05 from month 1. The share of
   identical total demand is printed too: it is lower because a forum changes partnerships,
   and partnerships change a firm's reach, know-how (so its price) and orders.

The last line reads `placebo_spread_over_baseline_spread_m60=X identical_demand_paths_m24=Y`.
"""

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sim import PartnershipModel  # noqa: E402
from sim.scenario import load_scenario  # noqa: E402

BASELINE = ROOT / "scenarios" / "baseline.yaml"
PLACEBO = ROOT / "scenarios" / "placebo.yaml"
FORUM = ROOT / "scenarios" / "business_forum.yaml"
HORIZONS = (24, 60, 120)


def seed(k: int) -> np.random.SeedSequence:
    return np.random.SeedSequence(20261122, spawn_key=(k,))


def firm_jobs(path: Path, k: int, overrides: list[str]) -> np.ndarray:
    scenario = load_scenario(path, overrides=overrides)
    model = PartnershipModel.from_scenario(scenario, rng=seed(k)).run(max(HORIZONS))
    return model.series("firm_employment")[list(HORIZONS)]


def demand_paths(
    path: Path, k: int, overrides: list[str], months: int, column: str = "demand_base"
) -> dict[int, tuple]:
    scenario = load_scenario(path, overrides=overrides)
    model = PartnershipModel.from_scenario(scenario, rng=seed(k))
    t = model.actors
    paths: dict[int, list[float]] = {}
    for _ in range(months):
        model.step()
        firms = np.flatnonzero(model.world.is_alive_firm())
        values = getattr(t, column)[firms].tolist()
        for key, demand in zip(t.key[firms].tolist(), values, strict=True):
            paths.setdefault(key, []).append(demand)
    alive = set(t.key[np.flatnonzero(model.world.is_alive_firm())].tolist())
    return {key: tuple(p) for key, p in paths.items() if key in alive}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", type=int, default=20)
    args = parser.parse_args()
    start = time.perf_counter()
    base = np.array([firm_jobs(BASELINE, k, []) for k in range(args.seeds)])
    placebo = np.array([firm_jobs(PLACEBO, k, []) for k in range(args.seeds)])
    ratio = np.std(placebo - base, axis=0, ddof=1) / np.std(base, axis=0, ddof=1)
    for h, r, d in zip(HORIZONS, ratio, np.std(placebo - base, axis=0, ddof=1), strict=True):
        print(f"month {h}: placebo difference spread {d:,.0f} jobs = {r:.3f} x baseline spread")
    forum = ["policies.business_forum.start=1", "policies.business_forum.intensity=0.05"]
    shares, totals = [], []
    for k in range(min(args.seeds, 5)):
        for column, out in (("demand_base", shares), ("demand", totals)):
            a = demand_paths(BASELINE, k, [], 24, column)
            b = demand_paths(FORUM, k, forum, 24, column)
            both = set(a) & set(b)
            out.append(np.mean([a[key] == b[key] for key in both]))
    print(f"identical market demand paths to month 24, per seed: {np.round(shares, 3).tolist()}")
    print(
        f"identical total demand (with price and partners' orders): {np.round(totals, 3).tolist()}"
    )
    print(f"({time.perf_counter() - start:.0f} s)")
    print(
        f"placebo_spread_over_baseline_spread_m60={ratio[1]:.3f} "
        f"identical_demand_paths_m24={np.mean(shares):.3f}"
    )


if __name__ == "__main__":
    main()
