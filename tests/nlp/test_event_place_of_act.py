"""The place a hostile act falls on a person in is where it happened, not its target."""
from __future__ import annotations

from tests.conftest import event


def test_pronoun_detained_in_a_city_does_not_make_the_city_the_target(analyse):
    r = analyse("He was detained by security forces in Cairo last week.")
    e = event(r, "detained")
    assert e["roles"].get("target") != "Cairo"
    assert e["roles"].get("actor") == "security forces"


def test_troops_deployed_in_a_country_leave_the_country_the_aim(analyse):
    # people moved are the means of the act: the place stays its target or recipient
    r = analyse("Germany deployed 500 troops in Lithuania last year.")
    e = event(r, "deployed")
    assert "Lithuania" in (e["roles"].get("target"), e["roles"].get("recipient"))


def test_people_counted_by_a_quantity_noun_are_the_ones_held(analyse):
    r = analyse("The Burmese army has been holding thousands of Rohingya villagers in camps near Sittwe.")
    e = event(r, "holding")
    assert e["type"] == "COERCE"
    assert "villagers" in e["roles"]["target"]

