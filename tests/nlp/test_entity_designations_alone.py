"""A model designation named alone after an article ("The Tarrow-9 was launched") is the equipment the text has just
called by its class noun ("a new cruise missile"), which then announces it; a designation before a noun of no
equipment ("the K-9 permit") is none."""
from __future__ import annotations


def equipment(result):
    return [e for e in result["entities"] if e["type"] == "EQUIPMENT"]


def test_a_designation_alone_after_its_class_noun_is_the_item(analyse):
    r = analyse("Vessany has tested a new cruise missile, its navy said on Friday. The Tarrow-9 was launched from a "
                "frigate off the coast, the navy said. It was the third test of the missile this year.")
    [item] = equipment(r)
    assert item["name"] == "Tarrow-9" and item["category"] == "cruise_missile"
    texts = [m["text"] for m in item["mentions"]]
    assert texts[:2] == ["a new cruise missile", "The Tarrow-9"] and "the missile" in texts


def test_a_designation_before_another_noun_is_no_item(analyse):
    r = analyse("Vessany has tested a new cruise missile, its navy said on Friday. The Tarrow-9 permit was issued in "
                "May.")
    assert not [e for e in equipment(r) if e["name"].startswith("Tarrow")]


def test_a_designation_with_no_class_noun_near_is_no_item(analyse):
    r = analyse("The Tarrow-9 was discussed at length on Friday, the council said.")
    assert equipment(r) == []
