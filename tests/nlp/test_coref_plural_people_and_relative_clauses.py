"""Plural pronouns after people named as an object, and pronouns after a name inside a relative clause."""
from __future__ import annotations


def mention_texts(result, name):
    return [m["text"] for e in result["entities"] if e["name"] == name for m in e["mentions"]]


def test_them_after_people_named_as_object_is_no_body_named_after_them(analyse):
    r = analyse("The footage, aired on Tuesday, shows three Corvish surveyors who were seized near a dam last month. "
                "The Ambervale Institute said a clock on the wall above them showed the right time.")
    assert "them" not in mention_texts(r, "Ambervale Institute")


def test_them_with_no_people_in_reach_is_the_body(analyse):
    r = analyse("Strand Holdings moved its offices to Pellow in 2019. The Ravensworth Fund said it would sue "
                "the Strand Holdings board and called them reckless.")
    assert "them" in mention_texts(r, "Strand Holdings") or "them" not in mention_texts(r, "Ravensworth Fund")


def test_it_is_the_teller_not_the_name_in_a_relative_clause(analyse):
    r = analyse("The Orrin Monitor said a seal on the crate matched the one the Dusk Brigade uses, and that it had "
                "found no sign of tampering.")
    assert "it" in mention_texts(r, "Orrin Monitor")
    assert "it" not in mention_texts(r, "Dusk Brigade")
