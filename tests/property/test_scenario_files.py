"""Hypothesis: random valid scenarios run; random edits of a valid file load or fail cleanly."""

import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sim import PartnershipModel
from sim.levers import LEVER_NAMES
from sim.params import ParameterError
from sim.scenario import ScenarioError, load_scenario

NAMES = ["Lebak", "Pandeglang", "OKU", "OKU Timur", "Medan", "Deli Serdang"]
SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@st.composite
def scenarios(draw):
    names = draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=3, unique=True))
    regions = [
        {
            "name": n,
            "firms": draw(st.integers(0, 1500)),
            "labour_force": draw(st.floats(2e5, 2e6)),
            "initial_unemployment_rate": draw(st.floats(0, 0.3)),
            "infrastructure": draw(st.floats(0, 1)),
            "permit_delay_mean": draw(st.floats(0, 24)),
            "agencies": draw(st.integers(0, 6)),
        }
        for n in names
    ]
    policies = {}
    for lever in draw(st.lists(st.sampled_from(LEVER_NAMES), unique=True, max_size=4)):
        spec = {
            "start": draw(st.integers(1, 2)),
            "intensity": draw(st.floats(0, 1)),
            "budget": draw(st.none() | st.floats(0, 1e10)),
            "targets": {"regions": draw(st.lists(st.sampled_from(names), unique=True))},
        }
        if lever == "interregional_agreement":
            if len(names) < 2:
                continue
            spec["pairs"] = [names[:2]]
        policies[lever] = spec
    return {
        "meta": {"name": "random", "description": {"en": "random", "id": "acak"}},
        "horizon": {"months": draw(st.integers(2, 240))},
        "regions": regions,
        "firms": {"scale": draw(st.sampled_from([2, 5, 10])), "large_firm_share": 0.0},
        "barriers": {
            "trust_threshold": draw(st.floats(0, 0.9)),
            "coordination": draw(st.floats(0, 1)),
        },
        "policies": policies,
    }


def _write(text: str) -> Path:
    folder = Path(tempfile.mkdtemp())
    (folder / "s.yaml").write_text(text)
    return folder / "s.yaml"


@SETTINGS
@given(scenarios(), st.integers(0, 2**32 - 1))
def test_random_valid_scenarios_load_and_run_a_month(data, seed):
    scenario = load_scenario(_write(yaml.safe_dump(data)))
    model = PartnershipModel.from_scenario(scenario, rng=seed)
    model.step()
    labour = model.regions.labour_force
    employed = model.regions.other_employment + model.firm_employment()
    assert (employed <= labour * (1 + 1e-12)).all()
    assert model.latest("policy_spending") >= 0


VALID = Path("scenarios/lebak.yaml").read_text().splitlines()


@st.composite
def mutations(draw):
    lines = list(VALID)
    for _ in range(draw(st.integers(1, 3))):
        k = draw(st.integers(0, len(lines) - 1))
        op = draw(st.sampled_from(["delete", "duplicate", "char", "swap", "insert", "value"]))
        if op == "delete":
            del lines[k]
        elif op == "duplicate":
            lines.insert(k, lines[k])
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[k], lines[j] = lines[j], lines[k]
        elif op == "insert":
            lines.insert(
                k,
                draw(
                    st.sampled_from(
                        [
                            "  extra: 1",
                            "x",
                            "- 3",
                            "  : :",
                            "\t tab: 1",
                            "meta: 5",
                            "[",
                            "firms: -1",
                        ]
                    )
                ),
            )
        elif op == "char" and lines[k]:
            i = draw(st.integers(0, len(lines[k]) - 1))
            lines[k] = lines[k][:i] + draw(st.characters(codec="utf-8")) + lines[k][i + 1 :]
        elif op == "value" and ":" in lines[k]:
            key = lines[k].split(":", 1)[0]
            value = draw(
                st.sampled_from(
                    [
                        "-1",
                        "1e99",
                        "nan",
                        "''",
                        "[]",
                        "{}",
                        "yes",
                        "0",
                        "2",
                        "!!binary aGk=",
                        "*ref",
                        "&a 1",
                    ]
                )
            )
            lines[k] = f"{key}: {value}"
    return "\n".join(lines) + "\n"


@SETTINGS
@given(mutations())
def test_random_edits_load_or_fail_with_a_clean_error(text):
    try:
        scenario = load_scenario(_write(text))
    except ScenarioError as err:
        assert err.problems
        for problem in err.problems:
            assert str(problem).startswith(("/", "s.yaml", "tmp")) or ":" in str(problem)
        return
    agents = sum(r.firms for r in scenario.regions) / scenario.firms.scale
    if agents > 20_000:  # a valid but large world: loading is what is tested here
        return
    try:
        PartnershipModel.from_scenario(scenario, rng=1).step()
    except ParameterError:
        pass
