"""Entities: counted members of a party, bodies of two states with one name, and long names with an acronym."""
from __future__ import annotations


def names(result):
    return {e["name"]: e for e in result["entities"]}


def test_counted_party_members_are_not_the_party(analyse):
    r = analyse("Several Republicans said on Monday that the tax plan went too far, and two Democrats agreed.")
    parties = [e for e in r["entities"] if e.get("category") == "political_party"]
    assert not parties, [(e["name"], [m["text"] for m in e["mentions"]]) for e in parties]


def test_the_party_itself_is_still_the_party(analyse):
    r = analyse("The Republican Party said on Monday that the tax plan went too far.")
    assert names(r)["Republican Party"]["category"] == "political_party"

