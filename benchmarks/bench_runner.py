"""Speed and memory of the experiment runner (issue: experiments, point 8).

    .venv/bin/python benchmarks/bench_runner.py [--runs 1000] [--overhead-runs 200]

1. Per-run overhead: the runner (in-process, and a pool of all cores) against a bare loop of
   the same small runs (300 firm agents, 24 months); the pool twice, since the first sweep of
   a process starts the forkserver (it imports the model once) and later ones reuse it.
2. Wall time of `--runs` runs of a 1,500-firm, 120-month scenario on all cores (the baseline
   scenario at 1:6, about 1,500 firm agents), with the parent's memory sampled as runs finish.
3. Speed-up: `--scaling-runs` runs (the baseline at 1:30, 60 months: about 0.15 s each) on 1,
   2, 4, ... workers up to `os.cpu_count()`, from the call to the last result written
   (worker start, the pilot, compaction included). Parallel efficiency is the speed-up over
   the number of workers. With 2 or more workers it also prints the parent's own CPU time
   per run (receiving results, writing parts, compaction) and how many workers that would
   keep up with. The last line reads `parallel_efficiency_<cores>=X`.
   (`--skip-big` leaves out part 2.)
"""

import argparse
import os
import resource
import tempfile
import threading
import time
from pathlib import Path

from sim import PartnershipModel
from sim.experiments import run_experiment
from sim.scenario import load_scenario

ROOT = Path(__file__).parents[1]


def experiment(folder: Path, seeds: int, months: int, scale: int) -> Path:
    path = folder / f"bench_{seeds}_{months}_{scale}.yaml"
    path.write_text(
        f"name: bench\nscenarios: [{ROOT}/scenarios/baseline.yaml]\n"
        f"seeds: {seeds}\nbase_seed: 1\nmonths: {months}\n"
        f"overrides: ['firms.scale={scale}']\noutputs: {{events: false}}\n"
    )
    return path


def bare_loop(seeds: int, months: int, scale: int) -> float:
    import numpy as np

    scenario = load_scenario(ROOT / "scenarios/baseline.yaml", [f"firms.scale={scale}"])
    start = time.perf_counter()
    for k in range(seeds):
        model = PartnershipModel.from_scenario(
            scenario, rng=np.random.SeedSequence(1, spawn_key=(k,))
        )
        model.run(months)
        model.trajectories()
    return time.perf_counter() - start


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def timed_sweep(exp: Path, out: Path, workers: int, sample: bool = False):
    samples: list[tuple[int, float]] = []
    stop = threading.Event()

    def watch() -> None:
        while not stop.is_set():
            done = len(list((out / "parts").glob("*.run.json"))) if (out / "parts").exists() else 0
            samples.append((done, rss_mib()))
            stop.wait(2.0)

    watcher = threading.Thread(target=watch, daemon=True)
    if sample:
        watcher.start()
    start = time.perf_counter()
    run_experiment(exp, workers=workers, out=out, progress=False)
    seconds = time.perf_counter() - start
    stop.set()
    return seconds, samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1000)
    parser.add_argument("--overhead-runs", type=int, default=200)
    parser.add_argument("--scaling-runs", type=int, default=1000)
    parser.add_argument("--skip-big", action="store_true")
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        n = args.overhead_runs
        bare = bare_loop(n, 24, 30)
        exp = experiment(tmp, n, 24, 30)
        serial, _ = timed_sweep(exp, tmp / "serial", 1)
        pool, _ = timed_sweep(exp, tmp / "pool", cores)
        warm, _ = timed_sweep(exp, tmp / "warm", cores)  # the forkserver has the model loaded
        print(
            f"overhead: bare loop {bare:.2f} s for {n} runs ({1000 * bare / n:.1f} ms/run); "
            f"runner in-process {serial:.2f} s (+{1000 * (serial - bare) / n:.1f} ms/run); "
            f"{cores}-process pool {pool:.2f} s, the next sweep in this process {warm:.2f} s "
            f"(ideal {bare / cores:.2f} s)"
        )
        if not args.skip_big:
            big_sweep(tmp, args.runs, cores)
        efficiency = scaling(tmp, args.scaling_runs, cores)
    print(f"parallel_efficiency_{cores}={efficiency:.2f}")


def scaling(tmp: Path, runs: int, cores: int) -> float:
    """Speed-up and parallel efficiency on 1, 2, 4, ... workers; the efficiency on all cores."""
    counts = sorted({*(2**k for k in range(cores.bit_length()) if 2**k <= cores), cores})
    exp = experiment(tmp, runs, 60, 30)
    one = None
    efficiency = 1.0
    for workers in counts:
        before = parent_cpu_s()
        wall, _ = timed_sweep(exp, tmp / f"scaling_{workers}", workers)
        parent = parent_cpu_s() - before
        one = wall if one is None else one
        speedup = one / wall
        efficiency = speedup / workers
        print(
            f"{runs} runs on {workers:2d} workers: {wall:6.1f} s, speed-up {speedup:5.2f}, "
            f"efficiency {efficiency:.0%}"
        )
        if workers > 1:  # with one worker the runs are the parent's own CPU
            per_run = parent / runs
            print(
                f"   the parent's own CPU: {1000 * per_run:.1f} ms per run; one run takes "
                f"{1000 * one / runs:.0f} ms on one worker, so the parent keeps up with about "
                f"{one / runs / max(per_run, 1e-9):.0f} workers"
            )
    return efficiency


def parent_cpu_s() -> float:
    """User and system CPU seconds of this process (the parent), not of its workers."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def big_sweep(tmp: Path, runs: int, cores: int) -> None:
    """Part 2: wall time of a long sweep on all cores, and the parent's memory as it goes."""
    big = experiment(tmp, runs, 120, 6)
    wall, samples = timed_sweep(big, tmp / "big", cores, sample=True)
    print(
        f"{runs} runs x 1,500 firms x 120 months on {cores} cores: {wall:.0f} s "
        f"({wall / 60:.1f} min; {wall * cores / runs:.2f} core-s per run)"
    )
    marks = [
        samples[min(range(len(samples)), key=lambda i: abs(samples[i][0] - f))]
        for f in (runs // 10, runs // 2, runs)
        if samples
    ]
    if marks:
        shown = ", ".join(f"{rss:.0f} MiB after {done} runs" for done, rss in marks)
        print(f"parent memory: {shown}")


if __name__ == "__main__":
    main()
