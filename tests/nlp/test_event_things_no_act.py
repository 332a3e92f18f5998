"""Events on sentences written for these tests: words of acts that name none here. A measure met ('meet the
requirements', 'to meet demand') is no meeting or concession; a heart attack is an illness; a natural hazard opening
the sentence ('Wildfires ...', 'Landslides ...') is no party; ships sent to a port are given to no one."""
from __future__ import annotations

import pytest

from tests.conftest import event


def types(result):
    return [e["type"] for e in result["events"]]


@pytest.mark.parametrize("text", [
    "The new Tollen plant will meet the requirements of the ministry.",
    "The Varsk refinery is struggling to meet demand, the firm said.",
    "The refinery cannot meet the demand for diesel this winter.",
    "The council failed to meet the deadline for the budget.",
])
def test_a_measure_met_is_no_meeting_or_concession(analyse, text):
    found = types(analyse(text))
    assert not {"CONSULT", "CONCEDE", "AGREE", "DEMAND"} & set(found), (text, found)


def test_demands_of_a_party_met_stay_a_concession(analyse):
    r = analyse("The Ostrian government met the demands of the dock workers on Friday.")
    assert event(r, "met")["type"] == "CONCEDE"


@pytest.mark.parametrize("text", [
    "The Pellan minister died of a heart attack on Sunday.",
    "The envoy suffered a heart attack during the talks in Varsk.",
])
def test_a_heart_attack_is_no_assault(analyse, text):
    assert "ASSAULT" not in types(analyse(text)), text


@pytest.mark.parametrize("text, word", [
    ("Wildfires destroyed 40 homes near Pellan on Sunday.", "Wildfires"),
    ("Landslides blocked the road to Varsk, officials said.", "Landslides"),
])
def test_a_hazard_opening_the_sentence_is_no_party(analyse, text, word):
    r = analyse(text)
    assert not [e for e in r["entities"] if e["name"] == word], r["entities"]
    assert not {"COERCE", "PROTEST", "ASSAULT"} & set(types(r)), text


@pytest.mark.parametrize("text", [
    "The Orlan company sent two tankers to the port of Varsk on Monday.",
    "The vessel was sent to Sallow Bay for repairs, its owner said.",
])
def test_ships_sent_to_a_port_are_no_aid(analyse, text):
    assert "AID" not in types(analyse(text)), text


def test_ships_of_cargo_sent_stay_aid(analyse):
    r = analyse("Ostria sent two tankers of fuel to Varsk on Monday.")
    assert event(r, "sent")["type"] == "AID"


@pytest.mark.parametrize("text", [
    "Orlan Freight said its deliveries had not been disrupted by the outage.",
    "Fighting delayed the delivery of food aid to Varsk, the agency said.",
])
def test_a_flow_of_goods_disrupted_is_no_aid(analyse, text):
    assert "AID" not in types(analyse(text)), text


def test_aid_delivered_stays_aid(analyse):
    r = analyse("Ostria delivered food aid to Varsk on Monday.")
    assert "AID" in types(r)
