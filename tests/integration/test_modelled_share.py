"""The modelled firms are sized against their regions at load time; shipped regions always build."""

from pathlib import Path

import numpy as np
import pytest

from sim import PartnershipModel
from sim.params.actors import FirmParams
from sim.scenario import ScenarioError, load_scenario
from sim.scenario.modelled import expected_workers, modelled_shares

ROOT = Path(__file__).parents[2]


def test_expected_workers_match_the_draws():
    from sim.params import ModelParams
    from sim.world.population import firm_columns
    from sim.world.regions import synthetic_regions

    p = ModelParams()
    rng = np.random.default_rng(4)
    regions = synthetic_regions(p, rng)
    n = 200_000
    region = np.zeros(n, dtype=np.int64)
    ikm = firm_columns(p, regions, region, 0, rng)["workers"]
    big = firm_columns(p, regions, region, 0, rng, np.ones(n, dtype=bool))["workers"]
    want_ikm, want_large = expected_workers(FirmParams())
    assert ikm.mean() == pytest.approx(want_ikm, rel=0.02)
    assert big.mean() == pytest.approx(want_large, rel=0.05)


def test_show_and_validation_agree_on_the_modelled_share(tmp_path):
    lebak = load_scenario(ROOT / "scenarios/lebak.yaml")
    (share,) = modelled_shares(lebak.model_params(), lebak.regions)
    assert 0.02 < share.pdrb_share < 0.5 and 0.01 < share.jobs_share < 0.5
    file = tmp_path / "crowded.yaml"
    file.write_text(
        f"extends: {ROOT / 'scenarios/lebak.yaml'}\n"
        "meta: {name: crowded, description: {en: too many firms, id: terlalu banyak}}\n"
        "regions:\n  - name: Lebak\n    firms: 400000\n    labour_force: 722850\n"
        "    pdrb: 33.47e+12\n"
    )
    with pytest.raises(ScenarioError) as err:
        load_scenario(file)
    text = "\n".join(str(p) for p in err.value.problems)
    assert "crowded.yaml:5" in text and "regions.Lebak.pdrb" in text
    assert "expected value added" in text and "allowed: at most 80%" in text
    assert "regions.Lebak.firms" in text and "expected jobs" in text


@pytest.mark.slow
@pytest.mark.parametrize("name", ["lebak", "oku", "sumut"])
def test_shipped_regions_build_for_every_seed(name):
    scenario = load_scenario(ROOT / f"scenarios/{name}.yaml")
    for seed in range(1, 31):  # each build runs its spin-up (60 months)
        model = PartnershipModel.from_scenario(scenario, rng=seed)
        assert model.latest("pdrb") > model.latest("firm_value_added") * 12
