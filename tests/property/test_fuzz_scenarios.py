"""Mutated shipped scenario files: every one is either valid and runs, or refused cleanly.

`validate` says ok only when `run` would work; a refusal is `file:line: field: ...`, never a
traceback, and both come within a time budget.
"""

import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sim import PartnershipModel
from sim.scenario import ScenarioError, load_scenario

SHIPPED = sorted(p for p in Path("scenarios").glob("*.yaml") if p.name not in ("combined.yaml",))
VALUES = [
    "-1", "0", "1e400", ".nan", "-.inf", "true", "null", "[]", "{}", "'x'", "1e15", "99999999",
    "&a [*a]", "!!python/object:os.system", "0x10", "2022-13", '"\\u0000"', "~", "1_000",
]  # fmt: skip


def _mutate(text: str, draw: st.DrawFn) -> str:
    lines = text.splitlines()
    for _ in range(draw(st.integers(1, 3))):
        k = draw(st.integers(0, len(lines) - 1))
        how = draw(st.sampled_from(["value", "drop", "duplicate", "indent", "truncate", "junk"]))
        line = lines[k]
        if how == "value" and ":" in line:
            key = line.split(":", 1)[0]
            lines[k] = f"{key}: {draw(st.sampled_from(VALUES))}"
        elif how == "drop":
            del lines[k]
        elif how == "duplicate":
            lines.insert(k, line)
        elif how == "indent":
            lines[k] = "  " + line
        elif how == "truncate":
            lines[k] = line[: draw(st.integers(0, len(line)))]
        else:
            lines[k] = line + draw(st.text(max_size=8))
        if not lines:
            lines = ["x"]
    return "\n".join(lines) + "\n"


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, str]:
    source = draw(st.sampled_from(SHIPPED))
    return source.name, _mutate(source.read_text(encoding="utf-8"), draw)


def copy_shipped_scenarios(folder: Path) -> None:
    """The shipped scenario files, copied into `folder` (what the mutated files refer to)."""
    for parent in Path("scenarios").glob("*.yaml"):
        (folder / parent.name).write_text(parent.read_text(encoding="utf-8"), encoding="utf-8")


FUZZ = dict(  # hypothesis settings shared by the fuzz tests
    derandomize=True,  # the same examples in CI; --hypothesis-seed=N explores others
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@settings(max_examples=100, **FUZZ)
@given(case=mutated())
def test_a_mutated_scenario_is_valid_and_runs_or_is_refused_cleanly(tmp_path_factory, case):
    name, text = case
    folder = tmp_path_factory.mktemp("fuzz")
    copy_shipped_scenarios(folder)  # children extend their shipped parents
    path = folder / name
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    start = time.perf_counter()
    try:
        scenario = load_scenario(path, ["firms.scale=200", "horizon.months=2"])
    except ScenarioError as err:
        assert err.problems  # each names where (file:line or --set) and what is wrong
        assert all(p.where and p.message for p in err.problems)
        assert time.perf_counter() - start < 5.0
        return
    model = PartnershipModel.from_scenario(scenario, rng=1)
    model.run(2)
    assert time.perf_counter() - start < 20.0


EXPERIMENTS = sorted(Path("scenarios/experiments").glob("*.yaml"))


@st.composite
def mutated_experiment(draw: st.DrawFn) -> tuple[str, str]:
    source = draw(st.sampled_from(EXPERIMENTS))
    return source.name, _mutate(source.read_text(encoding="utf-8"), draw)


@settings(max_examples=40, **FUZZ)
@given(case=mutated_experiment())
def test_a_mutated_experiment_is_planned_within_bounds_or_refused_cleanly(tmp_path_factory, case):
    from sim.experiments.plan import MAX_RUNS, PlanTooLarge, plan_experiment
    from sim.experiments.spec import load_experiment

    name, text = case
    folder = tmp_path_factory.mktemp("fuzz_exp")
    (folder / "experiments").mkdir()
    copy_shipped_scenarios(folder)  # the scenarios they name, one level up
    path = folder / "experiments" / name
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    start = time.perf_counter()
    try:
        experiment, file = load_experiment(path)
        plan = plan_experiment(experiment, file)
    except ScenarioError as err:
        assert all(p.where and p.message for p in err.problems)
    except (PlanTooLarge, ValueError) as err:
        assert str(path) in str(err) or "--" in str(err) or ":" in str(err), err
    else:
        assert 0 < len(plan.tasks) <= MAX_RUNS
    assert time.perf_counter() - start < 20.0
