"""Events on unseen text: a war told ending, or beginning in a clause of time, bounds a state and is no fighting."""
from __future__ import annotations


def triggers(result):
    return [e["trigger"]["text"] for e in result["events"]]


def test_a_war_that_ended_dates_something_else(analyse):
    r = analyse("Five fishermen have drowned off Norvan since the civil war ended in 2001.")
    assert "war" not in triggers(r)
    r = analyse("It was the deadliest raid on Kesk since the war between Velm and Norvan began in 1990.")
    assert "war" not in triggers(r)


def test_a_war_that_kills_is_still_fighting(analyse):
    r = analyse("The war between Velm and Norvan killed thousands of people in 1990.")
    assert "war" in triggers(r) or "killed" in triggers(r)
