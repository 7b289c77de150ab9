"""Golden baselines: the reference runs and the figures kept from them.

A reference is the default synthetic world, or a shipped regional scenario (Lebak, OKU,
Sumatera Utara) run at a small scale; each is kept for a few seeds.
"""

from pathlib import Path

from sim import PartnershipModel
from sim.scenario import load_scenario

ROOT = Path(__file__).parents[2]
SEEDS = (1, 2, 3)
MONTHS = 60
CHECKPOINTS = (12, 36, 60)
REGIONAL = {  # reference name -> scenario file and the small scale it runs at
    "lebak": ("scenarios/lebak.yaml", ["firms.scale=20"]),
    "oku": ("scenarios/oku.yaml", ["firms.scale=20"]),
    "sumut": ("scenarios/sumut.yaml", ["firms.scale=40"]),
}
REFERENCES = ("default", *REGIONAL)
KEPT = (
    "pdrb",
    "employment",
    "firm_employment",
    "unemployment_rate",
    "investment",
    "firms",
    "firm_entries",
    "firm_exits",
    "partnerships_active",
    "partnerships_formed",
    "partnerships_ended",
    "mean_trust",
    "network_density",
)


def reference_model(reference: str, seed: int) -> PartnershipModel:
    """The model of one reference run, not yet run."""
    if reference == "default":
        return PartnershipModel(rng=seed)
    file, overrides = REGIONAL[reference]
    return PartnershipModel.from_scenario(load_scenario(ROOT / file, overrides), rng=seed)


def reference_figures(reference: str, seed: int) -> dict[str, float]:
    """'metric@region@month' -> value for one reference run."""
    traj = reference_model(reference, seed).run(MONTHS).trajectories()
    keep = traj[traj["metric"].isin(KEPT) & traj["month"].isin(CHECKPOINTS)]
    return {f"{r.metric}@{r.region}@{r.month}": float(r.value) for r in keep.itertuples()}
