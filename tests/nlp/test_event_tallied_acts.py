"""Events on unseen text: acts counted by a number are a monitor's tally, no one act."""
from __future__ import annotations


def triggers(result):
    return [e["trigger"]["text"] for e in result["events"]]


def test_counted_explosions_are_a_tally(analyse):
    r = analyse("The Ostrel monitoring mission said its teams had counted more than 90 explosions around Brask.")
    assert "explosions" not in triggers(r)
    r = analyse("More than 300 attacks were recorded in Velm province last year, the mission said.")
    assert "attacks" not in triggers(r)


def test_one_act_recorded_is_still_an_act(analyse):
    r = analyse("Ostrel monitors documented the attack on the Brask market on Monday.")
    assert "attack" in triggers(r)
