"""An event's roles come from its own clause; acts told only as a kind under 'no one' or 'never' are none."""
from __future__ import annotations

from tests.conftest import event


def test_a_quoted_they_is_not_the_single_witness_who_tells_it(analyse):
    r = analyse('"They shot at people who were running away," said a shopkeeper in Dorvala.')
    assert "actor" not in event(r, "shot")["roles"]


def test_a_plural_reporter_still_speaks_for_its_they(analyse):
    r = analyse("The rebels said they would attack the convoy near Orvik.")
    assert event(r, "attack")["roles"].get("actor") == "rebels"


def test_a_when_clause_gives_the_main_clause_no_target(analyse):
    r = analyse("Abarra and two bodyguards died when a missile hit their car near Sellin.")
    assert "target" not in event(r, "died")["roles"]
    assert event(r, "hit")["roles"].get("target") == "their car"


def test_acts_describing_whom_no_one_names_are_no_events(analyse):
    r = analyse("No one convicted of murder will be freed under the deal, Minister Olen said.")
    triggers = [e["trigger"]["text"] for e in r["events"]]
    assert "convicted" not in triggers and "murder" not in triggers


def test_an_indefinite_act_under_never_is_no_event(analyse):
    r = analyse("The Ashen Hand has never before claimed an attack on a warship.")
    assert [e for e in r["events"] if e["trigger"]["text"] == "attack"] == []


def test_a_definite_act_in_a_clause_of_nobody_is_still_told(analyse):
    r = analyse("Nobody who took part in the attack on the Dorvala barracks will be pardoned.")
    assert event(r, "attack")["type"] == "ASSAULT"


def test_fighters_of_a_group_freed_are_the_target_and_the_group_the_recipient(analyse):
    r = analyse("The government agreed to free 40 fighters of the Dorvan Liberation Front.")
    e = event(r, "free")
    assert e["roles"].get("target") == "40 fighters"
    assert e["roles"].get("recipient") == "Dorvan Liberation Front"


def test_parties_signing_together_in_a_town_sign_with_each_other_not_the_town(analyse):
    r = analyse("Ostrel and Marvos signed a trade agreement in Dorvala on Friday.")
    e = event(r, "signed")
    assert e["roles"].get("recipient") == "Marvos"
    assert e["roles"].get("location") == "Dorvala"
