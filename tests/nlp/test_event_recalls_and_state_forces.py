"""Events on sentences written for these tests: an envoy recalled from a state aims the recall at that state, a
state's armed force named in an of-phrase is the state's organ that acts, and a state's forces closing a way impose a blockade."""
from __future__ import annotations

import pytest

from tests.conftest import event


@pytest.mark.parametrize("text, trigger, state", [
    ("Varden recalled its envoy from Quellin on Monday.", "recalled", "Quellin"),
    ("Tarsova has withdrawn its ambassador from Meldon.", "withdrawn", "Meldon"),
])
def test_an_envoy_taken_from_a_state_aims_the_act_at_it(analyse, text, trigger, state):
    found = event(analyse(text), trigger)
    assert found["type"] == "SANCTION" and found["roles"].get("target") == state, found["roles"]


def test_an_expulsion_after_a_recall_is_not_aimed_at_the_own_envoy(analyse):
    r = analyse("Varden recalled its envoy from Quellin and expelled four diplomats on Monday.")
    assert event(r, "expelled")["roles"].get("target") == "Quellin"


@pytest.mark.parametrize("text, trigger", [
    ("The navy of Ostmark had detained the crew of a fishing boat near Kessa.", "detained"),
    ("The forces of Ostmark shelled the village overnight.", "shelled"),
])
def test_a_force_of_a_state_acts_for_the_state(analyse, text, trigger):
    # the force is the state's organ, named as "Ostmark's navy" would name it, and the actor, as the golds name an
    # organ that acts ("Dravmoorian army")
    r = analyse(text)
    actor = event(r, trigger)["roles"]["actor"]
    assert ("part_of", actor, "Ostmark") in {(x["type"], x["subject"], x["object"]) for x in r["relations"]}


@pytest.mark.parametrize("text", [
    "Ostmark's navy blocked the harbour entrance at Sallow on Tuesday.",
    "The government of Ostmark said its warships blocked the harbour entrance at Sallow on Tuesday.",
    "Government troops blocked the bridge on Friday.",
])
def test_a_state_force_closing_a_way_imposes_a_blockade(analyse, text):
    found = event(analyse(text), "blocked")
    assert (found["type"], found["mode"]) == ("COERCE", "restrict"), text


@pytest.mark.parametrize("text", [
    "Rebel forces blocked the road to Kessa.",
    "Hundreds of farmers blocked the highway near Sallow.",
])
def test_others_closing_a_way_obstruct_it(analyse, text):
    found = event(analyse(text), "blocked")
    assert (found["type"], found["mode"]) == ("PROTEST", "obstruct"), text


def test_a_state_halting_its_own_exports_is_a_trade_sanction(analyse):
    found = event(analyse("Brandvik has suspended all grain exports."), "suspended")
    assert (found["type"], found["mode"]) == ("SANCTION", "discontinue")
