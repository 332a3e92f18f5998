"""A body whose name's head stands before "for" ("the Marlow Centre for Water Studies") is named again by that head
("the centre"), as one whose head stands before "of" is."""
from __future__ import annotations


def mentions(result, name):
    return next([m["text"] for m in e["mentions"]] for e in result["entities"] if e["name"] == name)


def test_the_centre_names_the_centre_for_studies_again(analyse):
    r = analyse("The Marlow Centre for Water Studies said the dam was cracked. Engineers called the centre's "
                "figures alarmist.")
    assert mentions(r, "Marlow Centre for Water Studies")[-1] == "the centre"


def test_the_word_after_for_is_no_head(analyse):
    r = analyse("The Marlow Centre for Water Studies said the dam was cracked. Engineers called the studies "
                "alarmist.")
    assert mentions(r, "Marlow Centre for Water Studies") == ["The Marlow Centre for Water Studies"]
