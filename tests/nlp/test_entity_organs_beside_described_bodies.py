"""A state's one organ of its kind ("the election commission") is the state's even after a named body the text
describes as another kind of body ("X, a rights group"), and a town after it by "in" places it."""
from __future__ import annotations


def named(result, name):
    return next((e for e in result["entities"] if e["name"] == name), None)


TEXT = ("The Tessel Watch, a rights group run by exiled judges, said on Monday that 40 people had been detained. "
        "Crowds marched on the election commission in Dorrin on Saturday. Varossia's interior ministry said the "
        "count was false.")


def test_a_body_described_as_a_group_leaves_the_state_its_organ(analyse):
    r = analyse(TEXT)
    commission = named(r, "Varossian election commission")
    assert commission is not None and commission["type"] == "ORG"
    assert [m["text"] for m in commission["mentions"]] == ["the election commission"]


def test_a_town_after_the_organ_places_it(analyse):
    r = analyse(TEXT)
    placed = {(x["subject"], x["object"]) for x in r["relations"] if x["type"] == "located_in"}
    assert ("Varossian election commission", "Dorrin") in placed


def test_a_body_of_no_kind_may_still_be_the_organ(analyse):
    # "the Tessel Board ... the election commission": a body named with no word of its kind may be the commission
    r = analyse("The Tessel Board said on Monday that the vote was fair. Crowds marched on the election commission "
                "in Dorrin on Saturday. Varossia's interior ministry said the count was true.")
    assert named(r, "Varossian election commission") is None
