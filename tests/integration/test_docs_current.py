"""The docs point at files that exist and say what the code does."""

import re
import tomllib
from pathlib import Path

from sim.scenario import load_scenario

ROOT = Path(__file__).parents[2]


def test_every_file_pyproject_names_exists():
    text = (ROOT / "pyproject.toml").read_text()
    tomllib.loads(text)
    for path in re.findall(r"\b(?:examples|sim|scenarios|benchmarks)/[\w/.-]+\.py\b", text):
        assert (ROOT / path).exists(), path


def test_the_readmes_do_not_point_outside_the_project_or_promise_files_that_exist():
    readme = (ROOT / "README.md").read_text()
    assert "../shared/data/regions_bps.csv" not in readme
    assert "go here; they are the subject of" not in (ROOT / "scenarios/README.md").read_text()


def test_a_lever_set_to_null_in_a_child_file_is_off(tmp_path):
    child = tmp_path / "c.yaml"
    child.write_text(
        f"extends: {ROOT}/scenarios/grant.yaml\nmeta: {{name: c}}\npolicies: {{grant: null}}\n"
    )
    assert load_scenario(ROOT / "scenarios/grant.yaml").policies.grant is not None
    assert load_scenario(child).policies.grant is None


def test_the_readme_s_example_summary_is_what_the_default_run_prints(tmp_path):
    from typer.testing import CliRunner

    from sim.cli.main import app

    result = CliRunner().invoke(app, ["run", "--out", str(tmp_path / "run")])
    assert result.exit_code == 0, result.output
    printed = next(line for line in result.output.splitlines() if "after 120 months" in line)
    for page in ("README.md", "docs/outputs.md"):
        text = (ROOT / page).read_text()
        block = text.split("`kemitraan run` prints a one-line summary", 1)[1].split("```")[1]
        example = " ".join(block.split())
        assert " ".join(printed[printed.index("after 120 months") :].split()) == example, page
