"""Every kind of mistake in a scenario file gets `file:line: field: what is wrong`, exit 2."""

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sim.cli.main import app
from sim.scenario import ScenarioError, load_scenario

BAD = Path("tests/scenarios_bad")
runner = CliRunner()

# file, line, field, words that must be in the message
CASES = [
    ("yaml_syntax", 7, "", ["YAML syntax error", "expected ','"]),
    (
        "wrong_type",
        7,
        "regions[0].labour_force",
        ["wrong type", "got 'lots'", "a number", "[persons]"],
    ),
    (
        "out_of_range",
        7,
        "regions[0].initial_unemployment_rate",
        ["out of range", "got 1.5", "allowed: < 1.0", "[fraction]"],
    ),
    (
        "unknown_key",
        7,
        "regions[0].labor_force",
        ["unknown key", "did you mean 'labour_force'?", "allowed: labour_force"],
    ),
    ("missing_required", 5, "regions[0].firms", ["required but missing"]),
    (
        "unknown_region",
        10,
        "policies.training.targets.regions[0]",
        ["unknown region 'Lebk'", "did you mean 'Lebak'?"],
    ),
    (
        "unknown_sector",
        10,
        "policies.grant.targets.sectors[0]",
        ["unknown sector 'batik'", "'food'"],
    ),
    (
        "unknown_kind",
        10,
        "policies.tax_incentive.targets.kinds[0]",
        ["not one of the allowed values", "got 'friendly'", "'vertical'"],
    ),
    ("start_after_end", 9, "policies.permit_reform", ["start month 30 is after end month 20"]),
    ("end_after_horizon", 11, "policies.training.end", ["after the horizon", "1..24"]),
    ("python_tag", 6, "regions[0].firms", ["YAML tag", "python/object/apply", "not allowed"]),
    ("cycle_a", 1, "extends", ["cycle", "cycle_a.yaml -> cycle_b.yaml -> cycle_a.yaml"]),
    ("duplicate_key", 7, "regions[0].firms", ["given twice"]),
    ("not_a_mapping", 1, "", ["a scenario is a mapping of sections", "got a list"]),
    (
        "bad_uncertainty",
        8,
        "uncertainties.barriers.trust_treshold",
        ["no parameter 'trust_treshold'", "did you mean 'trust_threshold'?"],
    ),
]


def _validate(*args):
    result = runner.invoke(app, ["validate", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return result


@pytest.mark.parametrize(("name", "line", "field", "words"), CASES, ids=[c[0] for c in CASES])
def test_each_mistake_is_located_and_explained(name, line, field, words):
    result = _validate(str(BAD / f"{name}.yaml"))
    assert result.exit_code == 2
    errors = [x for x in result.output.splitlines() if x.startswith("error: ")]
    assert errors, result.output
    assert "Traceback" not in result.output
    prefix = "tests/scenarios_bad/" if name != "cycle_a" else "tests/scenarios_bad/cycle_b"
    match = [e for e in errors if f":{line}:" in e and (not field or f" {field}:" in e)]
    assert match, f"no error at line {line} for {field!r}:\n{result.output}"
    assert match[0].startswith(f"error: {prefix}")
    for word in words:
        assert word in match[0], f"{word!r} not in {match[0]!r}"


def test_all_problems_are_reported_at_once():
    result = _validate(str(BAD / "many_problems.yaml"))
    assert result.exit_code == 2
    errors = [x for x in result.output.splitlines() if x.startswith("error: ")]
    assert [e.split(":")[2] for e in errors] == ["6", "7", "9", "12"]
    assert "4 problems found" in result.output


def test_missing_file_and_folder():
    result = _validate("tests/scenarios_bad/nope.yaml", "tests/scenarios_bad")
    assert result.exit_code == 2
    assert "error: tests/scenarios_bad/nope.yaml: file not found" in result.output
    assert "error: tests/scenarios_bad: is a folder, not a YAML file" in result.output


def test_missing_parent_names_both_files():
    result = _validate(str(BAD / "missing_parent.yaml"))
    assert "no_such_parent.yaml: file not found" in result.output
    assert (
        "missing_parent.yaml:1: extends: parent 'no_such_parent.yaml' could not be loaded"
        in result.output
    )


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(tmp_path):
    f = tmp_path / "secret.yaml"
    f.write_text("meta: {}\n")
    f.chmod(0)
    with pytest.raises(ScenarioError, match="cannot be read"):
        load_scenario(f)


def test_empty_file(tmp_path):
    (tmp_path / "empty.yaml").write_text("# nothing\n")
    with pytest.raises(ScenarioError, match="the file is empty"):
        load_scenario(tmp_path / "empty.yaml")


@pytest.mark.parametrize(
    ("override", "words"),
    [
        ("policies.grant.intensity=2", ["--set policies.grant.intensity=2", "out of range"]),
        ("barriers.trust_treshold=0.1", ["--set barriers.trust_treshold=0.1", "did you mean"]),
        ("regions.Atlantis.firms=3", ["no item 'Atlantis'", "Lebak"]),
        ("policies.grant.intensity", ["write overrides as path=value"]),
    ],
)
def test_bad_overrides_are_reported_like_file_problems(override, words):
    result = _validate(str(BAD / "ok.yaml"), "--set", override)
    assert result.exit_code == 2
    for word in words:
        assert word in result.output


def test_ok_file_passes():
    result = _validate(str(BAD / "ok.yaml"))
    assert result.exit_code == 0
    assert "ok: tests/scenarios_bad/ok.yaml (bad)" in result.output


def test_file_that_is_not_text_cannot_be_read(tmp_path):
    f = tmp_path / "binary.yaml"
    f.write_bytes(b"meta:\n  name: \xff\xfe\x00 bad\n")
    with pytest.raises(ScenarioError, match=r"binary.yaml: is not UTF-8 text"):
        load_scenario(f)


def test_an_override_typo_from_python_is_not_called_a_set_option():
    from sim.scenario import ScenarioError, load_scenario

    with pytest.raises(ScenarioError) as caught:
        load_scenario("scenarios/grant.yaml", ["policies.grant.intensty=0.5"])
    text = str(caught.value)
    assert "override policies.grant.intensty=0.5" in text and "--set" not in text
    assert "did you mean 'intensity'" in text


def test_an_override_into_an_empty_section_fills_it(tmp_path):
    from sim.scenario import load_scenario

    source = Path("scenarios/baseline.yaml").read_text()
    empty = source.replace("horizon:\n  months: 120", "horizon:")
    assert empty != source
    (tmp_path / "empty.yaml").write_text(empty)
    scenario = load_scenario(tmp_path / "empty.yaml", ["horizon.months=2"])
    assert scenario.horizon.months == 2
