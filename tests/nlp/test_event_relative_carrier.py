"""Events on sentences written for these tests: an act noun that a relative clause's light or planning verb takes
as its object is done by that clause's subject or agent;
a bare act gerund after a preposition takes no doer from the clause around it."""
from __future__ import annotations

import pytest

from tests.conftest import event


@pytest.mark.parametrize("text, noun, doer", [
    ("Ostrava cancelled a naval drill that Tessaly announced last week.", "drill", "Tessaly"),
    ("Tessaly postponed the military exercise Velmar had planned for May.", "exercise", "Velmar"),
    ("Ostrava condemned the raid that was carried out by the Harlow militia on Sunday.", "raid", "Harlow"),
])
def test_the_carrier_of_a_relative_clause_does_the_act(analyse, text, noun, doer):
    assert doer in (event(analyse(text), noun)["roles"].get("actor") or "")


@pytest.mark.parametrize("text, noun", [
    ("Ostrava condemned the attack that killed three soldiers.", "attack"),
    ("Ostrava denounced the attack, which Velmar called a crime.", "attack"),
])
def test_a_relative_clause_of_another_verb_gives_no_doer(analyse, text, noun):
    assert "actor" not in event(analyse(text), noun)["roles"]


@pytest.mark.parametrize("text", [
    "Engineers warn of collapse risk after shelling\n\nEngineers at the Tamm dam said the wall could fail.",
    "Residents fled after shelling hit the town.",
])
def test_a_bare_act_gerund_after_a_preposition_takes_no_doer_from_the_clause(analyse, text):
    assert "actor" not in event(analyse(text), "shelling")["roles"]


def test_a_gerund_with_its_object_keeps_the_clause_subject(analyse):
    found = event(analyse("The army withdrew after shelling the town."), "shelling")
    assert "army" in (found["roles"].get("actor") or "")
