"""A supply that is a stock or a flow to no one, and patrols held jointly, on sentences written for these tests."""
from __future__ import annotations

from tests.conftest import event


def test_a_bare_supply_is_a_stock_not_aid(analyse):
    for text in ("The utility said it expected supply to be fully restored by Friday.",
                 "The gasoline supply fell sharply in March."):
        r = analyse(text)
        assert not [e for e in r["events"] if e["trigger"]["text"] == "supply"], text


def test_a_supply_of_arms_to_a_party_stays_aid(analyse):
    r = analyse("Ostria's supply of weapons to the militia continued.")
    supply = event(r, "supply")
    assert supply["type"] == "AID" and supply["roles"].get("recipient") == "militia"


def test_joint_patrols_are_military_cooperation(analyse):
    r = analyse("Ostria and Varn began joint patrols along the river in August.")
    patrols = event(r, "patrols")
    assert patrols["mode"] == "military" and patrols["roles"].get("actor") == "Ostria"
