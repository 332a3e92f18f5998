"""Events on sentences written for these tests: a weapon with the national adjective of a state no list knows
("Kessan warplanes") is that nation's, and the adjective names the doer; suicide bombers are people, not aircraft."""
from __future__ import annotations

import pytest

from tests.conftest import event


@pytest.mark.parametrize("text, trigger, owner", [
    ("Kessan warplanes bombed the market in Drell on Monday.", "bombed", "Kessan"),
    ("Velmish drones struck a fuel depot near Oska on Friday.", "struck", "Velmish"),
])
def test_a_weapons_unknown_national_adjective_names_its_doer(analyse, text, trigger, owner):
    assert event(analyse(text), trigger)["roles"].get("actor") == owner, text


def test_a_weapon_with_no_national_word_has_no_doer(analyse):
    shelled = event(analyse("Heavy artillery shelled the town of Morvel on Sunday."), "shelled")
    assert "actor" not in shelled["roles"]


def test_suicide_bombers_are_the_doers_not_aircraft(analyse):
    killed = event(analyse("Two Velmish suicide bombers killed nine people in Tessaly on Sunday."), "killed")
    assert "suicide bombers" in killed["roles"].get("actor", "")
    assert killed.get("mode") != "aerial"
