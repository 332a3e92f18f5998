"""Events on sentences written for these tests: purchases halted and goods refused entry at a border are trade
sanctions on the state whose goods they are, and an act announced in the passive ("the embargo was announced by
X") is a claim of that act."""
from __future__ import annotations

import pytest

from tests.conftest import event


@pytest.mark.parametrize("text, trigger", [
    ("Ostmark said on Monday that it had stopped all purchases of Tervian steel. Tervia protested.", "stopped"),
    ("Tervia said Ostmark border officers had refused entry to 40 lorries of Tervian timber since Monday.", "refused"),
    ("Tervia said Ostmark had denied entry to two shipments of Tervian cement.", "denied"),
])
def test_trade_kept_out_is_a_sanction_on_the_goods_state(analyse, text, trigger):
    kept = event(analyse(text), trigger)
    assert kept["type"] == "SANCTION", kept
    assert (kept["roles"].get("target") or kept["roles"].get("recipient")) == "Tervia", kept


def test_people_refused_entry_are_no_trade_sanction(analyse):
    result = analyse("Tervia said Ostmark border officers had refused entry to two Tervian reporters on Monday.")
    assert all(e["type"] != "SANCTION" for e in result["events"]), result["events"]


def test_the_purchase_of_things_for_ones_own_use_is_no_sanction_on_anyone(analyse):
    result = analyse("The Ostmark education ministry stopped the purchase of new computers for schools.")
    assert all("target" not in e["roles"] for e in result["events"] if e["type"] == "SANCTION"), result["events"]


def test_an_act_announced_in_the_passive_is_a_claim_of_it(analyse):
    result = analyse("Tervia's trade minister said the ban hurt farmers. The embargo was announced by Ostmark on "
                     "Friday.")
    embargo = [c for c in result["claims"] if c["span"]["text"].startswith("The embargo")]
    assert embargo and embargo[0]["event"], result["claims"]
    act = next(e for e in result["events"] if e["id"] == embargo[0]["event"])
    assert act["type"] == "SANCTION" and act["roles"].get("actor") == "Ostmark", act
