"""Tiny hand-built worlds for behaviour tests (axelrod-style: few agents, expected sequences)."""

import numpy as np

from sim import PartnershipModel
from sim.core.kinds import Stage

# A world where nothing random gets in the way of the mechanism under test.
QUIET = dict(
    n_regions=1,
    n_agencies=0,
    demand_volatility=0.0,
    demand_jump_chance=0.0,
    death_rate=0.0,
    firm_stock_growth=0.0,
    spin_up_months=0,
    rest_growth_sd=0.0,
    labour_force_growth_sd=0.0,
    region_heterogeneity=0.0,
    culture_spread=0.0,
    search_probability=1.0,
    memory_share=0.0,
    network_share=0.0,
    local_share=1.0,
    interest_divergence=0.0,
    permit_abandon_rate=0.0,
    mean_term=1000.0,
    labour_force=10_000.0,
    large_firm_share=0.0,
)


def two_firms(rng: int = 1, **overrides) -> PartnershipModel:
    """Identical processor firms (two unless `n_firms` says) of one sector, centre and region."""
    model = PartnershipModel(rng=rng, **{**QUIET, "n_firms": 2, **overrides})
    t = model.actors
    rows = np.arange(t.n)
    t.sector[rows] = 0
    t.stage[rows] = Stage.processor
    t.cluster[rows] = 0
    t.workers[rows] = 3.0
    t.capacity[rows] = 1
    t.culture[rows] = 0.5
    t.cash[rows] = 1e9
    return model


def run_until(model: PartnershipModel, condition, months: int) -> int | None:
    """Step until `condition(model)` holds; the month it first held, or None."""
    for _ in range(months):
        model.step()
        if condition(model):
            return model.month
    return None


def set_params(model: PartnershipModel, group: str, **values) -> None:
    """Change parameters of a running tiny world (tests only; real runs freeze them)."""
    updated = getattr(model.params, group).model_copy(update=values)
    model.params = model.params.model_copy(update={group: updated})


TEST_AGENTS = 100_000  # firm agents a test runs a shipped scenario with, at most


def at_most(path, agents: int = TEST_AGENTS, scale: float = 1.0) -> list[str]:  # noqa: ANN001
    """`--set` overrides that run a shipped scenario with at most `agents` firm agents.

    Only the national scenario (4.5 million firms at 1:10) needs it: tests run it at 1:45
    (coarser, an agent of a small kota would employ more than its labour force), and
    `benchmarks/bench_scale.py --scenario` runs it at full size. `scale`: a scale the test
    asks for.
    """
    from sim.scenario import load_scenario

    scenario = load_scenario(path)
    real = sum(r.firms for r in scenario.regions)
    needed = max(real / agents, scale, scenario.firms.scale)
    return [] if needed == scenario.firms.scale else [f"firms.scale={needed}"]
