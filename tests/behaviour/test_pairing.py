"""Paired runs differ only through the policy: draws belong to agents, not positions."""

from functools import cache

import numpy as np
import pytest

from sim import PartnershipModel
from sim.scenario import load_scenario

NO_CONTACT = [  # nobody meets a stranger in another region
    "search.reach_base=0",
    "search.reach_digital=0",
    "search.reach_infrastructure=0",
    "firms.scale=10",
]
TRAINING_IN_A = [
    "policies.training.start=1",
    "policies.training.intensity=1",
    "policies.training.targets.regions=[Kabupaten A]",
]


def _paths(scenario: str, overrides: list[str], months: int) -> dict[str, dict[int, np.ndarray]]:
    """Per region, each firm's (workers, demand, cash, partners) path by its stable key."""
    model = PartnershipModel.from_scenario(load_scenario(scenario, overrides), rng=11)
    t, rows = model.actors, []
    for _ in range(months):
        model.step()
        counts = model.ledger.partner_counts(t.n)
        rows.append(
            {
                int(k): (w, d, c, p)
                for k, w, d, c, p in zip(
                    t.key[: t.n],
                    t.workers[: t.n],
                    t.demand[: t.n],
                    t.cash[: t.n],
                    counts,
                    strict=True,
                )
            }
        )
    names = model.regions.name
    region_of = {int(k): names[r] for k, r in zip(t.key[: t.n], t.region[: t.n], strict=True)}
    out: dict[str, dict[int, np.ndarray]] = {}
    for key, region in region_of.items():
        path = np.array([month.get(key, (np.nan,) * 4) for month in rows], dtype=float)
        out.setdefault(region, {})[key] = path
    return out


def test_a_lever_in_one_region_leaves_the_others_untouched():
    months = 36
    base = _paths("scenarios/baseline.yaml", NO_CONTACT, months)
    lever = _paths("scenarios/training.yaml", NO_CONTACT + TRAINING_IN_A, months)
    for region in ("Kabupaten B", "Kabupaten C"):
        assert base[region].keys() == lever[region].keys(), f"the same firms entered {region}"
        for key, path in base[region].items():
            np.testing.assert_array_equal(path, lever[region][key], err_msg=f"{region} {key}")
    a = "Kabupaten A"
    changed = [
        k for k in base[a] if not np.array_equal(base[a][k], lever[a].get(k), equal_nan=True)
    ]
    assert len(changed) > len(base[a]) / 2, "training in A changes most of A's firms"


@cache
def _firm_jobs(scenario: str, seed: int) -> np.ndarray:
    model = PartnershipModel.from_scenario(
        load_scenario(scenario), rng=np.random.SeedSequence(20261122, spawn_key=(seed,))
    )
    return model.run(120).series("firm_employment")


@pytest.mark.slow
def test_a_placebo_lever_differs_from_the_baseline_by_far_less_than_seeds_do():
    # 12 seeds: the placebo's spread is about 0.01 of the seeds' (bench_pairing.py, 20 seeds)
    base = np.array([_firm_jobs("scenarios/baseline.yaml", k) for k in range(12)])
    placebo = np.array([_firm_jobs("scenarios/placebo.yaml", k) for k in range(12)])
    for month in (24, 60, 120):
        seeds_spread = base[:, month].std(ddof=1)
        paired_spread = (placebo[:, month] - base[:, month]).std(ddof=1)
        assert paired_spread <= 0.1 * seeds_spread, (month, paired_spread, seeds_spread)
    assert (placebo[:, 1:] != base[:, 1:]).any(), "the placebo acts (a little)"
