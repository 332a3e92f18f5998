"""The party accused in a relative clause whose pronoun the parser puts in the object slot, on sentences written for
these tests."""
from __future__ import annotations

from tests.conftest import event


def test_a_party_named_after_the_relative_pronoun_is_the_accused(analyse):
    # the pronoun and the name both parsed as objects of "accuses": the name does the act, the antecedent gets it
    r = analyse("The rebels are backed by Morwen, which Ostria accuses neighbouring Kestra of arming.")
    arming = event(r, "arming")
    assert arming["roles"].get("actor") == "Kestra"


def test_the_climbed_charge_verb_decides_the_relative_clause(analyse):
    # "neighbouring" parsed as the verb that holds "of": the accused is its object, not the relative pronoun
    r = analyse("The talks stalled over the Varn Front, which the government accuses neighbouring Dulmark of arming.")
    arming = event(r, "arming")
    assert arming["roles"].get("actor") == "Dulmark"
    assert arming["roles"].get("recipient") == "Varn Front"


def test_a_bare_relative_pronoun_still_stands_for_its_antecedent(analyse):
    r = analyse("Analysts named the Brigade, which Ostria accuses of arming the insurgents.")
    assert event(r, "arming")["roles"]["actor"] == "Brigade"


def test_a_charge_told_in_a_relative_clause_is_background_no_act(analyse):
    # the charge describes the antecedent's standing position; the report's act is the main clause's
    r = analyse("The Harl Guard, which has long accused Vestmark of shelling its villages, said on Monday that two "
                "posts had been abandoned.")
    assert "accused" not in [e["trigger"]["text"] for e in r["events"]]
    r = analyse("The Ossel Militia, a group that Carovia accuses Dremmark of funding, held a rally in Tarn.")
    assert "accuses" not in [e["trigger"]["text"] for e in r["events"]]
    r = analyse("The port authority, which has blamed the delays on striking pilots, reopened two berths.")
    assert "blamed" not in [e["trigger"]["text"] for e in r["events"]]


def test_a_charge_in_a_participle_on_a_noun_stays_an_act(analyse):
    # the -ing participle tells what the statement or speech does: the charge is made there and then
    r = analyse("The Vellmar foreign ministry issued a statement on Monday accusing Darrow of shelling border "
                "villages.")
    assert event(r, "accusing")["type"] == "DISAPPROVE"
    r = analyse("The Vellmar president gave a speech blaming Darrow for the attack.")
    assert event(r, "blaming")["type"] == "DISAPPROVE"


def test_a_charge_in_the_main_clause_stays_an_act(analyse):
    r = analyse("The Harl Guard on Monday accused Vestmark of shelling its villages.")
    assert event(r, "accused")["type"] == "DISAPPROVE"


def test_a_charge_in_a_clause_on_the_first_time_is_the_act_itself(analyse):
    # "the first time X has V-ed" tells that X did it (a relative on a time noun is a clause of when), unlike a
    # charge that says what its noun is known for
    r = analyse("It is the first time Dorvania has publicly accused a neighbour of a cyberattack.")
    assert event(r, "accused")["type"] == "DISAPPROVE"
