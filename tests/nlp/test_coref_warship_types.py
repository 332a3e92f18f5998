"""A warship's type said again ("the frigate") is the ship the text named with it, never another vessel."""
from __future__ import annotations


def mention_texts(result, name):
    return [m["text"] for e in result["entities"] if e["name"] == name for m in e["mentions"]]


def test_the_frigate_is_the_ship_named_a_frigate(analyse):
    r = analyse("Drones struck the Vessan frigate Orla off the port of Kemm on Friday, rebels said. The navy said "
                "two tankers nearby were unharmed. Images showed smoke above the frigate's deck.")
    assert "the frigate" in mention_texts(r, "Orla")


def test_the_frigate_is_no_tanker(analyse):
    r = analyse("Drones struck the tanker Orla off the port of Kemm on Friday, rebels said. Images showed a "
                "frigate nearby. The frigate's crew was unharmed.")
    assert "The frigate" not in mention_texts(r, "Orla")
