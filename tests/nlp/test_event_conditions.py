"""Events on sentences written for these tests: the verb of a condition ('if', 'unless') names what may yet happen,
no act; the act held over the condition stays."""
from __future__ import annotations

import pytest


def triggers(r: dict) -> list[str]:
    return [e["trigger"]["text"] for e in r["events"]]


@pytest.mark.parametrize("text, condition", [
    ("Velmar will release the fishermen only if Ostrava accepted the offer.", "accepted"),
    ("The Harlow party may boycott the vote unless monitors are allowed in.", "allowed"),
    ("If the council refuses to sign, the Tamm militia will resume fighting, an aide said.", "refuses"),
    ("Norvana will send troops if the rebels attack the port.", "attack"),
])
def test_the_verb_of_a_condition_is_no_act(analyse, text, condition):
    assert condition not in triggers(analyse(text))


@pytest.mark.parametrize("text, act", [
    ("Velmar will release the fishermen only if Ostrava accepted the offer.", "release"),
    ("Norvana will send troops if the rebels attack the port.", "send"),
    ("Ostrava said the rebels attacked the port on Sunday.", "attacked"),
])
def test_the_act_held_over_a_condition_stays(analyse, text, act):
    assert act in triggers(analyse(text))

