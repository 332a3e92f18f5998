"""A name ending in a natural feature's word (shoal, atoll, strait) is a place of nature even after a place
preposition, its mention takes its lower-case modifiers, and "the shoal" names it again. Texts written for these
tests."""
from __future__ import annotations


def entity_with(result, text):
    return next((e for e in result["entities"] if any(m["text"] == text for m in e["mentions"])), None)


def test_a_shoal_named_after_a_place_preposition_is_a_place_of_nature(analyse):
    r = analyse("A patrol boat was rammed near the disputed Tarrel Shoal on Sunday, the coast guard of Ostavia said. "
                "Boats from both sides still patrol around the shoal.")
    shoal = entity_with(r, "the disputed Tarrel Shoal")
    assert shoal is not None and shoal["type"] == "LOC" and shoal["name"] == "Tarrel Shoal"
    assert "the shoal" in [m["text"] for m in shoal["mentions"]]


def test_an_atoll_reached_by_a_journey_is_a_place_of_nature(analyse):
    r = analyse("Two supply ships sailed to the Merrow Atoll on Friday, the Ostavian navy said.")
    atoll = entity_with(r, "the Merrow Atoll")
    assert atoll is not None and atoll["type"] == "LOC"
