"""The labour market: a frictional floor, outside jobs that follow the economy, dated runs."""

from pathlib import Path

import numpy as np
import pytest

from sim import PartnershipModel
from sim.metrics import INDEX
from sim.scenario import load_scenario
from tests.worlds import QUIET

SHIPPED = sorted(p for p in Path("scenarios").glob("*.yaml") if p.stem != "indonesia")
# indonesia.yaml (450,000 firm agents) is too big for 20 seeds x 120 months here: its
# unemployment is checked over 3 seeds in test_national_world.py


def test_booming_firms_cannot_hire_unemployment_below_the_frictional_floor():
    model = PartnershipModel(
        rng=1, **{**QUIET, "n_firms": 40, "labour_force": 2_000.0}, frictional_unemployment=0.03
    )
    model.actors.demand_base[: model.actors.n] *= 50.0  # every firm wants many more workers
    model.run(24)
    rates = [h[0, INDEX["unemployment_rate"]] for h in model.world.history]
    assert min(rates) >= 3.0 - 1e-9
    assert rates[-1] < 3.5  # they hired nearly everyone they could reach


def test_outside_jobs_follow_the_rest_of_the_economy():
    def outside_jobs(elasticity: float, surprise: float) -> float:
        model = PartnershipModel(
            rng=1,
            **{**QUIET, "n_firms": 20},
            rest_of_economy_growth=0.06,
            labour_force_growth=0.0,
            employment_elasticity=elasticity,
        )
        model.world.regions.rest_growth = model.world.regions.rest_growth + surprise
        start = float(model.world.regions.other_employment[0])
        model.run(12)
        return float(model.world.regions.other_employment[0]) / start

    # growth as expected: outside jobs keep the region's path (here flat)
    assert outside_jobs(0.5, 0.0) == pytest.approx(1.0)
    assert outside_jobs(0.0, 0.04) == pytest.approx(1.0)
    # two points more growth than expected: Okun
    assert outside_jobs(0.5, 0.02) == pytest.approx((1.08 / 1.06) ** 0.5, rel=1e-6)


def test_a_dated_run_carries_calendar_months():
    scenario = load_scenario(Path("scenarios/lebak.yaml"))
    model = PartnershipModel.from_scenario(scenario, rng=1).run(6)
    table = model.trajectories()
    dates = table.drop_duplicates("month").set_index("month")["date"].astype(str)
    assert dates[0] == "2022-08" and dates[5] == "2023-01"


def _unemployment_range(job: tuple[Path, int]) -> tuple[float, float]:
    path, seed = job
    scenario = load_scenario(path)
    model = PartnershipModel.from_scenario(scenario, rng=seed).run(scenario.horizon.months)
    rates = np.stack(model.world.history)[:, :, INDEX["unemployment_rate"]]
    return float(rates.min()), float(rates.max())


@pytest.mark.parametrize("path", SHIPPED, ids=[p.stem for p in SHIPPED])
def test_open_unemployment_stays_plausible_in_every_shipped_scenario(path):
    """Over 3 seeds and the whole horizon, every region's TPT stays within 1%..30%.

    (The business-as-usual benchmark checks the shipped regions over 20 seeds.)"""
    ranges = [_unemployment_range((path, seed)) for seed in range(1, 4)]
    low, high = min(r[0] for r in ranges), max(r[1] for r in ranges)
    assert 1.0 <= low and high <= 30.0, (low, high)
