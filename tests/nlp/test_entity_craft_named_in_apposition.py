"""A ship's name set off after its vessel noun ("the boat, the Linnet,") is a vessel, and the craft the story
introduced with that noun ("an Osk supply boat ... the boat") is the named one. Texts written for these tests."""
from __future__ import annotations


def entity_with(result, text):
    return next((e for e in result["entities"] if any(m["text"] == text for m in e["mentions"])), None)


TEXT = ("A Vessarine frigate nearly struck an Ostavian passenger ferry near the Kell Banks on Sunday, the Ostavian "
        "navy said. Photos showed the frigate Dunmore passing close to the stern of the ferry, the Alder, before "
        "turning away. Vessary's navy said the Alder had ignored warnings.")


def test_a_name_apposed_to_a_vessel_noun_is_a_vessel(analyse):
    r = analyse(TEXT)
    ship = entity_with(r, "the Alder")
    assert ship is not None and ship["type"] == "VEHICLE"


def test_the_craft_introduced_is_the_one_named_in_apposition(analyse):
    r = analyse(TEXT)
    ship = entity_with(r, "the Alder")
    assert ship is not None
    texts = [m["text"] for m in ship["mentions"]]
    assert "the ferry" in texts and "an Ostavian passenger ferry" in texts
