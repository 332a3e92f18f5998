"""A party the text gives a person by a possessive ("X's Unity Party", "X, whose Dawn Alliance won") is the
person's: "her party" names it again, and the person is its member. Texts written for these tests."""
from __future__ import annotations


TEXT = ("President Arno Velt's Harvest Party won 54 percent of the vote in Morland's election on Sunday, the "
        "election board said. Opposition leader Ilse Brant, whose Tide Alliance received 30 percent, said her "
        "party's observers had seen fraud in 20 districts.")


def relation(result, kind, subject, obj):
    return any(x["type"] == kind and x["subject"] == subject and x["object"] == obj for x in result["relations"])


def test_her_party_is_the_body_named_with_whose(analyse):
    r = analyse(TEXT)
    alliance = next(e for e in r["entities"] if e["name"] == "Tide Alliance")
    assert "her party" in [m["text"] for m in alliance["mentions"]]
    assert relation(r, "member_of", "Ilse Brant", "Tide Alliance")


def test_a_party_named_with_a_persons_possessive_has_the_person_as_member(analyse):
    r = analyse(TEXT)
    assert relation(r, "member_of", "Arno Velt", "Harvest Party")


def test_a_party_named_after_whose_has_the_person_as_member_without_her_party(analyse):
    r = analyse("Opposition leader Ilse Brant, whose Tide Alliance received 30 percent, said the count was rigged.")
    assert relation(r, "member_of", "Ilse Brant", "Tide Alliance")
    evidence = next(x["evidence"]["text"] for x in r["relations"] if x["subject"] == "Ilse Brant")
    assert evidence == "Ilse Brant, whose Tide Alliance"


def test_a_foundation_named_after_whose_gives_no_membership(analyse):
    r = analyse("Marta Velk, whose Teller Foundation funds the mine, said the count was rigged.")
    assert not any(x["subject"] == "Marta Velk" for x in r["relations"])


def test_a_firm_whose_name_ends_in_group_or_network_is_no_party(analyse):
    # "Group" and "Network" end firms' names as often as parties': a possessive gives no membership of them
    r = analyse("Dana Holt's Teller Holding Group bought the port in Varrow on Monday, the company said. Edric Vane, "
                "whose Marlow Trading Network ships grain, said the deal was fair.")
    assert not relation(r, "member_of", "Dana Holt", "Teller Holding Group")
    assert not relation(r, "member_of", "Edric Vane", "Marlow Trading Network")
