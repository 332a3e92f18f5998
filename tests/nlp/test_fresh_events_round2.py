"""Hostile acts on unseen news shapes: people taken in a named place stay the target."""
from __future__ import annotations

from tests.conftest import event


def test_people_arrested_in_a_province_are_the_target_not_the_province(analyse):
    r = analyse("Police arrested 40 people in raids across Zembla province on Friday.")
    e = event(r, "arrested")
    assert e["type"] == "COERCE"
    assert e["roles"].get("target") == "40 people"
    assert e["roles"].get("location") == "Zembla"


def test_villagers_wounded_in_a_named_town_are_the_target(analyse):
    r = analyse("Gunmen wounded seven villagers in Tarvenna on Sunday.")
    e = event(r, "wounded")
    assert "villagers" in e["roles"].get("target", "")
    assert e["roles"].get("target") != "Tarvenna"


def test_a_thing_hit_in_a_named_place_still_gives_way_to_the_place(analyse):
    # the rule this guards: a thing hit (not a party, not people) stands aside for the place it was hit in
    r = analyse("Rebels blew up power lines in Ostrava province on Monday.")
    e = event(r, "blew up")
    assert "Ostrava" in e["roles"].get("target", "")


def test_suspects_detained_in_a_town_are_the_target_not_the_town(analyse):
    r = analyse("Soldiers detained the suspects in Korvath and two nearby villages.")
    e = event(r, "detained")
    assert "suspects" in e["roles"].get("target", "")
    assert e["roles"].get("location") == "Korvath"


def test_a_person_held_told_in_a_relative_clause_is_the_target(analyse):
    r = analyse("The rebels released Tomas Perrin, who had been held for five months.")
    e = event(r, "held")
    assert e["type"] == "COERCE"
    assert e["roles"].get("target") == "Tomas Perrin"


def test_a_common_noun_held_told_in_a_relative_clause_is_the_target(analyse):
    r = analyse("Marisca freed the journalist, who had been held for five months.")
    e = event(r, "held")
    assert "journalist" in e["roles"].get("target", "")


def test_talks_which_were_held_are_no_custody(analyse):
    r = analyse("The rebels praised the talks, which were held in Dovra.")
    assert not any(e["trigger"]["text"] == "held" and e["type"] == "COERCE" for e in r["events"])
