"""Events on sentences written for these tests: fire aimed straight at civilians or at a civilian craft is an assault,
whoever fires; fire between armed forces and civilians killed in an air attack stay fighting."""
from __future__ import annotations

import pytest


def force(r: dict) -> list[dict]:
    return [e for e in r["events"] if e["type"] in {"ASSAULT", "FIGHT"}]


@pytest.mark.parametrize("text", [
    "Gunmen opened fire on villagers in the town of Marsk on Sunday.",
    "Soldiers shot at a fishing boat near Marsk on Monday.",
    "Troops opened fire on residents queuing for bread in the market of Marsk.",
    "Soldiers fired at a passenger bus near the Kelvan crossing.",
])
def test_aimed_fire_on_civilians_is_an_assault(analyse, text):
    (e,) = force(analyse(text))
    assert e["type"] == "ASSAULT"


@pytest.mark.parametrize("text", [
    "Tarvish troops fired on Ostrian soldiers near the border.",
    "Ostrian aircraft killed 30 civilians in the village of Marsk.",
])
def test_fire_between_forces_and_air_attacks_stay_fighting(analyse, text):
    assert force(analyse(text))[0]["type"] == "FIGHT"
