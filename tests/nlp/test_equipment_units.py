"""Guns named in the unit they are fielded in ("a battery of Vorlan-7 howitzers") are the item, unit and all, and
"the battery" names them again; a battery of no named weapon is no item."""
from __future__ import annotations


def test_a_battery_of_named_howitzers_is_the_item_and_named_again(analyse):
    r = analyse("Two officers said the shells came from a battery of Vorlan-7 howitzers about 10 kilometres to the "
                "north.\n\nBoth said the battery had moved there in April.")
    [guns] = [e for e in r["entities"] if e["type"] == "EQUIPMENT"]
    assert [m["text"] for m in guns["mentions"]] == ["a battery of Vorlan-7 howitzers", "the battery"]


def test_a_battery_of_unnamed_guns_is_no_item(analyse):
    r = analyse("Two officers said the shells came from a battery of howitzers about 10 kilometres to the north.\n\n"
                "Both said the battery had moved there in April.")
    assert not [e for e in r["entities"] if e["type"] == "EQUIPMENT"]
