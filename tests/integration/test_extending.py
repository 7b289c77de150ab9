"""Adding a partnership kind, a metric or a lever is one declaration: the rest follows.

The fixture copies the package, edits one declaration (a member of `Kind`, an entry of the
metric `REGISTRY`), adds one lever module and its one line in `Policies`, and runs a fresh
interpreter on the copy with one new scenario file.
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
NEW_LEVER = '''"""Export promotion: trade fairs raise the market reach of the firms taking part."""

from typing import TYPE_CHECKING, override

from sim.levers.base import LeverInForce
from sim.levers.declaration import Lever
from sim.params.base import param

if TYPE_CHECKING:
    from sim.world.state import World


class ExportPromotion(Lever):
    """Trade fairs: the market reach of the targeted firms rises."""

    name = "export_promotion"
    label = {"en": "Export promotion", "id": "Promosi ekspor"}
    tip = {"en": "Trade fairs abroad.", "id": "Pameran dagang di luar negeri."}
    evidence = "assumed"
    evidence_note = "a test lever"
    cost_basis = "assumed"

    reach_gain: float = param(0.01, "per month", "Reach gained.", ge=0, source="assumption: x")
    cost_per_firm: float = param(1e5, "rupiah per firm", "Stands.", ge=0, source="assumption: x")

    @override
    def in_force(self, world: "World") -> "ExportPromotionInForce":
        return ExportPromotionInForce(self, world)


class ExportPromotionInForce(LeverInForce[ExportPromotion]):
    @override
    def apply(self, m: "World") -> None:
        rows = self.targeted(m)
        m.actors.market_reach[rows] += self.spec.intensity * self.spec.reach_gain
        self.spend(m, m.actors.region[rows], m.real_units(rows) * self.spec.cost_per_firm)
'''
LEVER_FILE = """extends: {baseline!r}
meta: {{name: fairs}}
policies:
  export_promotion: {{start: 1, intensity: 1}}
"""
CHECKS = """
import numpy as np, sim
from pathlib import Path
assert Path(sim.__file__).is_relative_to(Path({copy!r})), sim.__file__
from sim import PartnershipModel
from sim.core.kinds import Kind
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
from sim.levers import LEVER_NAMES, describe_levers
assert LEVER_NAMES[-1] == "export_promotion" and "export_promotion" in schema
assert APP_TEXT["id"]["export_promotion"] == "Promosi ekspor"
assert any("policies.export_promotion" in line for line in describe_levers())
fairs = PartnershipModel.from_scenario(load_scenario({fairs!r}), rng=1).run(2)
assert fairs.latest("policy_spending_export_promotion") > 0
assert fairs.latest("policy_spending_cumulative") == fairs.series("policy_spending").sum()
print("picked up")
"""


@pytest.fixture(scope="module")
def extended(tmp_path_factory) -> Path:
    copy = tmp_path_factory.mktemp("extended")
    shutil.copytree(ROOT / "sim", copy / "sim", ignore=shutil.ignore_patterns("__pycache__"))
    kinds = copy / "sim/core/kinds.py"
    marker = '"inter-regional", "antardaerah",\n    )  # fmt: skip\n'
    text = kinds.read_text()
    assert text.count(marker) == 1
    kinds.write_text(text.replace(marker, marker + NEW_KIND))
    metrics = copy / "sim/metrics.py"
    marker = "        RP_PER_MONTH,\n    ),\n)\n"
    text = metrics.read_text()
    assert text.count(marker) == 1
    metrics.write_text(text.replace(marker, "        RP_PER_MONTH,\n    ),\n" + NEW_METRIC + ")\n"))
    (copy / "sim/levers/export_promotion.py").write_text(NEW_LEVER)
    registry = copy / "sim/levers/__init__.py"
    marker = "    interregional_agreement: InterregionalAgreement | None = None\n"
    text = registry.read_text()
    assert text.count(marker) == 1
    line = "    export_promotion: ExportPromotion | None = None\n"
    text = text.replace(marker, marker + line)
    text = "from sim.levers.export_promotion import ExportPromotion\n" + text
    registry.write_text(text)
    (copy / "fairs.yaml").write_text(
        LEVER_FILE.format(baseline=str(ROOT / "scenarios/baseline.yaml"))
    )
    return copy


@pytest.mark.slow
def test_a_new_kind_a_new_metric_and_a_new_lever_are_picked_up_everywhere(extended):
    script = CHECKS.format(
        copy=str(extended),
        baseline=str(ROOT / "scenarios/baseline.yaml"),
        fairs=str(extended / "fairs.yaml"),
    )
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
