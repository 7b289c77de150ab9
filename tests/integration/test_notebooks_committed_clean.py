"""Notebooks are committed without outputs (they are run by nbmake in the test command)."""

import json
from pathlib import Path

NOTEBOOKS = sorted((Path(__file__).parents[2] / "notebooks").glob("*.ipynb"))


def test_three_notebooks_without_outputs():
    assert {p.stem for p in NOTEBOOKS} == {
        "analyst_policy_comparison",
        "researcher_sweep_sensitivity",
        "trainer_workshop_walkthrough",
    }
    for path in NOTEBOOKS:
        cells = json.loads(path.read_text())["cells"]
        code = [c for c in cells if c["cell_type"] == "code"]
        assert code and all(not c["outputs"] and c["execution_count"] is None for c in code)
