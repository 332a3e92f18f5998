"""A name the tagger leaves untagged at every occurrence is typed, or dropped, at all of them together: one that a
coordination with a typed place types types the others. Texts written for these tests."""
from __future__ import annotations


def test_an_untagged_name_typed_by_a_coordination_is_typed_where_it_opens_a_paragraph(analyse):
    r = analyse("VARSEL (Orm Wire) - A Dessarine patrol boat rammed a fishing trawler from Ostavia on Sunday, "
                "the Ostavian coast guard said.\n\n"
                "Hallorn, which signed a defence treaty with Ostavia in 2021, said in a statement:\n\n"
                "\"We stand with Ostavia.\"\n\n"
                "Ostavia and Hallorn will begin joint patrols in August, the two governments said.")
    place = next((e for e in r["entities"] if e["name"] == "Hallorn"), None)
    assert place is not None and place["type"] == "GPE"
    assert len([m for m in place["mentions"] if m["text"] == "Hallorn"]) == 2
