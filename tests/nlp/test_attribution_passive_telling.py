"""Passive reports made to their subject, with the speaker in a 'by' phrase and a clause for what was said."""
from __future__ import annotations

from tests.news import by_cue_ending


def joined(spans):
    return " ... ".join(s["text"] for s in spans)


def test_an_assurance_in_the_passive_is_the_agents(analyse):
    r = analyse("The tenants of Harrow Court were assured by the landlord that the heating would be repaired.")
    (assured,) = by_cue_ending(r, "assured")
    assert joined(assured["source"]) == "the landlord"
    assert joined(assured["content"]) == "that the heating would be repaired"


def test_a_passive_convincing_with_a_clause_is_a_report(analyse):
    r = analyse("Voters in Marlow were convinced by the mayor that the bridge was safe.")
    (convinced,) = by_cue_ending(r, "convinced")
    assert joined(convinced["source"]) == "the mayor"
    assert joined(convinced["content"]) == "that the bridge was safe"


def test_a_passive_act_undergone_is_still_no_report(analyse):
    r = analyse("The supply convoy was attacked by gunmen near the Talsen border crossing.")
    assert r["attributions"] == []
