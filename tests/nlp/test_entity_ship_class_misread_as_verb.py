"""A ship's class noun the parser reads as a verb or an adjective ("the Gorvish frigate Tessa", "frigate" a VBP or
JJ) still names the name after it a vehicle, and the class phrase with its modifiers is part of the mention."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, mention", [
    ("The Iron Tide said its drones had struck the Gorvish frigate Tessa off the coast late on Friday.",
     "the Gorvish frigate Tessa"),
    ("The Red Hand said it had hit the frigate Tessa off the coast late on Friday.", "the frigate Tessa"),
    ("Rebels said they had attacked the Velmorian frigate Tessa near the port.", "the Velmorian frigate Tessa"),
])
def test_a_frigate_read_as_a_verb_still_makes_a_vehicle(analyse, text, mention):
    r = analyse(text)
    [ship] = [e for e in r["entities"] if e["name"] == "Tessa"]
    assert ship["type"] == "VEHICLE"
    assert [m["text"] for m in ship["mentions"]][0] == mention
