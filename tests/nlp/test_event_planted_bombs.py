"""Events on sentences written for these tests: a bomb or explosives planted, exploded or set off are the bombing
itself (ASSAULT, mode explosives); what else is planted is no act of force."""
from __future__ import annotations

import pytest


def assaults(r: dict) -> list[dict]:
    return [e for e in r["events"] if e["type"] == "ASSAULT"]


@pytest.mark.parametrize("text, trigger", [
    ("Two Harl agents planted the bomb that damaged the Corran rail depot.", "planted"),
    ("Rebels set off explosives outside the Tollen barracks on Friday.", "set off"),
    ("The militia exploded two bombs in the Corran market.", "exploded"),
    ("Saboteurs planted an explosive device under the Tollen bridge.", "planted"),
])
def test_a_bomb_planted_or_set_off_is_a_bombing(analyse, text, trigger):
    (e,) = [e for e in assaults(analyse(text)) if e["trigger"]["text"] == trigger]
    assert e.get("mode") == "explosives"
    assert "bomb" not in e["roles"].get("target", "") and "explosive" not in e["roles"].get("target", "")


@pytest.mark.parametrize("text", [
    "Volunteers planted trees along the Tollen road.",
    "The Corran police planted listening devices in the union's office.",
])
def test_other_things_planted_are_no_bombing(analyse, text):
    assert not [e for e in assaults(analyse(text)) if e["trigger"]["text"] == "planted"]
