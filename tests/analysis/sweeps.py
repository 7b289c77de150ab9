"""Small experiments of shipped scenarios, swept in a test's folder (the analysis tests' input)."""

from pathlib import Path

from sim.experiments import run_experiment

SCENARIOS = Path(__file__).parents[2] / "scenarios"


def small_sweep(
    folder: Path,
    name: str,
    scenarios: list[str],
    seeds: int,
    months: int,
    overrides: list[str],
    extra: str = "",
) -> Path:
    """Write `folder/<name>.yaml` over the named scenario files and sweep it serially.

    A scenario without a `/` is a shipped one (`scenarios/<it>`); `extra` is added to the
    experiment file as written (outputs, a description).
    """
    files = [s if "/" in s else str(SCENARIOS / s) for s in scenarios]
    spec = folder / f"{name}.yaml"
    spec.write_text(
        f"name: {name}\nscenarios: [{', '.join(repr(f) for f in files)}]\n"
        f"seeds: {seeds}\nmonths: {months}\noverrides: {overrides!r}\n{extra}"
    )
    return run_experiment(spec, workers=1, out=folder / name, progress=False)
