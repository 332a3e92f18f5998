"""Events on sentences written for these tests: an act said never to have been done, or denied as a habit through
the light verb that carries its noun, is no act; a refusal or vow under a modal and a negated restriction stay."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, word", [
    ("The Ostrian army has never shelled the village of Brenk, a spokesman said.", "shelled"),
    ("Pelmora has never supplied weapons to the Tarvish rebels.", "supplied"),
    ("The rebels said they had never received weapons from Varnesh.", "received"),
    ("The drones were never delivered to the Pelmoran army.", "delivered"),
    ("Its agents have never trained or paid anyone in Ostria, the ministry said.", "paid"),
    ('"Varnesh does not carry out air strikes on civilian areas," the ministry said.', "strikes"),
    ("Pelmora does not conduct cyber operations against its neighbours.", "operations"),
])
def test_an_act_told_as_never_done_is_no_event(analyse, text, word):
    assert not [e for e in analyse(text)["events"] if word in e["trigger"]["text"]]


@pytest.mark.parametrize("text, word, kind", [
    ("Pelmora would never accept a Varnish base on its soil, the minister said.", "accept", "REJECT"),
    ("Pelmoran troops shelled the village of Brenk and never withdrew.", "shelled", "FIGHT"),
])
def test_refusals_and_acts_beside_a_never_stay(analyse, text, word, kind):
    assert [e for e in analyse(text)["events"] if e["trigger"]["text"] == word and e["type"] == kind]
