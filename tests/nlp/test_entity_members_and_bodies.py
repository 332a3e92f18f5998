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


def test_a_body_of_another_state_is_not_the_short_form_of_a_named_one(analyse):
    r = analyse("The Chilean Senate approved the mining bill on Monday, while the US Senate delayed its own vote.")
    chile = names(r)["Chilean Senate"]
    assert not any(m["text"] == "Senate" for m in chile["mentions"]), chile["mentions"]


def test_the_short_form_after_the_same_state_still_joins(analyse):
    r = analyse("The Chilean Senate approved the mining bill on Monday. The Senate will vote again in May.")
    chile = names(r)["Chilean Senate"]
    assert len(chile["mentions"]) >= 2, chile["mentions"]


def test_an_acronym_spelling_a_state_keeps_the_state_in_the_name(analyse):
    r = analyse("The Nigeria Union of Teachers (NUT) said on Monday that the strike would go on.")
    found = names(r)
    assert "Nigeria Union of Teachers" in found, list(found)
    assert "NUT" in found["Nigeria Union of Teachers"]["aliases"] + [m["text"] for m in
                                                                   found["Nigeria Union of Teachers"]["mentions"]]
    assert "Nigeria" not in found


def test_a_state_before_its_body_without_such_an_acronym_stays_the_state(analyse):
    r = analyse("The Nigeria Police Force said on Monday that the strike would go on.")
    assert "Nigeria" in names(r), list(names(r))


def test_the_house_is_no_short_form_of_the_seat_of_a_government(analyse):
    r = analyse("The White House said on Monday that the bill was dead. The House will vote on it in May, and "
                "the House speaker said the votes were there.")
    state = names(r)["United States"]
    assert not any(m["text"].lower() == "the house" for m in state["mentions"]), state["mentions"]
