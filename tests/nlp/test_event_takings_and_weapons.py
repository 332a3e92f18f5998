"""Events on sentences written for these tests: what is captured or seized decides the act, armed craft as
equipment, an act's harm dates it, a time limit given is no aid, acts left undone or feared are no events."""
from __future__ import annotations

import pytest

from tests.conftest import event


@pytest.mark.parametrize("text, trigger, mode", [
    ("Rebels captured two army officers near the Torvel border on Monday.", "captured", "detain"),
    ("Police in Marrow captured him after a chase.", "captured", "detain"),
    ("Gunmen seized two engineers from a road near Valt on Tuesday.", "seized", "detain"),
    ("The engineers were seized on May 2 when gunmen stopped their car near Valt.", "seized", "detain"),
    ("Border guards captured 40 rifles from smugglers near Ostel last week.", "captured", "seize"),
    ("The panel matched the shells to rockets captured from the Dun Brigade last year.", "captured", "seize"),
])
def test_people_taken_are_detained_and_arms_taken_seized(analyse, text, trigger, mode):
    e = event(analyse(text), trigger)
    assert e["type"] == "COERCE" and e.get("mode") == mode


def test_a_town_captured_stays_ground_won(analyse):
    e = event(analyse("Soldiers captured the hill town of Brask after three days of fighting."), "captured")
    assert e["type"] == "FIGHT"


def test_an_act_of_force_takes_the_date_of_the_harm_it_did(analyse):
    r = analyse("A drone strike on a convoy near Orvel killed nine people on Friday.", published="2024-03-14")
    e = event(r, "strike")
    times = {t["id"]: t["value"] for t in r["times"]}
    assert times.get(e["roles"].get("time")) == "2024-03-08"


@pytest.mark.parametrize("text", [
    "The court gave the minister until Friday to resign.",
    "The ministry ordered an inquiry and gave investigators until May 8 to report.",
])
def test_a_time_limit_given_is_no_aid(analyse, text):
    assert [e for e in analyse(text)["events"] if e["type"] == "AID"] == []


def test_goods_given_for_a_time_stay_aid(analyse):
    assert event(analyse("Velmar gave the rebels 40 rifles until the war ended."), "gave")["type"] == "AID"


@pytest.mark.parametrize("text, noun", [
    ("The journalist Anik Dorr fled Varn for fear of arrest.", "arrest"),
    ("The council told ports not to let ships dock without inspection.", "inspection"),
    ("Hundreds of Tessani migrants face the risk of deportation.", "deportation"),
])
def test_an_act_left_undone_or_feared_is_no_event(analyse, text, noun):
    assert noun not in [e["trigger"]["text"] for e in analyse(text)["events"]]


@pytest.mark.parametrize("text, trigger, actor", [
    ("The clerk was detained on Saturday at his flat, the State Security Bureau said in a statement.", "detained",
     "State Security Bureau"),
    ("Police said two men were arrested near the Orsk station on Friday.", "arrested", "Police"),
])
def test_an_arrest_told_by_a_police_body_is_its_own(analyse, text, trigger, actor):
    assert event(analyse(text), trigger)["roles"].get("actor") == actor


def test_an_arrest_told_by_a_newspaper_has_no_doer(analyse):
    r = analyse("The reporter Lina Vosk was arrested on Monday, her newspaper said.")
    assert event(r, "arrested")["roles"].get("actor") is None


@pytest.mark.parametrize("text, actor", [
    ("Rebels are holding four foreigners in the hills near Ravel.", "Rebels"),
    ("The Dun Brigade said its fighters were holding them.", "Dun Brigade"),
])
def test_people_held_by_an_armed_force_are_detained(analyse, text, actor):
    e = event(analyse(text), "holding")
    assert e["type"] == "COERCE" and e.get("mode") == "detain" and e["roles"].get("actor") == actor


def test_people_held_by_a_person_are_no_detention(analyse):
    assert [e for e in analyse("Mara Vell was holding them close as the crowd passed.")["events"]
            if e["type"] == "COERCE"] == []


@pytest.mark.parametrize("text, trigger, equipment", [
    ("Two Ketterian cutters opened fire on the trawler on Monday.", "opened fire", "Ketterian cutters"),
    ("A Tessarine warship rammed an Ombrevian supply boat near the shoal on Sunday.", "rammed", "Tessarine warship"),
])
def test_an_armed_craft_an_act_is_done_with_is_the_equipment(analyse, text, trigger, equipment):
    assert event(analyse(text), trigger)["roles"].get("equipment") == equipment


def test_people_seized_in_a_coup_are_not_the_parliament(analyse):
    e = event(analyse("Soldiers seized the parliament in Varn on Tuesday."), "seized")
    assert e.get("mode") != "detain"


@pytest.mark.parametrize("text, trigger, mode", [
    ("Rebels fired rockets at the town of Kell on Monday.", "fired", "heavy-weapons"),
    ("Militants fired mortars into the camp at Ostel overnight.", "fired", "heavy-weapons"),
])
def test_a_weapon_fired_or_launched_is_the_means(analyse, text, trigger, mode):
    assert event(analyse(text), trigger).get("mode") == mode
