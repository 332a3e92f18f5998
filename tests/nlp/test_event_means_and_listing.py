"""Events on sentences written for these tests: a weapon or an act of force as subject is the means and its owner the
doer, an address that is a place is no speech, a failed agreement is a rejection about a matter, and sanctions told as listing
or as a state one is placed under."""
from __future__ import annotations

from tests.conftest import event


def test_an_act_of_force_as_subject_is_no_doer(analyse):
    r = analyse("Shelling killed at least nine villagers in Dorvik on Monday, the mayor said.")
    killing = event(r, "killed")
    assert "actor" not in killing["roles"]
    assert killing["type"] == "FIGHT"  # shelling is conventional force
    assert killing["roles"]["target"] == "at least nine villagers"


def test_fire_from_a_weapon_is_the_means(analyse):
    r = analyse("Mortar fire wounded six soldiers near the border.")
    assert "actor" not in event(r, "wounded")["roles"]


def test_the_armed_owner_of_a_weapon_is_the_doer(analyse):
    r = analyse("Government artillery had fired the shells, the rebels said.")
    assert event(r, "fired")["roles"].get("actor") == "Government"
    r = analyse("Rebel drones hit a fuel depot near Velm, officials said.")
    assert event(r, "hit")["roles"].get("actor") == "Rebel"


def test_weapons_pounding_a_place_fight_for_their_owner(analyse):
    r = analyse("The army's artillery pounded positions outside Velm overnight.")
    pounding = event(r, "pounded")
    assert pounding["type"] == "FIGHT" and pounding["roles"].get("actor") == "army"
    r = analyse("The senator pounded the table during the hearing.")
    assert not [e for e in r["events"] if e["trigger"]["text"] == "pounded"]


def test_an_address_that_is_a_place_is_no_speech(analyse):
    for text in ("Firms that share its addresses and directors were set up in May.",
                 "The company listed its addresses in three countries.",
                 "The firm was registered at an address in Kelmar.",
                 "Please send it to her email address."):
        assert not [e for e in analyse(text)["events"] if e["trigger"]["text"].startswith("address")], text


def test_an_address_given_is_a_speech(analyse):
    r = analyse("The prime minister gave an address to parliament on Tuesday.")
    speech = event(r, "address")
    assert speech["type"] == "CONSULT" and speech["roles"].get("recipient") == "parliament"


def test_failing_to_agree_rejects_the_agreement_about_a_matter(analyse):
    r = analyse("Negotiators for Pelmark and the Ardent Front failed on Monday to agree on a swap of detainees.")
    agreement = event(r, "agree")
    assert agreement["type"] == "REJECT"  # CAMEO 127, as PLOVER GSR codes "failed to reach agreement"
    assert agreement["certainty"]["value"] < 0
    # what they failed to agree on is the matter, no party to the agreement
    assert "detainees" not in " ".join(agreement["roles"].get(role, "") for role in ("target", "recipient"))


def test_adding_parties_to_a_sanctions_list_sanctions_them(analyse):
    r = analyse("The ministry put two shipping firms on a blacklist last week.")
    listing = event(r, "put")
    assert listing["type"] == "SANCTION"
    assert listing["roles"]["actor"] == "ministry" and "shipping firms" in listing["roles"]["target"]
    r = analyse("The treasury said it would add three of the banks to its sanctions list.")
    assert event(r, "add")["roles"]["target"] == "banks"
    r = analyse("The committee added the item to the list of topics.")
    assert not r["events"]


def test_designations_are_sanctions_only_in_a_story_about_sanctions(analyse):
    r = analyse("The Halvern sanctions were imposed in May. The treasury designated two more banks on Friday.")
    designated = event(r, "designated")
    assert designated["type"] == "SANCTION" and designated["roles"].get("actor") == "treasury"
    r = analyse("She was designated as the team's captain.")
    assert not r["events"]


def test_an_act_one_is_placed_under_falls_on_its_bearer(analyse):
    r = analyse("The shipping firm was placed under sanctions in March.")
    assert event(r, "sanctions")["roles"]["target"] == "shipping firm"
    r = analyse("The council placed the mayor under house arrest.")
    arrest = event(r, "arrest")
    assert arrest["roles"]["actor"] == "council" and arrest["roles"]["target"] == "mayor"


def test_the_text_view_names_a_target_once(analyse):
    from claimgraph.render.text import render

    r = analyse("The council placed the mayor under house arrest.")
    assert event(r, "arrest")["roles"]["recipient"] == "mayor"  # the contract's copy stays in the output
    line = next(x for x in render(r).splitlines() if "“arrest”" in x)
    assert "target=mayor" in line and "recipient=" not in line


def test_closing_a_border_to_a_state_sanctions_it(analyse):
    r = analyse("Pelmark closed its western border with Kelmar because of the fighting.")
    closing = event(r, "closed")
    assert closing["type"] == "SANCTION"
    assert closing["roles"]["actor"] == "Pelmark" and closing["roles"]["target"] == "Kelmar"
    r = analyse("The shop closed its doors on Friday.")
    assert not r["events"]


def test_a_named_state_on_an_act_of_force_is_its_doer(analyse):
    r = analyse("Recent US drone attacks have killed at least six commanders of the Ardent Front.")
    assert event(r, "killed")["roles"].get("actor") == "United States"


def test_observers_taken_out_of_a_country_are_withdrawn(analyse):
    r = analyse("Forty observers of the mission were shipped out of Kelmar on Friday.")
    assert event(r, "shipped")["type"] == "SANCTION"
    r = analyse("The army pulled its troops out of the valley.")
    assert event(r, "pulled")["type"] == "RETREAT"
