"""Events on sentences written for these tests: smuggling is a crime (CRIME, mode smuggling) and no aid, unless the
goods are smuggled to a party named, which is covert supply (AID)."""
from __future__ import annotations

import pytest

from tests.conftest import event


@pytest.mark.parametrize("text, trigger", [
    ("The trawler was smuggling 30,000 litres of petrol, the harbour police said.", "smuggling"),
    ("Police said the gang had smuggled cigarettes across the border for years.", "smuggled"),
    ("The smuggling of fuel across the Tessel river has grown, officials said.", "smuggling"),
])
def test_smuggling_is_a_crime_and_no_aid(analyse, text, trigger):
    r = analyse(text)
    crime = event(r, trigger)
    assert crime["type"] == "CRIME" and crime["mode"] == "smuggling", text
    assert not [e for e in r["events"] if e["type"] == "AID"], text


def test_goods_smuggled_to_a_party_are_covert_supply(analyse):
    r = analyse("Ostrian officers smuggled rifles to the Harrow Front rebels last year.")
    aid = event(r, "smuggled")
    assert aid["type"] == "AID" and aid["mode"] == "military"
    assert aid["roles"].get("recipient") == "Harrow Front"


def test_a_smuggling_ring_names_no_act(analyse):
    r = analyse("Varn, a smuggling ring run by a former customs chief, moved pallets through the port.")
    assert not [e for e in r["events"] if e["trigger"]["text"] == "smuggling"]
