"""Events on sentences written for these tests: acts carried on, shown in footage, seized, declared and struck."""
from __future__ import annotations

from tests.conftest import event


def test_pressing_on_with_an_act_is_no_demand(analyse):
    r = analyse("The Harrow Brigade pressed on with the offensive despite the truce talks.")
    assert not any(e["type"] == "DEMAND" for e in r["events"])
    assert event(r, "offensive")["roles"].get("actor") == "Harrow Brigade"


def test_pressing_someone_on_a_matter_stays_a_demand(analyse):
    r = analyse("Reporters pressed the minister on the budget cuts.")
    assert event(r, "pressed")["type"] == "DEMAND"


def test_moving_forward_with_an_act_gives_it_its_doer(analyse):
    r = analyse("The Velmor Front moved forward with the assault on the port.")
    assert event(r, "assault")["roles"].get("actor") == "Velmor Front"


def test_a_declared_emergency_is_martial_law(analyse):
    r = analyse("President Orlan Vesk declared a state of emergency in the northern provinces.")
    e = event(r, "declared")
    assert e["type"] == "COERCE" and e.get("mode") == "martial-law"
    assert event(analyse("The council declared a state of siege in Pellmar on Saturday."), "declared")["mode"] \
        == "martial-law"


def test_a_siege_laid_on_a_town_restricts_it_and_a_curfew_is_a_curfew(analyse):
    assert event(analyse("Troops imposed a siege on the town of Orvel."), "imposed").get("mode") == "restrict"
    assert event(analyse("A curfew was imposed in the capital of Tesland."), "imposed").get("mode") == "curfew"
    assert event(analyse("The Teskan court outlawed the Ember Union on Monday."), "outlawed").get("mode") == "ban"


def test_ground_taken_by_troops_is_force(analyse):
    r = analyse("Officials in Dravia said troops had taken Kesh on Tuesday.")
    e = event(r, "taken")
    assert e["type"] == "FIGHT" and e["roles"].get("actor") == "troops"
    r = analyse("Rebels seized the city of Ostra on Friday.")
    assert event(r, "seized")["type"] == "FIGHT"
    r = analyse("Kordan forces took control of the port of Sella.")
    assert event(r, "took")["type"] == "FIGHT"


def test_taking_what_is_no_land_is_no_force(analyse):
    r = analyse("The minister took questions from reporters in Dravo.")
    assert not any(e["type"] == "FIGHT" for e in r["events"])
    r = analyse("Police seized the building and arrested six people.")
    assert event(r, "seized")["type"] == "COERCE"


def test_a_state_captured_by_a_candidate_is_won_at_the_polls(analyse):
    r = analyse("Senator Ilvane captured Tesland and Dravia in the primaries.")
    assert not any(e["trigger"]["text"] == "captured" for e in r["events"])


def test_a_video_showing_police_beating_protesters(analyse):
    r = analyse("Activists shared a video showing police beating protesters in Dravo.")
    e = event(r, "beating")
    assert e["type"] == "ASSAULT" and e.get("mode") == "beat"
    assert e["roles"].get("actor") == "police" and e["roles"].get("target") == "protesters"
    assert e.get("attribution")  # told by the video its sharers show


def test_a_scene_shown_under_a_hedge_is_hedged(analyse):
    r = analyse("The footage appears to show the aftermath of an airstrike near Delgar.")
    e = event(r, "airstrike")
    assert e["certainty"]["label"] == "probable"
    assert any(c["text"] == "appears" for c in e["certainty"]["cue"])
    r = analyse("The video appears to show the bombing of a market in Orvel.")
    assert event(r, "bombing")["certainty"]["label"] == "probable"


def test_a_scene_shown_without_a_hedge_stays_certain(analyse):
    r = analyse("The footage shows the aftermath of an airstrike near Delgar.")
    assert event(r, "airstrike")["certainty"]["label"] == "certain"


def test_a_facility_struck_is_its_nations(analyse):
    r = analyse("Kestrian drones struck a Kelmari fuel depot overnight.")
    e = event(r, "struck")
    assert e["roles"].get("target") == "Kelmari"
    assert e["role_mentions"]["target"]["text"] == "Kelmari"  # the words the owner is read from
    assert event(analyse("A drone struck Kelmar's fuel depot on Monday."), "struck")["roles"].get("target") == "Kelmar"


def test_a_facility_struck_in_a_place_keeps_the_place(analyse):
    e = event(analyse("A drone struck a fuel depot in Varnholt on Monday."), "struck")
    assert e["roles"].get("location") == "Varnholt"


def test_an_act_of_force_told_by_its_weapon_hits_as_the_weapon_does(analyse):
    r = analyse("A drone strike hit Kelmar's largest fuel depot.")
    assert any(e["roles"].get("target") == "Kelmar" for e in r["events"])
    # an attack in words hits no one with force
    r = analyse("The Ostrander attack hit Velmo differently from those before it.")
    assert not any(e["trigger"]["text"] == "hit" for e in r["events"])


def test_a_verb_shares_the_object_of_the_verb_joined_to_it(analyse):
    r = analyse("Velmari doctors donated and personally delivered medicine to the Orsk Clinic.")
    assert event(r, "donated")["roles"].get("recipient") == event(r, "delivered")["roles"].get("recipient")
    assert event(r, "donated")["roles"].get("recipient")
    r = analyse("Velmar troops fought and killed the rebels near Orsk.")
    assert event(r, "fought")["roles"].get("target") == "rebels"


def test_a_verb_with_a_subject_of_its_own_shares_nothing(analyse):
    r = analyse("Tesland protested and the Velm Front shipped rifles to Orsk.")
    assert "recipient" not in event(r, "protested")["roles"]


def test_an_active_verb_joined_to_a_passive_shares_its_subject_not_its_agent(analyse):
    r = analyse("The envoy was criticized by Tesland and later apologized.")
    assert event(r, "apologized")["roles"].get("actor") == "envoy"
    r = analyse("Prime Minister Orvan Pell has been indicted by the Velm court and will resign.")
    assert event(r, "resign")["roles"].get("actor") == "Orvan Pell"


def test_a_passive_joined_to_a_passive_is_done_to_its_subject(analyse):
    r = analyse("Rebel leader Kado was captured by troops and later released.")
    assert event(r, "released")["roles"].get("target") == "Kado"
    r = analyse("Kesh was shelled by the army and attacked by rebels.")
    e = event(r, "attacked")
    assert e["roles"].get("target") == "Kesh" and e["roles"].get("actor") == "rebels"


def test_marchers_beaten_are_the_target_not_their_town(analyse):
    e = event(analyse("Police beat the marchers in Kesh on Monday."), "beat")
    assert e["roles"].get("target") == "marchers" and e["roles"].get("location") == "Kesh"


def test_words_given_are_no_aid(analyse):
    for sentence in ("The minister gave an interview to the Velm Times on Monday.",
                     "Tesland gave assurances to Kelmar that the border would stay open."):
        assert not any(e["type"] == "AID" for e in analyse(sentence)["events"]), sentence
    r = analyse("Tesland gave rifles to the Velm Front.")
    assert event(r, "gave")["type"] == "AID"
