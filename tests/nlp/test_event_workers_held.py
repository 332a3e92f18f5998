"""Events on sentences written for these tests: people counted out of a group ("three of its technicians") held
by a party are detained, and people named by their work stand for whoever employs them."""
from __future__ import annotations

import pytest

from tests.conftest import event


@pytest.mark.parametrize("text, trigger", [
    ("Tolvane Shipping said that three of its technicians were being held by the Marl Brigade.", "held"),
    ("The union said dozens of its workers had been held by the Orvel militia since June.", "held"),
])
def test_people_counted_out_of_a_group_and_held_are_detained(analyse, text, trigger):
    held = event(analyse(text), trigger)
    assert held["type"] == "COERCE", text
    assert (held["roles"].get("actor") or "").startswith(("Marl", "Orvel")), held


def test_a_count_of_things_held_is_no_detention(analyse):
    result = analyse("The ministry said two of its warehouses were held by the Marl Brigade.")
    assert all(e["type"] != "COERCE" for e in result["events"]), result["events"]


@pytest.mark.parametrize("text, employer", [
    ("Gunmen of the Marl Brigade kidnapped two engineers employed by Tolvane Shipping near Osk.", "Tolvane Shipping"),
    ("Gunmen of the Marl Brigade abducted three technicians working for Corrane Mining.", "Corrane Mining"),
])
def test_workers_named_with_their_employer_stand_for_it(analyse, text, employer):
    taken = next(e for e in analyse(text)["events"] if e["type"] in {"COERCE", "ASSAULT"})
    assert taken["roles"].get("target") == employer or taken["roles"].get("recipient") == employer, taken


def test_workers_named_alone_are_the_party_acted_on(analyse):
    taken = event(analyse("Gunmen of the Marl Brigade abducted four engineers near Osk on Friday."), "abducted")
    assert "engineers" in (taken["roles"].get("target") or taken["roles"].get("recipient") or ""), taken
