"""Events on sentences written for these tests: what is fired or thrown is the means of the act and its at-phrase the
aim; live rounds are a gun's, grenades an attack's."""
from __future__ import annotations

import pytest


def act(r: dict, trigger: str) -> dict:
    (e,) = [e for e in r["events"] if e["trigger"]["text"] == trigger]
    return e


@pytest.mark.parametrize("text, trigger, kind, aim", [
    ("Officers fired live rounds at unarmed marchers in the town of Pelvo on Sunday.", "fired", "ASSAULT", "marchers"),
    ("Riot police fired rubber bullets at students outside the Ostrel university.", "fired", "ASSAULT", "students"),
    ("Masked men threw grenades at a police checkpoint outside Pelvo.", "threw", "ASSAULT", "police"),
])
def test_the_at_phrase_is_the_aim(analyse, text, trigger, kind, aim):
    e = act(analyse(text), trigger)
    assert e["type"] == kind
    assert aim in e["roles"]["target"]
    assert "Pelvo" not in e["roles"]["target"]  # the town is where, not whom


@pytest.mark.parametrize("text, mode", [
    ("Police fired live rounds into the crowd in Pelvo.", "firearms"),
    ("The army fired artillery rounds at the Pelvo ridge.", None),
    ("Masked men lobbed a grenade into the Ostrel market.", "explosives"),
])
def test_what_is_fired_or_thrown_gives_the_mode(analyse, text, mode):
    (e,) = [e for e in analyse(text)["events"] if e["type"] in {"ASSAULT", "FIGHT"}]
    assert e["type"] == ("ASSAULT" if mode else "FIGHT")  # a gun-crew's rounds are conventional force
    assert e.get("mode") == mode


@pytest.mark.parametrize("text", [
    "The Ostrel minister fired back at his critics on Tuesday.",
    "The coach threw the ball at the goalkeeper.",
    "Investors threw money at the Pelvo start-up.",
])
def test_words_and_games_aimed_at_someone_are_no_act_of_force(analyse, text):
    assert not [e for e in analyse(text)["events"] if e["type"] in {"ASSAULT", "FIGHT", "PROTEST"}]
