"""Running one model and writing its outputs (shared by the CLI's run command)."""

from collections.abc import Callable
from pathlib import Path

from tqdm import tqdm

from sim.model import PartnershipModel
from sim.outputs import write_parquet
from sim.plots import save_figure, trajectory_figure
from sim.scenario.schema import Outputs


def run_and_write(
    model: PartnershipModel,
    months: int | None,
    out: Path,
    title: str,
    say: Callable[[str], None] = print,
    outputs: Outputs | None = None,
) -> list[Path]:
    """Run `months` (default: the horizon) and write trajectories, events and a plot to `out`.

    `outputs` (a scenario's outputs section) chooses the metrics, regions and tables kept;
    the plot always shows the whole run.
    """
    outputs = outputs or Outputs()
    horizon = months or model.params.world.months
    for _ in tqdm(range(horizon), desc="months", unit="month", leave=False):
        model.step()
    trajectories = model.trajectories()
    paths = [write_parquet(outputs.keep(trajectories), out / "trajectories.parquet")]
    if outputs.events:
        paths.append(write_parquet(model.partnership_events(), out / "events.parquet"))
    paths.append(save_figure(trajectory_figure(trajectories, title), out / "trajectories.png"))
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
