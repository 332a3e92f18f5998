"""Parties of a court report typed from what the text says of them: a firm named again without its company word,
and a body of no known kind called "the bank". Texts written for these tests, with invented names."""
from __future__ import annotations

import pytest


def entity_with(result, text):
    return next((e for e in result["entities"] if any(m["text"] == text for m in e["mentions"])), None)


def test_a_name_written_later_with_its_company_word_is_the_firm(analyse):
    r = analyse("A judge on Tuesday ordered Dorwin Hale to pay 300 million dollars to Calvenne.\n\n"
                "Calvenne sued Dorwin Hale in 2019. Dorwin Hale Bank said the ruling ignored the facts.")
    firm = entity_with(r, "Dorwin Hale")
    assert firm["type"] == "ORG"
    assert "Dorwin Hale Bank" in [m["text"] for m in firm["mentions"]]
    assert any(e["text"] == "Dorwin Hale Bank" for e in firm["type_evidence"])


def test_a_person_bearing_the_name_keeps_it(analyse):
    r = analyse("Maren Tolk, a founder of Tolk Holdings, said on Monday she would step down. Tolk Holdings said "
                "its shares rose. Tolk said the decision was her own.")
    assert entity_with(r, "Maren Tolk")["type"] == "PERSON"


def test_the_bank_gives_a_body_its_kind(analyse):
    r = analyse("A court in Velden on Thursday ordered Ashby to return 12 million euros to Lorne. "
                "The bank had held the funds since 2018, the judge said.")
    bank = entity_with(r, "Ashby")
    assert bank["type"] == "ORG" and bank["category"] == "company"
    assert "The bank" in [m["text"] for m in bank["mentions"]]
    assert any(e["rule"] == "description of its kind" and e["text"] == "The bank" for e in bank["type_evidence"])


def test_the_owner_of_an_attorney_general_is_a_state(analyse):
    r = analyse("A judge on Tuesday ruled in favour of Calvenne in its lawsuit against Merrow Bank.\n\n"
                "Calvenne's attorney general said the ruling was a victory for taxpayers.")
    state = entity_with(r, "Calvenne")
    assert state["type"] == "GPE"
    assert any(e["text"] == "Calvenne's attorney general" for e in state["type_evidence"])


@pytest.mark.parametrize("text", [
    "A judge ruled that Merrow Bank misled investors. Calvenne Attorney General Rhea Voss said the ruling was a "
    "victory for taxpayers.",
    "Calvenne Foreign Minister Rhea Voss said the ruling was a victory for taxpayers.",
])
def test_a_name_before_a_state_office_and_its_holder_is_the_state(analyse, text):
    state = entity_with(analyse(text), "Calvenne")
    assert state["type"] == "GPE", state
    assert any(e["rule"] == "the state of a titled official" for e in state["type_evidence"])


def test_a_firm_before_its_president_is_no_state(analyse):
    r = analyse("Merrow Bank President Rhea Voss said the bank would appeal.")
    assert all(e["type"] != "GPE" for e in r["entities"])
