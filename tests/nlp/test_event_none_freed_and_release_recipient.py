"""Events on sentences written for these tests: a passive act whose subject says there was nobody ("no one will be
freed") is no act; a release with no party named for those freed has them as its target and no recipient."""
from __future__ import annotations

import pytest

from tests.conftest import event


@pytest.mark.parametrize("text, trigger", [
    ("No one convicted of treason will be freed under the accord, the Ostrel ministry said.", "freed"),
    ("None of the Harvel miners has been released, the union said.", "released"),
    ("Nobody was arrested after the march in Dellow.", "arrested"),
])
def test_an_act_falling_on_nobody_is_no_event(analyse, text, trigger):
    r = analyse(text)
    assert trigger not in [e["trigger"]["text"] for e in r["events"]], text


def test_an_act_falling_on_some_stays_an_event(analyse):
    r = analyse("Two of the Harvel miners have been released, the union said.")
    assert event(r, "released")["type"] == "RETREAT"


@pytest.mark.parametrize("text, trigger, freed", [
    ("The Brannic rebels released the journalist on Monday.", "released", "journalist"),
    ("The hostages were freed on Tuesday, the Ostrel ministry said.", "freed", "hostages"),
])
def test_those_freed_with_no_party_named_receive_nothing(analyse, text, trigger, freed):
    released = event(analyse(text), trigger)
    assert released["roles"].get("target") == freed, text
    assert "recipient" not in released["roles"], text
