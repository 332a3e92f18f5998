"""Relations on sentences written for these tests: the state whose government the text seats in the dateline's
city ("the government in Meldra") is the state the story is about, so a head of government or a minister with no
state named is its own, whichever state the lead names first."""
from __future__ import annotations


def relations(result, kind):
    return {(r["subject"], r["object"]) for r in result["relations"] if r["type"] == kind}


STORY = ("MELDRA (Tarn Wire) - Hackers working for Vellany's military cut power to much of southern Ostria on "
         "Sunday, Ostria's cyber agency said on Tuesday.\n\n"
         "Vellany's embassy denied the charge. Ostria's foreign ministry summoned Vellany's ambassador, and "
         "the government in Meldra is weighing sanctions.\n\n"
         "Prime Minister Hanna Roos told parliament that Vellany would pay. Finance Minister Ivo Tamm said the "
         "damage was small.")


def test_the_prime_minister_leads_the_state_seated_at_the_dateline(analyse):
    r = analyse(STORY, published="2025-06-18")
    assert ("Hanna Roos", "Ostria") in relations(r, "leader_of")
    assert ("Hanna Roos", "Vellany") not in relations(r, "leader_of")


def test_a_minister_is_of_the_state_seated_at_the_dateline(analyse):
    r = analyse(STORY, published="2025-06-18")
    assert ("Ivo Tamm", "Ostria") in relations(r, "member_of")
