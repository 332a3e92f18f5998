"""Entities on unseen text: a firm's designator and its short form, charities' name words, flights over a place."""
from __future__ import annotations

from tests.news import type_rules


def names(result):
    return {e["name"]: e for e in result["entities"]}


def test_a_name_ending_in_labs_is_a_firm_and_its_first_word_the_same_firm(analyse):
    r = analyse("Darrick Labs said the group used stolen passwords. Darrick declined to name the companies.")
    firms = [e for e in r["entities"] if "Darrick" in [e["name"], *e["aliases"]]
             or e["name"] == "Darrick Labs"]
    assert len(firms) == 1, [(e["name"], e["type"]) for e in r["entities"]]
    assert firms[0]["type"] == "ORG"
    assert {m["text"] for m in firms[0]["mentions"]} >= {"Darrick Labs", "Darrick"}


def test_a_name_shape_breaks_a_tie_with_the_tagger_guess():
    from spacy.lang.en import English

    from claimgraph.nlp.entity_context import SHAPE, TypeEvidence, vote
    doc = English()("Brantock Labs said so.")
    shape = TypeEvidence("ORG", SHAPE, doc[0:2], "organisation name word")
    assert vote([shape], ["PERSON", "PERSON"])[0] == "ORG"
    assert vote([], ["PERSON", "PERSON"])[0] == "PERSON"


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
