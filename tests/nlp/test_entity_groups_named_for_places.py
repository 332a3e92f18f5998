"""Entities: an armed group named by a place and its noun ("the Vorn Hills militia") is the group, not the place."""
from __future__ import annotations

from tests.news import entity


def names(result):
    return [e["name"] for e in result["entities"]]


def test_a_militia_named_for_a_valley_is_the_group_and_the_militia_later_is_it(analyse):
    r = analyse("Pelmora's government signed a truce with the Ostra Valley militia on Friday. The militia said it "
                "would leave the town of Grell within a week.")
    group = entity(r, "Ostra Valley militia")
    assert group["type"] == "ORG"
    assert "The militia" in [m["text"] for m in group["mentions"]]
    assert "Ostra Valley" not in names(r)


def test_rebels_named_for_a_region_are_one_group(analyse):
    r = analyse("The Northern Ridge rebels attacked a convoy near Tessa on Monday, the army of Pelmora said.")
    group = entity(r, "Northern Ridge rebels")
    assert group["type"] == "ORG"
    assert "Northern Ridge" not in names(r)


def test_a_group_with_a_name_of_its_own_keeps_it_before_its_noun(analyse):
    # "Stone Orchard" names no place: the group goes by that name, its noun left outside
    r = analyse("The Stone Orchard rebel group said it had shot down a helicopter over Tessa.")
    assert "Stone Orchard" in names(r)
