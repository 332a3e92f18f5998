"""Events on sentences written for these tests: a firm compromised, breached or infiltrated where hacking is spoken
of is the target of a cyber act (COERCE, mode cyber), and so is the owner of the machines broken into 'at' it; with
no hacking spoken of, 'compromised the bank' is no act."""
from __future__ import annotations

import pytest

from tests.conftest import event


def cyber(result, trigger):
    e = event(result, trigger)
    assert (e["type"], e.get("mode")) == ("COERCE", "cyber"), e
    return e


@pytest.mark.parametrize("text, trigger", [
    ("Orlan Shipping was compromised by Grey Wren, a hacking group, the agency said.", "compromised"),
    ("Hackers breached Orlan Shipping last month, the firm said.", "breached"),
    ("A hacking crew infiltrated Orlan Shipping in May, investigators said.", "infiltrated"),
])
def test_a_firm_broken_into_where_hacking_is_told_is_the_target(analyse, text, trigger):
    assert cyber(analyse(text), trigger)["roles"].get("target") == "Orlan Shipping"


def test_the_owner_of_the_machines_at_a_firm_is_the_target(analyse):
    r = analyse("A state-backed hacking group infiltrated hundreds of computers at Orlan Shipping, the firm said.")
    assert cyber(r, "infiltrated")["roles"].get("target") == "Orlan Shipping"
    r = analyse("Hackers broke into servers at Orlan Shipping in March.")
    assert cyber(r, "broke into")["roles"].get("target") == "Orlan Shipping"


@pytest.mark.parametrize("text", [
    "The scandal compromised Orlan Bank, critics said.",
    "Police officers infiltrated the Marrow Street gang last year.",
])
def test_without_hacking_no_cyber_act(analyse, text):
    r = analyse(text)
    assert not [e for e in r["events"] if e.get("mode") == "cyber"], text
