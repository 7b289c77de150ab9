"""Running one model and writing its outputs (shared by the CLI's run command)."""

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tqdm import tqdm

from sim.folders import claim
from sim.model import PartnershipModel
from sim.outputs import write_parquet
from sim.plots import save_figure, trajectory_figure
from sim.provenance import git_commit, now, versions
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
    paths.append(_write_json(manifest, out / "manifest.json"))
    say(summary(model, horizon))
    for path in paths:
        say(f"wrote {path}")
    return paths


def _write_json(data: dict[str, Any], target: Path) -> Path:
    """Write JSON next to `target` under a fresh name, then move it into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    with os.fdopen(handle, "w", encoding="utf-8") as file:
        json.dump(data, file, indent=2, default=str)
    os.replace(name, target)
    return target


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
