"""Events on sentences written for these tests: the actor's own envoys or troops are no target, a verb's result
adjective is no part of its object, armed forces killing a named person assault that person, and a blockade
restricts."""
from __future__ import annotations

import pytest

from tests.conftest import event


@pytest.mark.parametrize("text, trigger", [
    ("Varden recalled its envoy on Monday.", "recalled"),
    ("Tarsova withdrew its ambassador after the vote.", "withdrew"),
])
def test_the_actors_own_envoy_is_no_target(analyse, text, trigger):
    found = event(analyse(text), trigger)
    assert found["type"] == "SANCTION"
    assert "target" not in found["roles"] and "target" not in found["role_mentions"], found["role_mentions"]


def test_a_partner_named_with_the_actors_possessive_stays_the_target(analyse):
    found = event(analyse("Quellin urged its trading partners to lift the duties on grain."), "urged")
    assert "partners" in found["role_mentions"]["target"]["text"]


@pytest.mark.parametrize("text, trigger, target", [
    ("On Friday police shot dead the student leader Arlo Venn.", "shot dead", "student leader Arlo Venn"),
    ("In Tarsk, soldiers shot dead two protesters on Sunday.", "shot dead", "two protesters"),
])
def test_a_result_adjective_is_no_part_of_the_object(analyse, text, trigger, target):
    found = event(analyse(text), trigger)
    assert found["role_mentions"]["target"]["text"] == target


def test_armed_forces_killing_a_named_person_assault_that_person(analyse):
    found = event(analyse("Security forces shot dead the student leader Arlo Venn in Tarsk."), "shot dead")
    assert found["type"] == "ASSAULT" and found["roles"]["target"] == "Arlo Venn", found


def test_soldiers_shooting_protesters_assault_them(analyse):
    # force aimed at a gathered crowd is violent repression (CAMEO 175/18), no battle between armed parties
    assert event(analyse("In Tarsk, soldiers shot dead two protesters on Sunday."), "shot dead")["type"] == "ASSAULT"


def test_soldiers_firing_on_rebels_still_fight(analyse):
    assert event(analyse("In Tarsk, soldiers shot dead two rebels on Sunday."), "shot dead")["type"] == "FIGHT"


def test_a_blockade_restricts(analyse):
    found = event(analyse("The Ostmark navy blockaded the port of Kessa."), "blockaded")
    assert found["type"] == "COERCE" and found["mode"] == "restrict"
