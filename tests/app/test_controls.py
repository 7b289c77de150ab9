"""The workshop app's pure parts: slider mapping, baseline pairing, translations."""

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sim.app.controls import LEVERS, MAX_FIRM_AGENTS, SLIDERS, clamp, overrides_for, paired_models
from sim.app.texts import APP_TEXT
from sim.scenario import load_scenario

ROOT = Path(__file__).parents[2]
SCENARIOS = sorted(p for p in (ROOT / "scenarios").glob("*.yaml") if p.stem != "indonesia")


def test_translations_are_complete_for_every_control():
    assert set(APP_TEXT["en"]) == set(APP_TEXT["id"])
    for slider in SLIDERS:
        for lang in ("en", "id"):
            assert APP_TEXT[lang][slider.key] and APP_TEXT[lang][f"{slider.key}_tip"]
    assert all(v.strip() for lang in APP_TEXT.values() for v in lang.values())


def test_each_levers_tip_says_what_its_size_and_its_cost_rest_on():
    assert APP_TEXT["id"]["permit_reform_tip"].endswith(
        "Besarannya: dari bukti uji acak. Biayanya: asumsi."
    )
    assert APP_TEXT["en"]["business_forum_tip"].endswith(
        "Its size: assumed. Its cost: a sourced lower bound."
    )
    assert APP_TEXT["en"]["grant_tip"].endswith("Its cost: the money it transfers.")


def test_clamp_keeps_every_value_in_range():
    values = clamp({"grant": 7, "trust_threshold": -3, "permit_delay": 99, "bogus": 1})
    assert values["grant"] == 1.0 and values["trust_threshold"] == 0.0
    assert values["permit_delay"] == 24.0 and "bogus" not in values
    assert values["culture_weight"] == 0.6  # missing: its default


def test_sliders_map_to_the_scenario():
    path = ROOT / "scenarios" / "lebak.yaml"
    scenario = load_scenario(path)
    values = {"grant": 0.7, "permit_delay": 2, "cost_multiplier": 2, "trust_threshold": 0.2}
    chosen = load_scenario(path, overrides_for(scenario, values))
    assert chosen.policies.grant.intensity == 0.7 and chosen.policies.grant.start == 1
    assert chosen.policies.training.intensity == 0.0  # slider at zero
    assert chosen.policies.certification.intensity == 0.0  # every lever has a slider
    assert [r.permit_delay_mean for r in chosen.regions] == [2.0]
    assert (
        chosen.barriers.partnership_cost.vertical == 2 * scenario.barriers.partnership_cost.vertical
    )
    assert chosen.barriers.trust_threshold == 0.2
    agents = sum(r.firms for r in chosen.regions) / chosen.firms.scale
    assert agents <= MAX_FIRM_AGENTS + 1e-9


def test_baseline_differs_only_through_the_levers():
    path = ROOT / "scenarios" / "baseline.yaml"
    model, baseline = paired_models(path, {"grant": 0.0, "training": 0.0}, seed=3)
    model.run(4), baseline.run(4)
    assert model.trajectories().equals(baseline.trajectories())  # levers at zero: identical
    model, baseline = paired_models(path, {"grant": 1.0, "business_forum": 1.0}, seed=3)
    assert [lever.name for lever in baseline.policies if lever.spec.intensity > 0] == []
    model.run(4), baseline.run(4)
    assert model.latest("policy_spending") > 0 == baseline.latest("policy_spending")
    start = model.trajectories().query("month == 0")["value"].to_numpy()
    assert np.allclose(
        start, baseline.trajectories().query("month == 0")["value"].to_numpy(), equal_nan=True
    )


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(SCENARIOS),
    st.fixed_dictionaries({s.key: st.floats(s.low, s.high) for s in SLIDERS}),
    st.integers(0, 2**31),
)
def test_any_slider_combination_runs(path, values, seed):
    model, baseline = paired_models(path, values, seed)
    model.run(2), baseline.run(2)
    for m in (model, baseline):
        assert 0 <= m.latest("unemployment_rate") <= 100


def test_the_national_scenario_is_refused_with_what_to_use_instead():
    """514 regions at 1,000 agents leave regions of one agent (who may outnumber its jobs)."""
    from sim.app.session import Session, scenario_choices, scenario_labels

    national = ROOT / "scenarios" / "indonesia.yaml"
    with pytest.raises(ValueError, match="514 regions; the workshop app shows at most 20"):
        paired_models(national, {}, seed=1)
    s = Session(national)
    assert s.workshop is None and "kemitraan run" in s.error
    assert national not in scenario_labels(scenario_choices(national))  # not in the picker
    assert len(scenario_labels(scenario_choices(national))) == len(SCENARIOS)


def test_every_lever_in_force_has_a_slider_that_switches_it_off():
    from sim.app.controls import initial_values, sliders_for

    for path in SCENARIOS:
        scenario = load_scenario(path)
        shown = {s.key for s in sliders_for(scenario)}
        on = {n for n in LEVERS if getattr(scenario.policies, n) is not None}
        on = {n for n in on if getattr(scenario.policies, n).intensity > 0}
        assert on <= shown, (path.name, on - shown)
        values = initial_values(scenario)
        assert all(values[n] == getattr(scenario.policies, n).intensity for n in on)
        off = load_scenario(path, overrides_for(scenario, {**values, **dict.fromkeys(on, 0.0)}))
        assert all(getattr(off.policies, n).intensity == 0.0 for n in on), path.name


def test_a_lever_the_scenario_cannot_set_has_no_slider():
    from sim.app.controls import sliders_for

    keys = {s.key for s in sliders_for(load_scenario(ROOT / "scenarios" / "lebak.yaml"))}
    assert "interregional_agreement" not in keys  # it needs region pairs lebak.yaml lacks
    assert "certification" in keys
    oku = {s.key for s in sliders_for(load_scenario(ROOT / "scenarios" / "oku_programme.yaml"))}
    assert "interregional_agreement" in oku


@pytest.mark.parametrize(
    ("key", "value", "lang", "expected"),
    [
        ("grant", 0.5, "id", "50% biaya + Rp 2,5 juta per kemitraan"),
        ("grant", 0.5, "en", "50% of costs + Rp 2.5 million per partnership"),
        ("tax_incentive", 0.25, "id", "25% PPh final ditanggung pemerintah"),
        ("permit_reform", 0.5, "id", "izin 5 → 2,5 bulan"),
        ("permit_delay", 5.0, "en", "5 months"),
        ("cost_multiplier", 1.5, "id", "×1,5"),
        ("training", 0.6, "id", "0,6"),
    ],
)
def test_sliders_say_their_value_in_real_units(key, value, lang, expected):
    from sim.app.controls import slider_detail

    assert slider_detail(key, value, {"permit_delay": 5.0}, lang, 5e6) == expected


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_about_text_renders_its_lists_as_lists(lang):
    import markdown

    from sim.app.texts import INFO_EN, INFO_ID

    rendered = markdown.markdown(INFO_EN if lang == "en" else INFO_ID)
    assert rendered.count("<li>") == 4 and "<p>- " not in rendered
