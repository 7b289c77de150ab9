"""Speed and memory of the model against Mesa's bare dispatch floor (issue: the model, point 11).

    .venv/bin/python benchmarks/bench_model.py [--repeats 3] [--months 120]

Bench configuration: 20,000 firms, 3 regions, 60 agencies, 120 months, every mechanism on.
The floor is `model.agents.shuffle_do("step")` of a no-op step over 20,000 Mesa agents for the
same months. Both timings include building the agents. The best of `--repeats` runs counts.
Peak memory at 100,000 firms is measured in a fresh process (ru_maxrss), with regions of
1,000,000 persons (the default labour force is too small for 33,000 firms a region).
The last line reads `ratio_to_mesa_floor=X scaling_40k_over_20k=Y`.
"""

import argparse
import subprocess
import sys
import time

import mesa

from sim import PartnershipModel

BENCH = dict(n_regions=3, n_agencies=60)


class _Idle(mesa.Agent):
    def step(self) -> None:
        pass


def mesa_floor(n_agents: int, months: int) -> float:
    """Seconds to build `n_agents` no-op agents and shuffle_do them for `months` steps."""
    start = time.perf_counter()
    model = mesa.Model(rng=1)
    _Idle.create_agents(model, n_agents)
    for _ in range(months):
        model.agents.shuffle_do("step")
    return time.perf_counter() - start


def model_run(n_firms: int, months: int) -> float:
    """Seconds to build the bench model and run it for `months`."""
    start = time.perf_counter()
    PartnershipModel(n_firms=n_firms, rng=1, **BENCH).run(months)
    return time.perf_counter() - start


def peak_memory_mib(n_firms: int, months: int) -> float:
    """Peak resident memory (MiB) of a fresh process that builds and runs the model."""
    code = (
        "import resource; from sim import PartnershipModel\n"
        f"PartnershipModel(n_firms={n_firms}, rng=1, n_regions=3, n_agencies=60,\n"
        f"                 labour_force=1_000_000).run({months})\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(out.stdout.strip().splitlines()[-1]) / 1024.0


def best(fn, repeats: int, *args) -> float:  # noqa: ANN001
    """Fastest of `repeats` timings."""
    return min(fn(*args) for _ in range(repeats))


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--months", type=int, default=120)
    parser.add_argument("--memory-firms", type=int, default=100_000)
    args = parser.parse_args()

    floor = best(mesa_floor, args.repeats, 20_000, args.months)
    t20 = best(model_run, args.repeats, 20_000, args.months)
    t40 = best(model_run, args.repeats, 40_000, args.months)
    memory = peak_memory_mib(args.memory_firms, args.months)
    print(
        f"mesa_floor_20k_s={floor:.2f} model_20k_s={t20:.2f} model_40k_s={t40:.2f} "
        f"(best of {args.repeats}, {args.months} months)"
    )
    print(f"peak_memory_{args.memory_firms // 1000}k_firms_mib={memory:.0f}")
    print(f"ratio_to_mesa_floor={t20 / floor:.2f} scaling_40k_over_20k={t40 / t20:.2f}")


if __name__ == "__main__":
    main()
