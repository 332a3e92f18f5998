"""Events on unseen text: asking a party to act is a request (DEMAND), asking about something or being asked is not."""
from __future__ import annotations

from tests.conftest import event


def test_asking_a_party_to_act_is_a_demand_of_it(analyse):
    r = analyse("The Orvan opposition asked the supreme court to annul the vote on Tuesday.")
    asked = event(r, "asked")
    assert asked["type"] == "DEMAND"
    assert "court" in asked["roles"].get("target", "")
    # a question, and one asked in the passive or not to be named, are no requests
    r = analyse("Reporters asked the Orvan minister about the vote on Tuesday.")
    assert "asked" not in [e["trigger"]["text"] for e in r["events"]]
    r = analyse("A Velmari officer, who asked not to be named, said the port was closed.")
    assert "asked" not in [e["trigger"]["text"] for e in r["events"]]
