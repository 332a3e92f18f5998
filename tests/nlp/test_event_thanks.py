"""Events on unseen text: thanking a party is praise (SUPPORT); "thank you" is a formula."""
from __future__ import annotations

from tests.conftest import event


def test_thanking_a_party_is_support_and_thank_you_is_not(analyse):
    r = analyse("Premier Ilka Dorn thanked the police for restoring order in Velm.")
    thanked = event(r, "thanked")
    assert thanked["type"] == "SUPPORT"
    assert "Dorn" in thanked["roles"].get("actor", "")
    r = analyse('"Thank you for coming," Dorn told the farmers in Velm.')
    assert "Thank" not in [e["trigger"]["text"] for e in r["events"]]
