"""A named weapon received from a party is aid told from the recipient's side, whatever noun the weapon's name
stands on ('Tarrow-4 batteries', 'Varn-7 air-defence systems'): the object list of the act names classes, the entities
name the item."""
from __future__ import annotations

import pytest

from tests.conftest import event


@pytest.mark.parametrize("text, trigger", [
    ("Belvane received four Tarrow-4 batteries from Ostmark last month, the ministry said.", "received"),
    ("The Norvic Front obtained two Varn-7 air-defence systems from Calvera in March, officials said.", "obtained"),
])
def test_a_named_item_received_from_a_party_is_aid(analyse, text, trigger):
    r = analyse(text)
    found = event(r, trigger)
    assert found is not None and found["type"] in {"AID", "AGREE"}
    assert found["roles"].get("equipment")
    assert found["roles"].get("recipient") and found["roles"].get("actor")
    assert found["roles"]["actor"] != found["roles"]["recipient"]


def test_an_unnamed_thing_received_is_no_aid(analyse):
    r = analyse("Belvane received four letters from Ostmark last month, the ministry said.")
    assert not [e for e in r["events"] if e["trigger"]["text"] == "received" and e["type"] in {"AID", "AGREE"}]


@pytest.mark.parametrize("text, trigger", [
    ("Tarsany is to receive 12 Merrow-3 howitzers from Obelund, two officials said.", "receive"),
    ("Obelund will supply Tarsany with 12 Merrow-3 howitzers, two officials said.", "supply"),
])
def test_a_transfer_announced_from_either_side_announces_aid(analyse, text, trigger):
    # the promise is coded AGREE; the act it announces, what later reports tell done, is the same from both sides
    found = event(analyse(text), trigger)
    assert found is not None and found["type"] == "AGREE" and found.get("act") == "AID"
    assert found["roles"].get("actor") == "Obelund" and found["roles"].get("recipient") == "Tarsany"


def test_a_transfer_refused_announces_no_act(analyse):
    found = event(analyse("Tarsany will not receive the Merrow-3 howitzers from Obelund, the minister said."), "receive")
    assert found is None or not found.get("act")
