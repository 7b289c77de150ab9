"""Running one model and writing its outputs (shared by the CLI's run command)."""

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tqdm import tqdm

from sim.infra.atomic import write_text
from sim.infra.folders import claim
from sim.infra.provenance import files_sha256, git_commit, now, versions
from sim.model import PartnershipModel
from sim.output.plots import save_figure, trajectory_figure
from sim.output.records import write_parquet
from sim.scenario import resolve_scenario
from sim.scenario.schema import Outputs


def run_and_write(
    model: PartnershipModel,
    months: int | None,
    out: Path,
    title: str,
    say: Callable[[str], None] = print,
    outputs: Outputs | None = None,
    provenance: dict[str, Any] | None = None,
    force: bool = False,
) -> list[Path]:
    """Run `months` (default: the horizon) and write trajectories, events and a plot to `out`.

    `outputs` (a scenario's outputs section) chooses the metrics, regions and tables kept;
    the plot always shows the whole run. `manifest.json` records `provenance` (seed,
    overrides, the resolved scenario, file hashes), versions, the git commit and the times.
    """
    claim(out, "run", force)
    outputs = outputs or Outputs()
    horizon = months or model.params.world.months
    started = now()
    for _ in tqdm(range(horizon), desc="months", unit="month", leave=False):
        model.step()
    trajectories = model.trajectories()
    paths = [write_parquet(outputs.keep(trajectories), out / "trajectories.parquet")]
    if outputs.events:
        paths.append(write_parquet(model.partnership_events(), out / "events.parquet"))
    paths.append(save_figure(trajectory_figure(trajectories, title), out / "trajectories.png"))
    manifest = {
        "kind": "run",
        **(provenance or {}),
        "months": horizon,
        "start": model.start,
        "versions": versions(),
        "git_commit": git_commit(),
        "started": started,
        "ended": now(),
    }
    paths.append(write_text(json.dumps(manifest, indent=2, default=str), out / "manifest.json"))
    say(summary(model, horizon))
    for path in paths:
        say(f"wrote {path}")
    return paths


def summary(model: PartnershipModel, months: int) -> str:
    """One line of headline figures at the last month."""
    v = model.latest
    return (
        f"after {months} months: PDRB Rp {v('pdrb') / 1e12:,.1f} triliun/year "
        f"({v('pdrb_growth'):+.2f}%/year), employment {v('employment'):,.0f}, "
        f"unemployment {v('unemployment_rate'):.2f}%, firms {v('firms'):,.0f}, "
        f"active partnerships {v('partnerships_active'):,.0f}, "
        f"mean trust {v('mean_trust'):.2f}, policy spending "
        f"Rp {v('policy_spending') / 1e9:,.2f} miliar this month"
    )


def run_provenance(
    scenario: Path | None,
    loaded,  # noqa: ANN001 - the Scenario `_build` loaded (None for the default model)
    overrides: list[str],
    seed: int,
    firms: int | None,
    regions: int | None,
) -> dict[str, object]:
    """What a run manifest records about how the run was asked for."""
    record: dict[str, object] = {"seed": seed, "overrides": overrides, "command": sys.argv}
    if scenario is None:
        return {**record, "scenario": "default", "firms": firms, "regions": regions}
    _, origins = resolve_scenario(scenario, overrides)  # which files it read, with parents
    hashes = files_sha256(origins.places.values())
    return {
        **record,
        "scenario": loaded.meta.name,
        "file": str(scenario),
        "files_sha256": hashes,
        "resolved_scenario": loaded.model_dump(mode="json"),
    }
