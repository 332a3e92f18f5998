"""Events on unseen text: a weapon owned by a pronoun acts for the party that says so."""
from __future__ import annotations

from tests.conftest import event


def test_a_weapon_owned_by_a_pronoun_is_the_speakers(analyse):
    r = analyse("The Red Reed Front said on Monday that its drones had struck the Velmari frigate Tarn near Brel.")
    struck = event(r, "struck")
    assert struck["type"] == "FIGHT"
    assert "Red Reed Front" in struck["roles"].get("actor", "")
