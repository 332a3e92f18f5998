"""Events on sentences written for these tests: a person led off by agents or soldiers is detained, a search or raid
that 'yields' finds concedes nothing, and a time of day naming a kind of raid does not date the arrests."""
from __future__ import annotations

import pytest

from tests.conftest import event


@pytest.mark.parametrize("text, trigger", [
    ("The officials said about twenty uniformed agents took Varnek away in a van.", "took"),
    ("Soldiers took Halden Morr away on Monday.", "took"),
    ("Varnek was taken from his home by security agents.", "taken"),
    ("The officials said that Varnek was taken from his home late on Monday.", "taken"),
])
def test_a_person_led_off_by_a_force_is_detained(analyse, text, trigger):
    assert event(analyse(text), trigger)["type"] == "COERCE", text


@pytest.mark.parametrize("text", [
    "She took the children away for the summer.",
    "The nurse took the boy from his bed to the ward.",
])
def test_taken_away_by_others_is_no_arrest(analyse, text):
    assert not [e for e in analyse(text)["events"] if e["type"] == "COERCE"], text


@pytest.mark.parametrize("text", ["The raids yielded 12 arrests.", "The searches yielded three rifles."])
def test_an_act_yielding_results_concedes_nothing(analyse, text):
    assert not [e for e in analyse(text)["events"] if e["type"] == "CONCEDE"], text


def test_yielding_to_demands_still_concedes(analyse):
    assert event(analyse("The rebels yielded to the army's demands."), "yielded")["type"] == "CONCEDE"


def test_a_time_of_day_naming_the_raids_does_not_date_the_arrests(analyse):
    arrested = event(analyse("Police arrested nine people in dawn raids across the city."), "arrested")
    assert "time" not in arrested["roles"]
