"""Force on crowds, people named by a post in a group, gapped counts, and things sent or given that are no aid."""
from __future__ import annotations

from tests.conftest import event


def test_an_armed_force_firing_on_protesters_assaults_them(analyse):
    r = analyse("Security forces opened fire on protesters in Kessa, killing at least 12 people.")
    fired = event(r, "opened fire")
    assert fired["type"] == "ASSAULT"
    assert "killing" in [m["text"] for m in fired["mentions"]]  # the killing is the fire's result


def test_fire_to_disperse_a_crowd_stays_conventional_force(analyse):
    r = analyse("Telvan police opened fire to disperse the marchers on Monday night.")
    assert event(r, "opened fire")["type"] == "FIGHT"


def test_a_commander_named_by_the_group_noun_before_him_is_the_target(analyse):
    r = analyse("Drone strike kills militia commander in eastern Marvos")
    assert event(r, "kills")["roles"].get("target") == "militia commander"


def test_an_officer_of_a_group_arrested_in_a_place_is_the_target(analyse):
    r = analyse("Soldiers arrested a rebel officer near Dunmoor on Friday.")
    assert event(r, "arrested")["roles"].get("target") == "rebel officer"


def test_a_gapped_count_with_more_than_is_wounded(analyse):
    r = analyse("Police said 12 people had been shot dead and more than 60 wounded in the clashes in Varn.")
    e = event(r, "wounded")
    assert e["roles"].get("target") == "Varn"  # the count is no party: the place of the clashes stands for them
    assert "actor" not in e["roles"]


def test_drones_sent_to_no_one_are_no_aid(analyse):
    r = analyse("The army vowed to punish those who sent the drones.")
    assert [e for e in r["events"] if e["trigger"]["text"] == "sent"] == []


def test_drones_sent_to_a_party_are_still_aid(analyse):
    r = analyse("Kestria sent drones to the rebels in Dorvala.")
    assert event(r, "sent")["type"] == "AID"


def test_a_date_given_is_no_aid(analyse):
    r = analyse("The ministry said the talks with Ostrel would resume. It gave no date.")
    assert [e for e in r["events"] if e["trigger"]["text"] == "gave"] == []


def test_mourners_fired_on_are_the_target_not_the_town(analyse):
    r = analyse("Troops fired on mourners at a funeral in Harrowgate, witnesses said.")
    e = event(r, "fired")
    assert e["roles"].get("target") == "mourners"
    assert e["type"] == "ASSAULT"


def test_a_day_after_fired_on_is_no_aim(analyse):
    r = analyse("Soldiers fired on Tuesday at a car near the checkpoint in Orvik.")
    assert event(r, "fired")["roles"].get("target") != "Tuesday"
