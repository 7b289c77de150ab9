"""A scenario's problems in the page's language: Indonesian phrases, the same places."""

import re

import pytest

from sim.app.explain import ENGLISH_NOTE_ID, explain, translate
from sim.scenario import load_scenario
from sim.scenario.problems import ScenarioError

ENGLISH_WORDS = re.compile(r"\b(got|allowed|unknown|range|wrong|required|missing|number)\b")

BROKEN = {  # a file's text -> a field its problem must name
    "barriers:\n  trust_threshold: 7\n": "barriers.trust_threshold",
    "barriers:\n  culture_wieght: 0.5\n": "barriers.culture_wieght",
    "barriers:\n  trust_threshold: lots\n": "barriers.trust_threshold",
    "horizon:\n  months: 2.5\n": "horizon.months",
    "meta:\n  name: 'two words'\n": "meta.name",
    "": "",
    "barriers: [1, 2\n": "",
}


def problems_of(tmp_path, text: str) -> ScenarioError:
    path = tmp_path / "broken.yaml"
    path.write_text(text)
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path)
    return caught.value


@pytest.mark.parametrize("text", BROKEN)
def test_validation_messages_are_in_indonesian_with_places_and_values_kept(tmp_path, text):
    error = problems_of(tmp_path, text)
    english, indonesian = explain(error, "en"), explain(error, "id")
    assert english == str(error)  # English is the validator's own message
    assert len(indonesian.splitlines()) == len(error.problems)
    for line, problem in zip(indonesian.splitlines(), error.problems, strict=True):
        assert line.startswith(f"{problem.where}:")  # file:line stays
        assert problem.field in line  # the field's name stays
        assert ENGLISH_NOTE_ID not in line, line  # every phrase of it was known
        message = line.removeprefix(f"{problem.where}:").removeprefix(f" {problem.field}:")
        assert not ENGLISH_WORDS.search(message.split("(maksudnya")[0]), line
    assert BROKEN[text] in indonesian


def test_an_unknown_message_says_it_is_in_english():
    assert translate("the world is flat") == "the world is flat" + ENGLISH_NOTE_ID
    assert translate("out of range (got 7; allowed: <= 0.9)") == (
        "di luar batas (diberikan 7; yang diizinkan: <= 0.9)"
    )


def test_other_failures_are_shown_as_they_are():
    assert explain(RuntimeError("month 4 failed"), "id") == "month 4 failed"


def test_the_apps_own_refusal_is_in_indonesian_too():
    from pathlib import Path

    from sim.app.controls import too_many_regions

    refusal = ValueError(too_many_regions(Path("indonesia.yaml"), 514))
    assert explain(refusal, "id") == (
        "indonesia.yaml: 514 daerah; aplikasi lokakarya menampilkan paling banyak 20 "
        "(jalankan dengan `kemitraan run`)"
    )
    assert explain(refusal, "en") == str(refusal)
