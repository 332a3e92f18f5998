"""The office of a person the text names, when it says or does things ("Morrow's office denied the report", "her
office said"), is a body of its own, one per person; the room ("in her office") is not."""
from __future__ import annotations


def _office(r):
    return [e for e in r["entities"] if e["name"].endswith("office")]


def test_a_named_person_s_office_that_speaks_is_a_body(analyse):
    r = analyse("Prime Minister Edda Morrow approved the draft. Morrow's office denied the report on Monday. Her "
                "office said she would speak on Friday.")
    [office] = _office(r)
    assert office["type"] == "ORG"
    assert [m["text"] for m in office["mentions"]] == ["Morrow's office", "Her office"]
    person = next(e for e in r["entities"] if e["name"] == "Edda Morrow")
    assert "Her" in [m["text"] for m in person["mentions"]]


def test_her_office_said_makes_the_office_of_the_person_named_before(analyse):
    r = analyse("Ines Pallow, the foreign minister, will meet her counterpart next week, her office said.")
    [office] = _office(r)
    assert office["name"] == "Pallow's office" and [m["text"] for m in office["mentions"]] == ["her office"]


def test_an_office_as_a_room_is_no_body(analyse):
    r = analyse("Officials met in Morrow's office on Monday, after Edda Morrow returned. Karl Venn waited in his "
                "office.")
    assert _office(r) == []
