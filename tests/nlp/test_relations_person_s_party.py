"""A person's unnamed party ("Her party said") is an entity of its own the person is a member of, where the text
names no party."""
from __future__ import annotations


def named(result, name):
    return next((e for e in result["entities"] if e["name"] == name), None)


def relations(result, kind):
    return {(r["subject"], r["object"]) for r in result["relations"] if r["type"] == kind}


def test_her_party_is_the_person_s_party(analyse):
    r = analyse("Opposition leader Edda Kerrow has not been seen since Friday. Her party said she was safe, the Ostel "
                "Monitor reported.")
    party = named(r, "Kerrow's party")
    assert party is not None and party["type"] == "ORG"
    assert [m["text"] for m in party["mentions"]] == ["Her party"]
    assert ("Edda Kerrow", "Kerrow's party") in relations(r, "member_of")


def test_her_party_named_by_the_text_makes_no_other_party(analyse):
    r = analyse("Edda Kerrow, who leads the Harrow Party, has not been seen since Friday. Her party said she was safe, "
                "the Ostel Monitor reported.")
    assert named(r, "Kerrow's party") is None
