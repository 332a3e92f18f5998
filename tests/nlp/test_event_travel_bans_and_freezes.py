"""Events on unseen text: travel bans laid on a state's officials and asset freezes are sanctions."""
from __future__ import annotations


def types_on(result, trigger):
    return [e["type"] for e in result["events"] if e["trigger"]["text"] == trigger]


def test_travel_bans_imposed_are_a_sanction(analyse):
    r = analyse("The Orvan League imposed travel bans on nine Delkan ministers last month.")
    assert types_on(r, "imposed") == ["SANCTION"]
    r = analyse("Police imposed a ban on rallies in Velm on Friday.")
    assert types_on(r, "imposed") == ["COERCE"]


def test_asset_freezes_misread_as_a_verb_are_a_sanction(analyse):
    r = analyse("Asset freezes are likely to be considered at the summit, an Orvan envoy said.")
    assert types_on(r, "freezes") == ["SANCTION"]
