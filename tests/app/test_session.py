"""A browser tab's session: never raises, shows why instead; sliders replay; resets."""

from pathlib import Path

from sim.app.session import Session, scenario_choices

ROOT = Path(__file__).parents[2]
SCENARIOS = ROOT / "scenarios"


def test_the_picker_lists_the_shipped_scenarios():
    names = [p.name for p in scenario_choices(SCENARIOS / "lebak.yaml")]
    assert names == sorted(p.name for p in SCENARIOS.glob("*.yaml"))
    assert {"baseline.yaml", "lebak.yaml", "oku.yaml", "sumut.yaml", "grant.yaml"} <= set(names)


def test_sliders_open_at_the_scenarios_own_values():
    s = Session(SCENARIOS / "grant.yaml")
    assert s.error is None and s.month == 0
    from sim.scenario import load_scenario

    scenario = load_scenario(SCENARIOS / "grant.yaml")
    assert s.values["grant"] == scenario.policies.grant.intensity > 0
    assert s.values["trust_threshold"] == scenario.barriers.trust_threshold


def test_an_invalid_scenario_shows_its_problems_and_a_valid_one_recovers(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("barriers:\n  trust_threshold: 7\n  culture_wieght: 0.5\n")
    s = Session(bad)
    assert s.workshop is None and not s.running and not s.failed_step
    assert "bad.yaml:2" in s.error and "trust_threshold" in s.error
    assert "culture_wieght" in s.error and "culture_weight" in s.error  # did you mean
    s.step()  # nothing to step, and no exception
    s.choose(SCENARIOS / "lebak.yaml")
    assert s.error is None and s.running


def test_a_missing_or_unreadable_file_is_a_message_too(tmp_path):
    s = Session(tmp_path / "nowhere.yaml")
    assert s.workshop is None and "nowhere.yaml" in s.error
    (tmp_path / "binary.yaml").write_bytes(b"\xff\xfe\x00bad")
    s.choose(tmp_path / "binary.yaml")
    assert s.workshop is None and s.error


def test_a_slider_replays_the_run_to_the_same_month():
    s = Session(SCENARIOS / "lebak.yaml", seed=4)
    s.step(5)
    s.set_value("grant", 0.8)
    assert s.month == 5 and s.values["grant"] == 0.8
    assert s.workshop.model.latest("policy_spending") > 0
    s.set_value("permit_delay", 99.0)  # out of range: clamped, never an error
    assert s.values["permit_delay"] == 24.0 and s.error is None and s.month == 5


def test_reset_and_a_new_seed_start_again_at_month_zero():
    s = Session(SCENARIOS / "lebak.yaml", seed=4)
    s.step(3)
    first = s.workshop.series("partnerships_active")[0].copy()
    s.reset()
    assert s.month == 0
    s.step(3)
    assert (s.workshop.series("partnerships_active")[0] == first).all()
    s.reset(seed=5)
    s.step(3)
    assert s.seed == 5 and not (s.workshop.series("partnerships_active")[0] == first).all()
    s.reset(seed=-5)  # typed into the seed box: still a run, not an error
    assert s.seed == 5 and s.error is None


def test_a_failing_month_stops_the_run_with_a_message(monkeypatch):
    s = Session(SCENARIOS / "lebak.yaml")

    def broken(months: int = 1, others: bool = True) -> None:
        raise FloatingPointError("overflow in production")

    monkeypatch.setattr(s.workshop, "step", broken)
    s.step()
    assert s.failed_step and "overflow in production" in s.error and not s.running
    s.reset()
    assert s.error is None and s.running


def test_a_play_loop_that_slept_through_a_reset_does_not_step_the_new_run():
    from sim.app.session import Session

    session = Session(Path("scenarios/baseline.yaml"))
    run = session.opened
    assert session.step(run=run) and session.month == 1
    session.reset()  # while the loop sleeps
    assert not session.step(run=run)  # the loop wakes up: it must not step
    assert session.month == 0
    session.choose(Path("scenarios/grant.yaml"))
    assert not session.step(run=run) and session.month == 0
    assert session.step(run=session.opened) and session.month == 1


def test_restore_puts_the_sliders_back_and_the_description_speaks_the_language():
    session = Session(Path("scenarios/lebak.yaml"))
    own = dict(session.values)
    session.set_value("grant", 1.0)
    session.step(3)
    session.restore()
    assert session.values == own and session.month == 0
    assert session.description("id").startswith("Kabupaten Lebak (Banten): banyak industri")
    assert session.description("en").startswith("Kabupaten Lebak (Banten): many small")
