"""Entities on unseen text: charities' name words, flights over a place, airlines called carriers."""
from __future__ import annotations

from tests.news import type_rules


def names(result):
    return {e["name"]: e for e in result["entities"]}


def test_a_known_place_word_still_stands_apart(analyse):
    r = analyse("The Paris Institute said prices rose. In Paris, officials said the rise was small.")
    assert names(r)["Paris"]["type"] == "GPE"


def test_charity_name_words_make_an_organisation(analyse):
    r = analyse("Tolland Relief said its convoy was stopped at the border. Marsh Harbour Aid said it would send food.")
    found = names(r)
    assert found["Tolland Relief"]["type"] == "ORG"
    assert "organisation name word" in type_rules(found["Tolland Relief"])


def test_a_name_below_a_flight_is_a_place(analyse):
    r = analyse("Residents reported four drones over Pessary on Sunday night.")
    found = names(r)
    assert found["Pessary"]["type"] == "GPE"
    assert "ground below a flight" in type_rules(found["Pessary"])


def test_over_a_person_in_a_dispute_is_no_place(analyse):
    r = analyse("The row over Ilsa Marrington deepened on Tuesday.")
    assert "ground below a flight" not in type_rules(names(r)["Ilsa Marrington"])


def test_a_budget_carrier_is_an_airline(analyse):
    r = analyse("Flyfen, a budget carrier, cancelled twelve flights on Friday.")
    assert names(r)["Flyfen"]["type"] == "ORG"


def test_a_listed_charity_is_found_by_its_english_name(analyse):
    r = analyse("Doctors Without Borders said it had sent two surgical teams to the port.")
    found = [e for e in r["entities"] if "Doctors Without Borders" in [e["name"], *e["aliases"]]]
    assert len(found) == 1 and found[0]["type"] == "ORG", [(e["name"], e["type"]) for e in r["entities"]]
    assert not any(e["name"] == "Borders" for e in r["entities"])
