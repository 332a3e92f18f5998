"""Events on sentences written for these tests: an international presence ordered out or told to leave a country is
expelled (SANCTION), a span of time granted is no aid and no time of the act."""
from __future__ import annotations

import pytest

from tests.conftest import event


@pytest.mark.parametrize("text, trigger", [
    ("Talvia has ordered out some 40 inspectors of the Corvel Foundation ahead of the vote.", "ordered out"),
    ("A spokesman confirmed that the Corvel Foundation's inspectors had been told to leave the country.", "told"),
    ("The inspectors were given two days to leave the country.", "given"),
])
def test_a_presence_made_to_leave_is_expelled(analyse, text, trigger):
    found = event(analyse(text), trigger)
    assert (found["type"], found["mode"]) == ("SANCTION", "expel"), text


def test_residents_told_to_leave_a_town_are_no_expulsion(analyse):
    result = analyse("Residents were told to leave the town before the storm.")
    assert not [e for e in result["events"] if e["trigger"]["text"] == "told"]


@pytest.mark.parametrize("text", [
    "Our inspectors were given three hours to pack and were driven to the border.",
    "The army gave the villagers two hours to pack.",
])
def test_a_span_of_time_given_is_no_aid(analyse, text):
    assert not [e for e in analyse(text)["events"] if e["type"] == "AID"], text


def test_the_span_given_to_leave_is_no_time(analyse):
    given = event(analyse("The government gave the inspectors two days to leave Talvia."), "gave")
    assert given["type"] == "SANCTION" and "time" not in given["roles"]


def test_arms_given_stay_aid(analyse):
    assert event(analyse("The government gave the rebels weapons for two years."), "gave")["type"] == "AID"


def test_a_bare_expulsion_after_an_order_out_is_the_same_act(analyse):
    result = analyse("Talvia has ordered out some 40 inspectors of the Corvel Foundation. "
                     "Opposition leader Varnek called the expulsion \"a disgrace\".")
    assert all(e["type"] != "COERCE" for e in result["events"])
