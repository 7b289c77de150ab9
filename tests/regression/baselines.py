"""Golden baselines: the reference runs and the figures kept from them."""

from sim import PartnershipModel

SEEDS = (1, 2, 3)
MONTHS = 60
CHECKPOINTS = (12, 36, 60)
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


def reference_figures(seed: int) -> dict[str, float]:
    """'metric@region@month' -> value for the default model (600 firms) and one seed."""
    traj = PartnershipModel(rng=seed).run(MONTHS).trajectories()
    keep = traj[traj["metric"].isin(KEPT) & traj["month"].isin(CHECKPOINTS)]
    return {f"{r.metric}@{r.region}@{r.month}": float(r.value) for r in keep.itertuples()}
