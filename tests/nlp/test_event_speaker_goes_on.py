"""Events on unseen text: a verbal act in the form of the saying verb goes on with the saying, and "one of the X, N"
acts as the one named."""
from __future__ import annotations

from tests.conftest import event


def test_a_request_joined_to_the_told_clause_is_the_named_speakers(analyse):
    r = analyse("In the recording, one of the sailors, Tomas Arven, says the guards are treating them well and asks "
                "Kessen's government to pay the ransom.")
    asks = event(r, "asks")
    assert asks["type"] == "DEMAND"
    assert "Arven" in asks["roles"].get("actor", "")
