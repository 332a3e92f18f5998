"""Event roles on sentences written for these tests: a negative quantifier ('no one') names no
target, and a name after a body inside another noun's phrase ('a spokesman for the militia, Davor Kessel') renames
that noun, not the body."""
from __future__ import annotations

import pytest

from tests.conftest import event


@pytest.mark.parametrize("text, trigger", [
    ("No one was killed in the blast in Varnis.", "blast"),
    ("No civilians were hurt in the shelling of Orsk.", "shelling"),
])
def test_a_negative_quantifier_is_no_target(analyse, text, trigger):
    roles = event(analyse(text), trigger)["roles"]
    assert roles.get("target") not in {"one", "civilians"}, text  # the place struck may still stand for its people
    assert roles.get("recipient") not in {"one", "civilians"}, text


def test_a_name_after_a_body_inside_a_noun_phrase_is_not_the_bodys_words(analyse):
    r = analyse("A spokesman for the Red Hollow militia, Davor Kessel, claimed responsibility for the attack on Orsk.")
    attack = event(r, "attack")
    assert attack["roles"].get("actor") == "Red Hollow militia"
    assert attack["role_mentions"]["actor"]["text"] == "Red Hollow militia"
    kept = event(analyse("The Grey Fen brigade, a rebel group, shelled the town of Orsk."), "shelled")
    assert kept["role_mentions"]["actor"]["text"] == "Grey Fen brigade, a rebel group"
