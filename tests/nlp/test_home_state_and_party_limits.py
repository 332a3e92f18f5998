"""Limits of two readings: a state's compass-named neighbour is no part of it, so it does not make that state the
story's home; a foundation or company given to a person by "whose" is not the party "her party" names. Texts
written for these tests."""
from __future__ import annotations


def entity_with(result, text):
    return next((e for e in result["entities"] if any(m["text"] == text for m in e["mentions"])), None)


def test_a_northern_neighbour_is_no_part_that_makes_a_home_state(analyse):
    r = analyse("Kelmar, Tarvia's northern neighbour, closed its border on Monday after Tarvian troops crossed it. "
                "Police arrested three men at the crossing, Kelmari officials said.")
    police = entity_with(r, "Police")
    assert police is None or not police["name"].startswith("Tarvi")


def test_a_foundation_given_by_whose_is_not_her_party(analyse):
    r = analyse("Opposition leader Elin Varga, whose Teller Foundation funds the mine, won a seat in Osk on Monday. "
                "Her party said it would form a government.")
    foundation = entity_with(r, "Teller Foundation")
    assert foundation is not None
    assert not any(m["text"] == "Her party" for m in foundation["mentions"])
    assert not any(rel.get("type") == "member_of" and "Teller" in str(rel.get("object") or rel.get("tail"))
                   for rel in r["relations"])
