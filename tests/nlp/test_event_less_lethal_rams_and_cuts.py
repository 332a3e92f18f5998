"""Force short of arms and cyber acts that cut a service, on sentences written for these tests: less-lethal weapons
aimed at people or craft, a warship ramming a craft, hackers cutting power."""
from __future__ import annotations

from tests.conftest import event


def test_water_cannon_aimed_at_a_crew_is_coercion(analyse):
    r = analyse("A Kestrian destroyer rammed a Velmar supply ship and fired water cannon at its crew near the reef on "
                "Sunday, injuring four sailors.")
    assert event(r, "fired")["type"] == "COERCE"


def test_tear_gas_and_water_cannon_aimed_at_people_are_coercion(analyse):
    r = analyse("Border police fired tear gas at hundreds of migrants on Saturday.")
    fired = event(r, "fired")
    assert fired["type"] == "COERCE" and fired["roles"].get("target") == "migrants"
    r = analyse("Riot police used tear gas and water cannon against students on Monday.")
    assert event(r, "used")["type"] == "COERCE"


def test_live_rounds_stay_an_assault(analyse):
    r = analyse("Guards fired live rounds at the protesters.")
    assert event(r, "fired")["type"] == "ASSAULT"


def test_a_warship_ramming_a_ship_is_force_and_a_fishing_boat_struck_an_assault(analyse):
    r = analyse("A Kestrian destroyer rammed a Velmar supply ship near the reef on Sunday.")
    assert event(r, "rammed")["type"] == "FIGHT"
    r = analyse("A Kestrian warship rammed a Velmar fishing boat near the reef on Sunday.")
    assert event(r, "rammed")["type"] == "ASSAULT"


def test_hackers_cutting_power_is_a_cyber_act_aimed_where_the_power_went(analyse):
    r = analyse("A hacking group cut electricity to 80,000 homes in the Varn region last week, the utility said.")
    cut = event(r, "cut")
    assert (cut["type"], cut["mode"]) == ("COERCE", "cyber")
    assert cut["roles"].get("target") == "Varn"
    r = analyse("Hackers cut power to much of the northern province on Sunday.")
    cut = event(r, "cut")
    assert cut["roles"].get("target") != "much"


def test_a_storm_cutting_power_is_no_act(analyse):
    r = analyse("The storm cut power to 20,000 homes.")
    assert not [e for e in r["events"] if e["trigger"]["text"] == "cut"]


def test_a_power_cut_the_named_cyberattack_did_is_no_second_act(analyse):
    r = analyse("A cyberattack that cut electricity to 90,000 homes in western Varn last week was carried out by "
                "hackers, the agency said.")
    assert not [e for e in r["events"] if e["trigger"]["text"] == "cut"]


def test_power_knocked_out_to_part_of_a_state_is_aimed_at_the_state(analyse):
    r = analyse("Hackers working for Kessel's army knocked out power to much of northern Varn on Sunday, officials "
                "said.")
    assert event(r, "knocked out")["roles"].get("target") == "Varn"
