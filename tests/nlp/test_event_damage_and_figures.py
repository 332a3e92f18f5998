"""Events on sentences written for these tests: a verb of a sanction whose doer is an act of force or a natural
hazard ('the blast cut gas supplies') tells damage, no party's measure; a verb of bodily harm whose object is a
relation, a process or a proposal ('to poison relations', 'killed the bill') is a figure, no assault."""
from __future__ import annotations

import pytest

from tests.conftest import event


@pytest.mark.parametrize("text", [
    "The blast on Sunday cut gas supplies to 20,000 homes in Dellport.",
    "Gas exports from Tollen were halted by the storm on Monday.",
])
def test_damage_done_by_an_act_or_a_hazard_is_no_sanction(analyse, text):
    assert all(e["type"] != "SANCTION" for e in analyse(text)["events"]), text


def test_a_party_cutting_supplies_stays_a_sanction(analyse):
    r = analyse("Norwalia cut gas supplies to Kestria on Monday, the Kestrian ministry said.")
    assert event(r, "cut")["type"] == "SANCTION"


@pytest.mark.parametrize("text, trigger", [
    ("Critics said the remarks were meant to poison relations between Pellmark and Ostria.", "poison"),
    ("The Tollen senator killed the bill on Tuesday.", "killed"),
])
def test_harm_done_to_a_relation_or_a_proposal_is_no_assault(analyse, text, trigger):
    assert all(e["trigger"]["text"] != trigger for e in analyse(text)["events"]), text


@pytest.mark.parametrize("text, trigger", [
    ("Rebels poisoned the wells in Dorvale on Sunday.", "poisoned"),
    ("Gunmen killed two guards in Dorvale on Sunday.", "killed"),
])
def test_harm_done_to_people_or_things_stays_an_assault(analyse, text, trigger):
    assert event(analyse(text), trigger)["type"] == "ASSAULT"
