"""Events on sentences written for these tests: a ship boarded by a force or taken control of is seized (COERCE,
mode seize), verbs joined by 'and' share the ship, and travellers boarding a ship or a plane seize nothing."""
from __future__ import annotations

import pytest

from tests.conftest import event


def coerce(result):
    return [e for e in result["events"] if e["type"] == "COERCE"]


@pytest.mark.parametrize("text, trigger, ship", [
    ("Marines boarded the freighter Oltan Star on Friday, the navy said.", "boarded", "Oltan Star"),
    ("The fishing vessel was boarded by Quellan coast guards near the reef.", "boarded", "vessel"),
    ("Gunmen took control of the tanker Halder Rose off the cape on Monday.", "took", "Halder Rose"),
])
def test_a_ship_boarded_by_a_force_or_taken_control_of_is_seized(analyse, text, trigger, ship):
    seized = event(analyse(text), trigger)
    assert seized["type"] == "COERCE" and seized["mode"] == "seize", text
    assert seized["roles"].get("target", "").endswith(ship.split()[-1]), seized["roles"]


def test_verbs_joined_by_and_share_the_ship(analyse):
    r = analyse("Vellish commandos had boarded and taken control of the Merrin Dawn in open waters, the ministry "
                "said.")
    boarded = event(r, "boarded")
    assert boarded["type"] == "COERCE" and boarded["roles"].get("target") == "Merrin Dawn"
    assert boarded["roles"].get("actor", "").endswith("commandos")
    r = analyse("Pirates boarded and seized the bulk carrier Tolsa Bay before dawn.")
    assert event(r, "boarded")["roles"].get("target", "").endswith("Tolsa Bay")


@pytest.mark.parametrize("text", [
    "Passengers boarded the ferry Ostin Bell at Varsk on Sunday.",
    "Hundreds of migrants boarded a boat near Pellan on Monday.",
    "The minister boarded a plane to Varsk after the talks.",
    "Troops boarded the ship for the island on Tuesday.",
    "The ship was boarded at Varsk, its owner said.",
])
def test_travellers_boarding_seize_nothing(analyse, text):
    assert not coerce(analyse(text)), text
