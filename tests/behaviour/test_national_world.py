"""A synthetic world sized for national scale: unequal regions, labour forces from the firms."""

import numpy as np
import pytest

from sim import PartnershipModel
from sim.params import ParameterError

PER_FIRM = 32.8  # persons in the labour force per real firm (Indonesia, 2023)


def test_regions_sized_to_their_firms_hold_any_number_of_firms():
    many = dict(  # sizes at build, before any month: no spin-up
        n_firms=40_000, n_regions=2, n_agencies=4, rng=1, labour_force=20_000, spin_up_months=0
    )
    with pytest.raises(ParameterError, match="labour_force"):
        PartnershipModel(**many)  # the region default is far too small for these firms
    model = PartnershipModel(**many, labour_force_per_firm=PER_FIRM)
    r, t = model.regions, model.actors
    firms = np.bincount(t.region[: t.n], weights=model.is_alive_firm(), minlength=r.count)
    assert np.allclose(r.labour_force, firms * PER_FIRM)  # scale 1: agents are firms
    employed = r.other_employment + model.firm_employment()
    assert np.allclose(1 - employed / r.labour_force, model.params.region.initial_unemployment_rate)


def test_the_rest_of_the_economy_grows_with_the_region():
    sized = PartnershipModel(n_firms=3_000, n_regions=4, n_agencies=4, rng=2, spin_up_months=0,
                             region_size_spread=1.0, labour_force_per_firm=PER_FIRM)  # fmt: skip
    r = sized.regions
    per_person = r.rest_pdrb / r.labour_force  # the drawn level, spread by heterogeneity
    plain = PartnershipModel(n_firms=3_000, n_regions=4, n_agencies=4, rng=2, spin_up_months=0,
                             region_size_spread=1.0)  # fmt: skip
    assert np.allclose(per_person, plain.regions.rest_pdrb / plain.regions.labour_force)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_region_size_spread_makes_regions_unequal_and_zero_keeps_them_even(seed):
    def counts(spread: float) -> np.ndarray:
        m = PartnershipModel(n_firms=20_000, n_regions=50, n_agencies=50, rng=seed,
                             region_size_spread=spread, labour_force=1e7)  # fmt: skip
        t = m.actors
        return np.bincount(t.region[: t.n][m.is_alive_firm()], minlength=50)

    even, unequal = counts(0.0), counts(1.0)
    assert even.std() / even.mean() < 0.1  # binomial noise only
    assert unequal.std() / unequal.mean() > 0.5  # log-normal sizes, sigma 1
    assert unequal.max() / max(unequal.min(), 1) > 5  # a big city and a small kabupaten


def test_indonesia_has_room_for_its_514_kabupaten_and_kota():
    m = PartnershipModel(n_firms=2_000, n_regions=514, n_agencies=514, rng=1,
                         region_size_spread=1.0, labour_force_per_firm=PER_FIRM)  # fmt: skip
    m.run(2)
    assert m.regions.count == 514 and len(m.series("firm_employment")) == 3


@pytest.mark.parametrize("seed", [1, 2])
def test_the_national_scenario_keeps_unemployment_plausible(seed):
    """indonesia.yaml at 1:45 (100,000 firm agents, 514 regions) for two years."""
    from pathlib import Path

    from sim.metrics import INDEX
    from sim.scenario import load_scenario
    from tests.worlds import at_most

    path = Path("scenarios/indonesia.yaml")
    scenario = load_scenario(path, [*at_most(path), "horizon.months=24"])
    model = PartnershipModel.from_scenario(scenario, rng=seed).run()
    rates = np.stack(model.world.history)[:, :, INDEX["unemployment_rate"]]
    national = rates[:, -1]
    assert 1.0 <= rates.min() and rates.max() <= 30.0, (rates.min(), rates.max())
    assert abs(national[0] - 5.32) < 0.01  # BPS, August 2023


def _provinces_world(other_province_weight: float, seed: int) -> PartnershipModel:
    """Three regions in two provinces, equal in size; every candidate is a stranger."""
    from sim.params.world import RegionSpec

    specs = [
        RegionSpec(name="Kota Satu", province="A", firms=300, agencies=2),
        RegionSpec(name="Kabupaten Dua", province="A", firms=300, agencies=2),
        RegionSpec(name="Kabupaten Tiga", province="B", firms=300, agencies=2),
    ]
    model = PartnershipModel(
        region_specs=specs,
        rng=seed,
        memory_share=0.0,
        network_share=0.0,
        local_share=0.0,
        other_province_weight=other_province_weight,
    )
    return model.run(24)


def _across_provinces(model: PartnershipModel) -> tuple[int, int]:
    """Proposed partnerships between the two provinces, and all proposed."""
    led, t = model.ledger, model.actors
    province = model.regions.province[t.region[: t.n]]
    a, b = led.a[: led.n], led.b[: led.n]
    return int(np.sum(province[a] != province[b])), led.n


def test_with_no_weight_for_other_provinces_strangers_come_from_the_own_province_only():
    across, proposed = _across_provinces(_provinces_world(0.0, seed=1))
    assert proposed > 50 and across == 0
    across, proposed = _across_provinces(_provinces_world(1.0, seed=1))
    assert across > 0


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_a_lower_weight_for_other_provinces_keeps_partners_nearer_in_paired_runs(seed):
    near = _across_provinces(_provinces_world(0.1, seed))
    anywhere = _across_provinces(_provinces_world(1.0, seed))
    assert near[0] / near[1] < anywhere[0] / anywhere[1]


def test_regions_without_a_province_search_as_before():
    """Default weight 1, or no provinces at all: the same draws as the plain search."""
    plain = PartnershipModel(n_firms=600, n_regions=3, n_agencies=6, rng=3).run(12)
    weighted = PartnershipModel(
        n_firms=600, n_regions=3, n_agencies=6, rng=3, other_province_weight=0.2
    ).run(12)
    assert np.array_equal(plain.ledger.a[: plain.ledger.n], weighted.ledger.a[: weighted.ledger.n])
    assert np.array_equal(plain.ledger.b[: plain.ledger.n], weighted.ledger.b[: weighted.ledger.n])


def test_the_national_table_has_every_kabupaten_and_kota_sized_by_its_population():
    import pandas as pd

    table = pd.read_csv("data/indonesia_regions.csv")
    assert len(table) == 514 and table["name"].is_unique
    assert (table["type"] == "kota").sum() == 98 and table["province"].nunique() == 38
    assert abs(table["firms"].sum() - 4.5e6) < 100  # national totals kept (rounding only)
    assert abs(table["labour_force"].sum() - 147.71e6) < 1_000
    # a province's labour force is its population share of the national one: Sumatera
    # Utara against its own BPS figure (8.02 million, Sakernas August 2023)
    sumut = table.loc[table["province"] == "Sumatera Utara", "labour_force"].sum()
    assert abs(sumut / 8.02e6 - 1) < 0.05
    medan = table.loc[table["name"] == "Kota Medan"].squeeze()
    assert medan["province"] == "Sumatera Utara"
    by_name = table.set_index("name")["labour_force"]
    assert by_name["Kota Surabaya"] > 2.5 * by_name["Kabupaten Sampang"]  # 3.0 and 1.0 million
    assert by_name["Kota Medan"] > 5 * by_name["Kabupaten Nias Selatan"]  # 2.5 and 0.37 million
    assert abs(by_name["Kabupaten Lebak"] / 722_850 - 1) < 0.15  # lebak-2023-labour-force


def test_the_national_table_sizes_economies_and_unemployment_by_province():
    import pandas as pd

    table = pd.read_csv("data/indonesia_regions.csv")
    pdrb = table.groupby("province")["rest_of_economy_pdrb"].sum()
    assert abs(pdrb.sum() / (20_892.4e12 * (1 - 0.036)) - 1) < 1e-6  # the national total kept
    # Jakarta's share of the provinces' PDRB is its BPS row's (3,679.36 of 22,020 triliun)
    assert abs(pdrb["Daerah Khusus Ibukota Jakarta"] / pdrb.sum() - 3679.36 / 22020) < 1e-4
    unemployed = (table["initial_unemployment_rate"] * table["labour_force"]).sum()
    assert abs(unemployed / table["labour_force"].sum() - 0.0532) < 1e-4  # BPS, August 2023
    banten = table.loc[table["province"] == "Banten", "initial_unemployment_rate"]
    assert (banten == 0.0752).all()  # banten-2023-open-unemployment-rate
