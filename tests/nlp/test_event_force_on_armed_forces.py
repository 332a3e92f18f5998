"""Events on sentences written for these tests: force of conventional weapons aimed at an armed force (its
warships, a military convoy, an army post) is a battle, FIGHT; aimed at a market it stays an assault, and so does a
bomb against soldiers."""
from __future__ import annotations

import pytest

from tests.conftest import event


@pytest.mark.parametrize("text, trigger", [
    ("Drones struck a Selani military convoy near Drell on Friday.", "struck"),
    ("Orvath drones struck two Selani warships off the port of Kell on Friday.", "struck"),
    ("Drones attacked an army post near the village of Oska on Sunday.", "attacked"),
])
def test_force_aimed_at_an_armed_force_is_a_fight(analyse, text, trigger):
    assert event(analyse(text), trigger)["type"] == "FIGHT", text


@pytest.mark.parametrize("text, trigger", [
    ("A drone struck the market in Berask on Friday.", "struck"),
    ("A roadside bomb killed two soldiers near Drell on Sunday.", "killed"),
])
def test_force_on_civilians_or_by_bombs_stays_an_assault(analyse, text, trigger):
    assert event(analyse(text), trigger)["type"] == "ASSAULT", text
