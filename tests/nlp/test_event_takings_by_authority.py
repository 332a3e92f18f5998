"""Events on sentences written for these tests: property taken by authority is coerced in the seizure mode, a person
held by authority in the arrest mode, whatever the object."""
from __future__ import annotations

import pytest

from tests.conftest import event


@pytest.mark.parametrize("text, trigger, mode", [
    ("Harbour police in Lessa seized a cargo of rifles on Tuesday.", "seized", "seize"),
    ("Border guards confiscated 40 crates of cigarettes.", "confiscated", "seize"),
    ("The seizure of the Brissan trucks angered the drivers.", "seizure", "seize"),
    ("Police in Orvel arrested three Lomar students.", "arrested", "arrest"),
    ("The coastguard detained the trawler's captain overnight.", "detained", "arrest"),
])
def test_a_taking_by_authority_has_its_mode(analyse, text, trigger, mode):
    found = event(analyse(text), trigger)
    assert (found["type"], found["mode"]) == ("COERCE", mode), text


def test_a_ban_keeps_its_own_mode(analyse):
    found = event(analyse("The Orvel council banned the Lomar march."), "banned")
    assert found["mode"] == "ban"
