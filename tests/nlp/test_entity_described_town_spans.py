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


def test_the_island_of_is_the_whole_mention_of_a_place_of_nature(analyse):
    r = analyse("A boat carrying migrants capsized off the island of Marbrin on Thursday. A prosecutor in Marbrin "
                "opened an inquiry.")
    assert mentions(r, "Marbrin") == ["the island of Marbrin", "Marbrin"]
    island = next(e for e in r["entities"] if e["name"] == "Marbrin")
    assert island["type"] == "LOC"
    assert "land feature noun of the name" in {ev["rule"] for ev in island["type_evidence"]}
