"""Firing on someone or something: done by a craft it is an assault with firearms, aimed at what the preposition
names, and done by organised armed forces (soldiers, a helicopter) conventional force, as shooting is; with any other
doer the verb means something else."""
from __future__ import annotations

import pytest


def typed(result, trigger):
    return [e for e in result["events"] if e["trigger"]["text"].startswith(trigger)]


@pytest.mark.parametrize("sentence, target, type_", [
    ("Kestrian patrol boats fired on the freighter Dunmore Star near the Orrel Bank on Monday.", "Dunmore Star",
     "ASSAULT"),
    ("The Dunmore Star was fired on by a helicopter as it left the strait.", None, "FIGHT"),
    # organised armed forces firing use conventional force, as when they shoot ("at" names an aim, no party)
    ("Soldiers fired at the bus carrying the pilgrims outside Tessen.", None, "FIGHT"),
])
def test_firing_by_an_armed_force_or_a_craft_is_an_attack(analyse, sentence, target, type_):
    (event,) = typed(analyse(sentence), "fired")
    assert event["type"] == type_
    if type_ == "ASSAULT":
        assert event.get("mode") == "firearms"
    if target is not None:
        assert target in event["role_mentions"]["target"]["text"]


@pytest.mark.parametrize("sentence", [
    "The senator fired at his rivals in a long speech on Tuesday.",
    "The club fired on the advice of its lawyers the coach who had led it for six years.",
])
def test_firing_by_anyone_else_is_no_assault(analyse, sentence):
    assert not [e for e in typed(analyse(sentence), "fired") if e["type"] == "ASSAULT"]
