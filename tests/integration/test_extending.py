"""Adding a partnership kind or a metric is one declaration: the rest of the model follows.

The fixture copies the package, edits one declaration (a member of `Kind`, an entry of the
metric `REGISTRY`) and runs a fresh interpreter on the copy.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]

NEW_KIND = """
    mentoring = 6, KindSpec(
        "a mentor firm coaching an IKM", 5e4, 0.55, 0.03, False, "mentoring", "pendampingan",
    )  # fmt: skip
"""
NEW_METRIC = """    Metric(
        "capital_of_firms",
        "rupiah (capital of the modelled firms)",
        "capital of the IKM",
        "modal IKM",
        RP_PER_MONTH,
        compute=lambda v: v.per_region(
            v.world.actors.capital[: v.world.actors.n] * v.firm * v.world.params.world.scale
        ),
    ),
"""
CHECKS = """
import numpy as np, sim
from pathlib import Path
assert Path(sim.__file__).is_relative_to(Path({copy!r})), sim.__file__
from sim import PartnershipModel
from sim.kinds import Kind
from sim.scenario import load_scenario
from sim.scenario.schema import Scenario
from sim.app.texts import APP_TEXT

assert Kind.mentoring.spec.label_id == "pendampingan"
model = PartnershipModel(rng=1, n_firms=150).run(3)
t = model.trajectories()
assert "partnerships_active_mentoring" in set(t["metric"])
assert (t[t["metric"] == "partnerships_active_mentoring"]["value"] == 0).all()
capital = t[(t["metric"] == "capital_of_firms") & (t["region"] == "ALL")]["value"]
assert len(capital) == 4 and (capital > 0).all() and np.isfinite(capital).all()
schema = str(Scenario.model_json_schema())
assert "mentoring" in schema and "capital_of_firms" in schema
s = load_scenario({baseline!r}, ["barriers.initial_trust.mentoring=0.7",
                                 "barriers.partnership_cost.mentoring=1e4",
                                 "outputs.metrics=[capital_of_firms]"])
assert s.barriers.initial_trust.mentoring == 0.7
assert s.barriers.partnership_cost.mentoring == 1e4
assert s.model_params().barriers.initial_trust.as_array()[Kind.mentoring] == 0.7
assert APP_TEXT["en"]["kind_mentoring"] == "mentoring"
print("picked up")
"""


@pytest.fixture(scope="module")
def extended(tmp_path_factory) -> Path:
    copy = tmp_path_factory.mktemp("extended")
    shutil.copytree(ROOT / "sim", copy / "sim", ignore=shutil.ignore_patterns("__pycache__"))
    kinds = copy / "sim/kinds.py"
    marker = '"inter-regional", "antardaerah",\n    )  # fmt: skip\n'
    text = kinds.read_text()
    assert text.count(marker) == 1
    kinds.write_text(text.replace(marker, marker + NEW_KIND))
    metrics = copy / "sim/metrics.py"
    marker = "        RP_PER_MONTH,\n    ),\n)\n"
    text = metrics.read_text()
    assert text.count(marker) == 1
    metrics.write_text(text.replace(marker, "        RP_PER_MONTH,\n    ),\n" + NEW_METRIC + ")\n"))
    return copy


@pytest.mark.slow
def test_a_new_kind_and_a_new_metric_are_picked_up_everywhere(extended):
    script = CHECKS.format(copy=str(extended), baseline=str(ROOT / "scenarios/baseline.yaml"))
    out = subprocess.run(
        [sys.executable, "-c", script],
        cwd=extended,
        env={"PYTHONPATH": str(extended), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.strip().endswith("picked up")
