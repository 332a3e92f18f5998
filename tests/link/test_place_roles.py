"""A role told as a place noun with "of" and a name ("the border town of Vellby") is the named place."""
from __future__ import annotations

from claimgraph.link.linker import named_place


def test_a_place_noun_with_of_and_a_name_is_that_place():
    text = "Artillery shelled the Norland border town of Vellby overnight."
    assert named_place("Norland border town", text) == "Vellby"
    assert named_place("the state", "lawmakers in the state of Vermont said") == "Vermont"
    # "the capital of" names another place; a capitalised head is a name of its own ("Islamic State of ...")
    assert named_place("capital", "the capital of Norland") is None
    assert named_place("Free State", "the Free State of Orania") is None
    assert named_place("border town", "a border town near Vellby") is None
