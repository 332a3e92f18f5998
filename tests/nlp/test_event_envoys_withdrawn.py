"""Events on sentences written for these tests: a state withdrawing or recalling its own envoys lowers relations
(SANCTION with no mode); expelling another state's diplomats, or withdrawing observers, is an expulsion."""
from __future__ import annotations

import pytest


def sanction(r: dict) -> dict:
    (e,) = [e for e in r["events"] if e["type"] == "SANCTION"]
    return e


@pytest.mark.parametrize("text", [
    "Morvelia has withdrawn its envoy from Tessary.",
    "Tessary withdrew its diplomats from Morvelia on Friday.",
    "Tessary is withdrawing its ambassador from the Morvelian capital.",
])
def test_withdrawing_ones_own_envoys_is_no_expulsion(analyse, text):
    assert sanction(analyse(text)).get("mode") is None


@pytest.mark.parametrize("text", [
    "Tessary expelled two Morvelian diplomats on Tuesday.",
    "Morvelia withdrew its observers from Tessary.",
])
def test_expulsions_keep_their_mode(analyse, text):
    assert sanction(analyse(text))["mode"] == "expel"
