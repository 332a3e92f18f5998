"""Events on unseen text: victims killed when a word pattern's act happened, a count in a toll, and an envoy
summoned for his state."""
from __future__ import annotations

from tests.conftest import event


def triggers(result):
    return [e["trigger"]["text"] for e in result["events"]]


def test_killed_when_fire_was_opened_is_that_acts_toll(analyse):
    r = analyse("The Brask ministry said six sailors had been killed when the cutters opened fire in Brask waters.")
    assert "killed" not in triggers(r)
    assert "opened fire" in triggers(r)


def test_a_count_of_wounded_in_a_toll_is_no_act(analyse):
    r = analyse("The Ostrel coast guard put its own losses at one dead and three wounded.")
    assert "wounded" not in triggers(r)
    r = analyse("Gunmen wounded three guards near the Brask market on Monday.")
    assert "wounded" in triggers(r)


def test_a_summoned_envoy_stands_for_his_state(analyse):
    r = analyse("The Velmish foreign ministry summoned Ostrel's ambassador on Sunday.")
    summoned = event(r, "summoned")
    assert summoned["type"] == "DISAPPROVE"
    assert "ambassador" in summoned["roles"].get("target", "")
    assert summoned["roles"].get("recipient") == "Ostrel"
