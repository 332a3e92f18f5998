"""A name seized with its own article is a ship or a building, not ground won: typing and events on sentences of our
own."""
from __future__ import annotations

from tests.conftest import event


def entity_type(result, name):
    return next(e["type"] for e in result["entities"] if e["name"] == name)


def test_a_named_ship_seized_is_no_territory(analyse):
    r = analyse("The Quellin navy had seized the Grey Heron in disputed waters off Cape Norr, a monitoring group said.")
    assert entity_type(r, "Grey Heron") not in {"GPE", "LOC"}
    # the cape the parser takes for a second object is no ground taken either
    assert event(r, "seized")["type"] == "COERCE"


def test_a_town_taken_by_force_is_still_ground_won(analyse):
    r = analyse("Rebels seized Tarvik on Sunday, residents said.")
    assert entity_type(r, "Tarvik") == "GPE"
    assert event(r, "seized")["type"] == "FIGHT"
