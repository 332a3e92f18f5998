"""Noun/verb words the tagger and parser misread, set right, on sentences written for these tests."""
from __future__ import annotations

from tests.conftest import event


def joined(spans):
    return " ".join(s["text"] for s in spans)


def claim(result, trigger):
    found = [c for c in result["claims"] if c["trigger"]["text"] == trigger]
    assert found, [c["trigger"]["text"] for c in result["claims"]]
    return found[0]


def entity_with(result, word):
    found = [e for e in result["entities"] if any(word in m["text"] for m in e["mentions"])]
    assert found, [e["name"] for e in result["entities"]]
    return found[0]


def test_a_name_before_an_s_verb_and_its_object_is_a_clause(analyse):
    r = analyse("Western officials say Dravia arms the militia.")
    assert claim(r, "arms")["certainty"]["value"] > 0
    assert event(r, "arms")["roles"].get("actor") == "Dravia"


def test_a_name_in_a_noun_phrase_before_a_plural_noun_stays_a_modifier(analyse):
    r = analyse("Officials said the Trelland arms deal was signed.")
    assert not [c for c in r["claims"] if c["trigger"]["text"] == "arms"]


def test_a_class_noun_tagged_as_a_verb_still_types_the_name(analyse):
    r = analyse("The Ostrani frigate Velka was hit near the coast.")
    assert entity_with(r, "Velka")["type"] == "VEHICLE"


def test_a_class_noun_read_as_the_sentence_s_verb_joins_the_name(analyse):
    r = analyse("The Gorrundi frigate Velka was hit near the coast.")
    assert entity_with(r, "Velka")["type"] == "VEHICLE"
    assert not [c for c in r["claims"] if c["trigger"]["text"] == "frigate"]


def test_none_of_after_and_opens_a_clause(analyse):
    r = analyse("The crew shot down three drones and none of the 90 sailors on board was hurt.")
    assert claim(r, "hurt")["certainty"]["value"] == -3
    assert claim(r, "shot down")["certainty"]["value"] == 3
