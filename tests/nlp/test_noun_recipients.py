"""Who receives what a noun names: "aid for X", "a shipment to X", "support to X", "a shipment bound for X"."""
from __future__ import annotations

from tests.conftest import event


def test_a_shipment_to_a_party_gives_the_recipient(analyse):
    r = analyse("A second shipment of rifles to the Selmar Front was seized at the border.")
    assert event(r, "shipment")["roles"].get("recipient") == "Selmar Front"


def test_support_to_a_party_gives_the_recipient(analyse):
    r = analyse("Dravia pledged continued support to the Ulvarian rebels.")
    assert "rebels" in event(r, "support")["roles"].get("recipient", "")


def test_a_recipient_hung_on_the_participle_describing_the_noun(analyse):
    r = analyse("The Dravish navy escorted a grain shipment bound for Ulvaria.")
    assert event(r, "shipment")["roles"].get("recipient") == "Ulvaria"
