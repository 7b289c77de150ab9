"""Hostile scenario input is refused cleanly, quickly and without reading what it should not."""

import os
import resource
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sim.cli.main import app
from sim.scenario import ScenarioError, load_scenario
from sim.scenario.yaml_source import MAX_BYTES

BAD = Path("tests/scenarios_bad")
runner = CliRunner()


def _refused(path: Path, *words: str) -> str:
    start = time.perf_counter()
    with pytest.raises(ScenarioError) as err:
        load_scenario(path)
    assert time.perf_counter() - start < 5.0
    message = str(err.value)
    for word in words:
        assert word in message, message
    return message


def test_an_alias_bomb_stops_at_the_value_budget():
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    _refused(BAD / "alias_bomb.yaml", "alias_bomb.yaml:", "more than 100,000 values")
    grown_mib = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mib < 300


def test_deep_nesting_is_refused_not_a_recursion_error():
    _refused(BAD / "deep_nesting.yaml", "nested too deeply", "at most 40 levels")


def test_a_file_too_large_is_refused_before_it_is_parsed(tmp_path):
    big = tmp_path / "big.yaml"
    big.write_text("a:\n" + "  - 1\n" * (MAX_BYTES // 6 + 10))
    _refused(big, "larger than 1,000,000 bytes")


def test_extends_only_to_yaml_files_and_never_echoes_another_file():
    message = _refused(BAD / "extends_not_yaml.yaml", "'/etc/passwd' is not a scenario file")
    assert "root" not in message
    _refused(BAD / "extends_device.yaml", "is not a scenario file")


def test_devices_and_pipes_are_not_read(tmp_path):
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    (tmp_path / "child.yaml").write_text("extends: pipe.yaml\n")
    _refused(fifo, "not a regular file")
    _refused(tmp_path / "child.yaml", "not a regular file")


def test_a_long_extends_chain_is_refused(tmp_path):
    for k in range(30):
        (tmp_path / f"s{k}.yaml").write_text(f"extends: s{k + 1}.yaml\n")
    (tmp_path / "s30.yaml").write_text("meta: {name: x}\n")
    _refused(tmp_path / "s0.yaml", "more than 20 files extend one another")


def test_the_cli_says_so_with_exit_2():
    result = runner.invoke(app, ["validate", str(BAD / "alias_bomb.yaml")])
    assert result.exit_code == 2 and "Traceback" not in result.output


@pytest.mark.parametrize(
    ("override", "words"),
    [
        ("regions.0.sector_shares.food=.nan", ["sector_shares.food", "finite number"]),
        ("barriers.trust_threshold=.inf", ["trust_threshold", "got inf"]),
        ("regions.0.rest_of_economy_pdrb=1.0e+308", ["rest_of_economy_pdrb", "<= 5e+16"]),
        ("horizon.months=true", ["horizon.months", "a number, not true"]),
        ("regions.0.name=ALL", ["'ALL' is reserved"]),
        ("regions.0.firms=4.0e+7", ["too large", "5,000,000 firm agents", "firms.scale"]),
        ("horizon.months.x=1", ["horizon.months is a value (120), not a section"]),
        (f"meta.name={'x' * 200_000}", ["meta.name", "at most 100 characters"]),
    ],
)
def test_impossible_values_are_refused_by_validate_as_run_would(override, words):
    start = time.perf_counter()
    result = runner.invoke(app, ["validate", "scenarios/baseline.yaml", "--set", override])
    assert time.perf_counter() - start < 5.0
    assert result.exit_code == 2 and "Traceback" not in result.output, result.output
    for word in words:
        assert word in result.output, result.output


def test_ten_thousand_regions_are_refused_cleanly(tmp_path):
    regions = "".join(f"  - {{name: R{k}, firms: 10}}\n" for k in range(10_000))
    big = tmp_path / "many.yaml"
    big.write_text(f"meta: {{name: many, description: {{en: x, id: x}}}}\nregions:\n{regions}")
    _refused(big, "too large", "at most 500 regions")


@pytest.mark.parametrize(("option", "value"), [("--seed", "-1"), ("--months", "99999")])
def test_run_options_have_bounds(option, value, tmp_path):
    result = runner.invoke(app, ["run", "--out", str(tmp_path / "r"), option, value])
    assert result.exit_code == 2 and "Invalid value" in result.output
    assert not (tmp_path / "r").exists()


def _disk_full(frame, path):  # noqa: ANN001, ANN202
    import errno

    raise OSError(errno.ENOSPC, "No space left on device", str(path))


def test_a_full_disk_is_one_clear_line_not_a_traceback(tmp_path, monkeypatch):
    monkeypatch.setattr("sim.output.single_run.write_parquet", _disk_full)
    result = runner.invoke(app, ["run", "--months", "1", "--out", str(tmp_path / "r")])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "No space left on device" in result.output and "trajectories.parquet" in result.output
    monkeypatch.setattr("sim.experiments.store.write_parquet", _disk_full)
    spec = tmp_path / "e.yaml"
    spec.write_text(
        f"name: e\nscenarios: ['{Path('scenarios/baseline.yaml').resolve()}']\nseeds: 1\n"
        "months: 1\noverrides: ['firms.scale=60']\n"
    )
    result = runner.invoke(
        app, ["sweep", str(spec), "--workers", "1", "--out", str(tmp_path / "s")]
    )
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "No space left on device" in result.output and "finished runs are kept" in result.output


@pytest.mark.parametrize("parent", ['"\\u0000"', '""', "[a, b]"])
def test_extends_must_be_a_file_name(tmp_path, parent):
    path = tmp_path / "child.yaml"
    path.write_text(f"extends: {parent}\nmeta: {{name: x}}\n")
    _refused(path, "extends", "must be a file name")
