"""Events on unseen text: the withdrawal of a state's envoy told as a noun is that state's act, aimed where he leaves."""
from __future__ import annotations

from tests.conftest import event


def test_the_withdrawal_of_an_envoy_is_his_own_states(analyse):
    r = analyse("The withdrawal of Ostrava's ambassador from Kessen was announced on Monday.")
    withdrawal = event(r, "withdrawal")
    assert withdrawal["type"] == "SANCTION"
    assert "Ostrava" in withdrawal["roles"].get("actor", "")
    assert "Kessen" in withdrawal["roles"].get("target", "")
    r = analyse("The Ostravan foreign ministry announced the withdrawal of the Ostravan ambassador from Kessen.")
    assert "Kessen" in event(r, "withdrawal")["roles"].get("target", "")
