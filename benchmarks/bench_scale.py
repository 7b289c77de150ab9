"""National scale: a million firm agents in one process (issue 17; targets <= 400 ns per
firm-month and <= 2 GiB peak memory).

    .venv/bin/python benchmarks/bench_scale.py [--firms 1000000] [--regions 100] [--months 12]
    .venv/bin/python benchmarks/bench_scale.py --scenario scenarios/indonesia.yaml
    .venv/bin/python benchmarks/bench_scale.py --scenario scenarios/indonesia.yaml --set ...

With `--scenario`, that scenario runs its whole horizon at its own scale instead (time,
memory and the month's costs as below); `--set path=value` overrides a value of it, as
`kemitraan run --set` does (at `firms.scale=1`, every IKM of Indonesia is an agent).

A synthetic world of `--firms` firm agents at scale 1 in `--regions` regions of unequal size
(log-normal, spread 1), each region's labour force sized to its firms (32.8 persons per
firm: Indonesia's labour force over its micro and small manufacturing firms, 2023), with
one agency per 1,000 firms. Every mechanism is on. The build is timed apart from the months;
ns per firm-month is the months' time over firms x months (scipy.stats, which the model
imports on first use, is imported before the clock starts). Peak memory is the process's
maximum resident set (ru_maxrss), build included. The time of each step of the month is
printed, so the slowest mechanism shows, and under it the arithmetic production cannot avoid
timed alone (`production_floor`). The last line reads
`ns_per_firm_month_1m=X peak_rss_gib_1m=Y` (X, Y for whatever `--firms` is).
"""

import argparse
import resource
import time
from collections import defaultdict

import numpy as np

LABOUR_FORCE_PER_FIRM = 147.71e6 / 4.5e6  # data/bps_figures.csv, Indonesia 2023
FIRMS_PER_AGENCY = 1000


def timed_steps(model, months: int) -> tuple[float, dict[str, float]]:  # noqa: ANN001
    """Seconds for `months` months, and the seconds spent in each mechanism of the month."""
    import sim.monthly.month as narrative

    spent: dict[str, float] = defaultdict(float)
    names = (
        "search_for_partners",
        "process_permits",
        "cooperate",
        "dissolve",
        "produce_and_employ",
        "enter_and_exit",
        "move_labour_market",
        "regional_accounts",
    )
    originals = {name: getattr(narrative, name) for name in names}

    def clocked(name: str, fn):  # noqa: ANN001, ANN202
        def run(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - start

        return run

    for name, fn in originals.items():
        setattr(narrative, name, clocked(name, fn))
    try:
        start = time.perf_counter()
        model.run(months)
        total = time.perf_counter() - start
    finally:
        for name, fn in originals.items():
            setattr(narrative, name, fn)
    return total, dict(spent)


def production_floor(model) -> float:  # noqa: ANN001
    """ns per firm for the arithmetic step 6 cannot avoid, timed alone over the alive firms.

    Two hashed uniforms, an inverse normal, four powers (the size dependence of demand
    shocks, K^a, the labour needed, the output) and an exponential per firm, in the model's
    blocks, on the world's own columns: what production costs in numpy however the rest of
    it is arranged.
    """
    from scipy import special

    from sim.mechanisms import production
    from sim.monthly.produce import ROWS_PER_BLOCK

    w, e = model.world, model.params.economy
    t = w.actors
    f = np.flatnonzero(w.is_alive_firm())
    keys, workers, capital = t.key[f], t.workers[f], t.capital[f]
    demand, productivity = t.demand[f], t.productivity[f]
    a = e.capital_elasticity
    start = time.perf_counter()
    for first in range(0, len(f), ROWS_PER_BLOCK):
        part = slice(first, first + ROWS_PER_BLOCK)
        u = w.draws.slot_uniforms("economy", w.month + 1, keys[part], (0, 2))
        shock = np.power(np.maximum(workers[part], 1.0), -e.volatility_size_exponent)
        np.exp(shock * special.ndtri(u[:, 0]))
        k = production.capital_term(capital[part], a)
        production.labour_needed(demand[part], productivity[part], k, a)
        production.capacity_output(productivity[part], k, workers[part], a)
    return 1e9 * (time.perf_counter() - start) / len(f)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--firms", type=int, default=1_000_000)
    parser.add_argument("--regions", type=int, default=100)
    parser.add_argument("--months", type=int, default=12)
    parser.add_argument("--scenario", help="a scenario file to run instead, its whole horizon")
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="PATH=VALUE",
        help="override a value of the scenario (repeatable), e.g. firms.scale=1",
    )
    args = parser.parse_args()
    if args.set and not args.scenario:
        parser.error("--set overrides a value of a scenario: give --scenario too")

    import scipy.stats  # noqa: F401 - imported on the first entry month otherwise (~1 s)

    from sim import PartnershipModel, State

    start = time.perf_counter()
    if args.scenario:
        from sim.scenario import ScenarioError, load_scenario

        try:
            scenario = load_scenario(args.scenario, args.set)
        except ScenarioError as error:
            parser.error(str(error))
        model = PartnershipModel.from_scenario(scenario, rng=1)
        args.months = scenario.horizon.months
        args.firms = int(model.is_alive_firm().sum())
    else:
        model = PartnershipModel(
            n_firms=args.firms,
            n_regions=args.regions,
            n_agencies=max(args.firms // FIRMS_PER_AGENCY, 1),
            region_size_spread=1.0,
            labour_force_per_firm=LABOUR_FORCE_PER_FIRM,
            rng=1,
        )
    built = time.perf_counter() - start
    after_build = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20
    total, spent = timed_steps(model, args.months)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20  # KiB -> GiB
    firm_months = args.firms * args.months
    ns = 1e9 * total / firm_months
    print(f"build: {built:.1f} s, peak memory after the build {after_build:.2f} GiB")
    print(f"{args.months} months: {total:.1f} s = {ns:.0f} ns per firm-month")
    other = total - sum(spent.values())
    for name, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"  {name:22s} {1e9 * seconds / firm_months:6.0f} ns per firm-month")
    print(f"  {'the rest (levers, agents, records)':22s} {1e9 * other / firm_months:6.0f} ns")
    alive = int(model.is_alive_firm().sum())
    active = int(np.sum(model.ledger.state[: model.ledger.n] == State.active))
    floor = min(production_floor(model) for _ in range(3))
    print(f"  of production, its draws and powers alone: {floor:.0f} ns per firm-month")
    print(f"firms alive {alive:,}, partnership rows {model.ledger.n:,} (active {active:,})")
    print(f"bytes per firm agent at the peak: {peak * 2**30 / args.firms:.0f}")
    label = "1m" if args.firms == 1_000_000 else f"{args.firms}"
    print(f"ns_per_firm_month_{label}={ns:.0f} peak_rss_gib_{label}={peak:.2f}")


if __name__ == "__main__":
    main()
