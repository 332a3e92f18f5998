"""Events on sentences written for these tests: the harm an act of force did, told by a participle after it, is
that act's result, not an act of its own nor its target; two sides joined as the subject of a verb of mutual combat
fight each other; "opened fire", "returned fire" and "shot dead" are the words of one act."""
from __future__ import annotations

import pytest

from tests.conftest import event


@pytest.mark.parametrize("text, trigger, result", [
    ("Tarsic rebels shelled the town of Morvel on Sunday, killing at least nine people.", "shelled", "killing"),
    ("Garrow troops attacked a Velmish border post on Friday, killing three guards and wounding two.", "attacked",
     "killing"),
])
def test_a_harm_told_by_a_participle_is_the_result_of_the_act(analyse, text, trigger, result):
    r = analyse(text)
    act = event(r, trigger)
    assert [e for e in r["events"] if e["trigger"]["text"] in {result, "wounding"}] == [], text
    assert result in [m["text"] for m in act["mentions"]], text


def test_those_a_fight_killed_are_not_the_side_it_was_fought_with(analyse):
    r = analyse("The Orvath army and Selani militiamen fought for hours near the village of Drell, killing four "
                "civilians.")
    fought = event(r, "fought")
    assert fought["roles"].get("actor") == "Orvath army"
    assert fought["roles"].get("target") == "Selani militiamen"
    assert "killing" not in [e["trigger"]["text"] for e in r["events"]]


def test_sides_that_clash_with_someone_named_keep_that_side(analyse):
    clashed = event(analyse("Garrow police clashed with Velmish protesters in Osk on Monday."), "clashed")
    assert clashed["roles"].get("target") == "Velmish protesters"


def test_a_killing_after_an_act_that_is_no_event_stays_an_event(analyse):
    r = analyse("Gunmen stormed a hotel in Varnis on Friday, killing 12 guests.")
    assert event(r, "killing")["type"] == "ASSAULT"


@pytest.mark.parametrize("text, words", [
    ("Selani border guards returned fire, the ministry said.", "returned fire"),
    ("The Selani army said Orvathi soldiers opened fire on a patrol near Drell.", "opened fire"),
])
def test_fire_opened_or_returned_is_one_trigger(analyse, text, words):
    assert event(analyse(text), words)["type"] == "FIGHT"


@pytest.mark.parametrize("text", [
    "Police in Varnis shot dead at least 12 protesters on Friday.",
    "The editor was shot dead outside his home in Varnis on Friday.",
])
def test_the_state_a_shooting_leaves_its_victims_in_is_part_of_its_words(analyse, text):
    assert [e["trigger"]["text"] for e in analyse(text)["events"]] == ["shot dead"]


@pytest.mark.parametrize("text, first, second", [
    ("One Velmish soldier was killed and four were wounded, the Garrow army said.", "killed", "wounded"),
    ("A roadside bomb near Drell killed one Selani soldier and wounded two others.", "killed", "wounded"),
])
def test_a_harm_joined_to_another_is_told_of_the_same_act(analyse, text, first, second):
    r = analyse(text)
    assert second not in [e["trigger"]["text"] for e in r["events"]], text
    assert second in [m["text"] for m in event(r, first)["mentions"]], text
