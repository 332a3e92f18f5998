"""Events on sentences written for these tests: a report called false is rejected, exercises held by armed forces or
states, forces rebuilt, and an announced release withheld by a 'no' object."""
from __future__ import annotations

from tests.conftest import event


def test_a_report_called_something_false_is_rejected(analyse):
    r = analyse('The Varnish interior ministry called the report "a crude invention" on Tuesday.')
    e = event(r, "called")
    assert e["type"] == "REJECT"
    assert "ministry" in e["roles"]["actor"]


def test_a_quoted_predicate_hung_on_the_object_still_rejects(analyse):
    r = analyse('Tolvany\'s foreign ministry called the accusation "a cheap detective novel" and said nothing more.')
    assert event(r, "called")["type"] == "REJECT"


def test_calling_without_a_predicate_or_on_other_objects_rejects_nothing(analyse):
    r = analyse("The minister called the reporters into his office on Friday.")
    assert not [e for e in r["events"] if e["trigger"]["text"] == "called"]
    r = analyse("Senator Arlo Pim called the report on Friday.")
    assert not [e for e in r["events"] if e["type"] == "REJECT"]


def test_a_report_called_true_is_no_rejection(analyse):
    r = analyse("The minister called the report balanced and fair.")
    assert not [e for e in r["events"] if e["type"] == "REJECT"]
    r = analyse("Senator Arlo Pim called the allegations completely baseless.")
    assert event(r, "called")["type"] == "REJECT"


def test_exercises_held_by_an_army_or_a_state_mobilise(analyse):
    r = analyse("Talmor's army held exercises near the border on Friday.")
    e = event(r, "exercises")
    assert e["type"] == "MOBILIZE" and e.get("mode") == "troops"
    r = analyse("Ostria said on Monday it would stage exercises involving 8,000 troops next month.")
    e = event(r, "exercises")
    assert e["type"] == "MOBILIZE" and e["roles"]["actor"] == "Ostria"


def test_soldiers_on_exercises_mobilise(analyse):
    r = analyse("The soldiers were on routine exercises that would end in May.")
    assert event(r, "exercises")["type"] == "MOBILIZE"


def test_an_exercise_of_no_armed_party_is_no_event(analyse):
    r = analyse("The school held a fire drill on Monday, and the pupils did writing exercises.")
    assert not [e for e in r["events"] if e["trigger"]["text"] in {"drill", "exercises"}]


def test_rebuilding_an_army_mobilises_troops(analyse):
    r = analyse("Analysts said Talmor was rebuilding its northern army.")
    e = event(r, "rebuilding")
    assert e["type"] == "MOBILIZE" and e.get("mode") == "troops"


def test_an_announced_release_of_no_one_is_a_refusal(analyse):
    r = analyse("The militia said it would free no more prisoners while the siege lasted.")
    assert event(r, "free")["type"] == "REJECT"
    r = analyse("The militia said it would free the prisoners on Sunday.")
    assert event(r, "free")["type"] == "AGREE"
