"""Events on sentences written for these tests: aircraft, drones and missiles shot down are brought down by air
defence, a battle (FIGHT); a person shot down stays an assault."""
from __future__ import annotations

from tests.conftest import event


def test_drones_shot_down_are_a_fight_of_air_defence(analyse):
    downed = event(analyse("The crew of the Velmish corvette shot down three drones on Sunday, the navy said."),
                   "shot down")
    assert downed["type"] == "FIGHT" and downed.get("mode") == "air-defence"


def test_a_person_shot_down_stays_an_assault(analyse):
    assert event(analyse("Garrow police shot down the gunman in Osk on Monday."), "shot down")["type"] == "ASSAULT"
