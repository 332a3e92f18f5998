"""Names the tagger gets wrong, read on sentences of our own: a name seized with its own article is a ship or a
building, not ground won; a name run over a word that opens a clause is two."""
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


def test_a_name_run_over_a_word_opening_a_clause_is_two_names(analyse):
    r = analyse("Brandvik has suspended grain exports through the port of Kessa after Ostmark warships blocked the "
                "harbour entrance, two officials said.")
    names = {e["name"] for e in r["entities"]}
    assert "Kessa" in names and not any(" after " in name for name in names)
    # the name after the break is a name of its own, and does what its clause says
    actor = event(r, "blocked")["roles"].get("actor") or ""
    assert actor.startswith("Ostmark") and "Kessa" not in actor
