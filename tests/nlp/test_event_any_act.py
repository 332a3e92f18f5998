"""Events on unseen text: an act noun under "any" names no act that happened."""
from __future__ import annotations


def triggers(result):
    return [e["trigger"]["text"] for e in result["events"]]


def test_any_act_is_hypothetical(analyse):
    r = analyse("Ostrel has said it would answer any expulsion of its diplomats in kind.")
    assert "expulsion" not in triggers(r)
    r = analyse("The Brask council voted to block any release of the prisoners before the trial.")
    assert "release" not in triggers(r)


def test_the_act_itself_is_still_an_act(analyse):
    r = analyse("Ostrel condemned the expulsion of its diplomats from Brask on Monday.")
    assert "expulsion" in triggers(r)
