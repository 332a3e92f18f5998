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
