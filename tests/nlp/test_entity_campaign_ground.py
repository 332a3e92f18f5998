"""Entities on invented names: ground an armed force takes, leaves or advances on is a place."""
from __future__ import annotations

from tests.news import type_rules

GROUND = "ground an armed force takes, leaves or advances on"


def names(result):
    return {e["name"]: e for e in result["entities"]}


def test_a_town_taken_by_fighters_is_a_place(analyse):
    found = names(analyse("Rebel fighters have taken Morvel after three days of fighting, the army said on Tuesday."))
    assert found["Morvel"]["type"] == "GPE"
    assert GROUND in type_rules(found["Morvel"])


def test_a_town_an_army_withdrew_from_is_a_place(analyse):
    found = names(analyse("The army withdrew from Kestrin on Monday, a spokesman said."))
    assert found["Kestrin"]["type"] == "GPE"
    assert GROUND in type_rules(found["Kestrin"])


def test_a_town_troops_advanced_on_is_a_place(analyse):
    found = names(analyse("Government troops advanced on Drevla overnight, residents said."))
    assert found["Drevla"]["type"] == "GPE"
    assert GROUND in type_rules(found["Drevla"])


def test_a_joined_verb_takes_the_first_verbs_armed_subject(analyse):
    found = names(analyse("Militants crossed the river and pulled out of Hovrak before dawn, police said."))
    assert found["Hovrak"]["type"] == "GPE"


def test_a_politician_taken_on_or_withdrawn_from_stays_a_person(analyse):
    # no armed subject: "take", "withdraw from" and "move on" are said of people and bodies too
    r = analyse("Senator Alva Brenner said voters had taken Tessick seriously. Tessick said he was pleased.")
    assert names(r)["Tessick"]["type"] != "GPE"
    r = analyse("The senator withdrew from Corvane's campaign, Corvane said on Monday.")
    assert GROUND not in type_rules(names(r)["Corvane"])


def test_the_land_across_a_border_is_a_place_and_no_antecedent_of_the_border(analyse):
    r = analyse("Ostavian troops reached the border with Kelmar but would not cross it, Defence Minister Arlo Penwick "
                "said.")
    found = names(r)
    assert found["Kelmar"]["type"] == "GPE"
    assert "land across a border" in type_rules(found["Kelmar"])
    assert [m["text"] for m in found["Kelmar"]["mentions"]] == ["Kelmar"]  # "it" is the border
