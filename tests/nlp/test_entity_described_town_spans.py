"""A town named after its class noun and the words that place or describe it ("the northern city of Osk") is one
mention, as "the town of Osk" is."""
from __future__ import annotations


def mentions(result, name):
    return [m["text"] for e in result["entities"] if e["name"] == name for m in e["mentions"]]


def test_the_northern_city_of_is_the_whole_mention(analyse):
    r = analyse("A fire destroyed a grain store in the southern city of Marrowick on Tuesday, the local council said. "
                "Firefighters from Marrowick worked through the night.")
    assert "the southern city of Marrowick" in mentions(r, "Marrowick")


def test_the_border_village_of_is_the_whole_mention(analyse):
    r = analyse("Shells landed near the border village of Tessiny on Sunday, residents said.")
    assert "the border village of Tessiny" in mentions(r, "Tessiny")
