"""The object pronoun of a verb joined to one with a named object is that object: "struck the frigate X ... and set
it on fire" (parallel grammatical roles), over a subject and over an unnamed noun between."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name", [
    ("The Black Reed, an armed group, said on Saturday that its drones had struck the Marundi frigate Tessa off "
     "the port of Dunmere late on Friday and set it on fire.", "Tessa"),
    ("The Black Reed, an armed group, said on Saturday that its drones had struck the Varundi frigate Osprey off "
     "the port of Dunmere late on Friday and set it on fire.", "Osprey"),
])
def test_the_joined_verb_s_object_is_the_first_verb_s(analyse, text, name):
    r = analyse(text)
    [thing] = [e for e in r["entities"] if e["name"] == name]
    assert "it" in [m["text"] for m in thing["mentions"]]
    assert all("it" not in [m["text"] for m in e["mentions"]] for e in r["entities"] if e["name"] != name)
