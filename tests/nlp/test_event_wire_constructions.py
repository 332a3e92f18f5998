"""Wire constructions of conflict and politics the event tagger reads: forces moved up, a truce named as a thing,
orders and demands whose object is an act, a passive whose by-phrase names the fire, and hacking told with a verb of
attack, on sentences written for these tests."""
from __future__ import annotations

from tests.conftest import event


def roles(result, trigger):
    return event(result, trigger)["roles"]


def test_fighters_moved_up_to_a_border_are_a_mobilisation_by_the_mover(analyse):
    r = analyse("Drovenia moved fighters closer to the border with Palesk, officials said.")
    e = event(r, "moved")
    assert e["type"] == "MOBILIZE"
    assert e["roles"]["actor"] == "Drovenia"
    assert e["roles"].get("target") != "Drovenia"


def test_militiamen_massed_near_a_town(analyse):
    r = analyse("The Karst militia massed gunmen near the town of Olvey on Sunday.")
    e = event(r, "massed")
    assert e["type"] == "MOBILIZE" and e["roles"]["actor"] == "Karst militia"


def test_a_truce_named_as_the_object_of_a_threat_is_no_new_retreat(analyse):
    r = analyse("The ruling could unravel a ceasefire agreed in March, analysts warned.")
    assert not [e for e in r["events"] if e["trigger"]["text"] == "ceasefire"]
    r = analyse("Monitors from the Orvan League will watch the truce between Palesk and Drovenia.")
    assert not [e for e in r["events"] if e["trigger"]["text"] == "truce"]


def test_a_truce_declared_stays_a_retreat(analyse):
    r = analyse("The Karst militia declared a ceasefire on Friday.")
    assert [e for e in r["events"] if e["type"] == "RETREAT"]


def test_an_ordered_vote_is_a_demand_by_the_court(analyse):
    r = analyse("The Supreme Court of Belvania ordered a new ballot in the northern district.")
    e = event(r, "ordered")
    assert e["type"] == "DEMAND" and e["roles"]["actor"] == "Supreme Court of Belvania"


def test_a_demanded_rerun_is_no_party(analyse):
    r = analyse("Opposition leader Mara Telvik demanded a rerun of the vote.")
    e = event(r, "demanded")
    assert e["type"] == "DEMAND" and e["roles"]["actor"] == "Mara Telvik"
    assert e["roles"].get("target") != "rerun"


def test_a_passive_hit_by_fire_from_troops_is_done_by_the_troops(analyse):
    r = analyse("The town of Ruvka was hit by artillery fire from government troops overnight.")
    e = roles(r, "hit")
    assert e.get("actor") == "government troops" and e.get("target") == "Ruvka"
    r = analyse("The post was hit by mortar fire from across the border.")
    assert "actor" not in roles(r, "hit")  # a place the fire came from is no doer


def test_hackers_attacking_systems_is_a_cyber_act(analyse):
    r = analyse("Hackers attacked the control systems of the Ilvane grid on Tuesday, officials said.")
    e = event(r, "attacked")
    assert (e["type"], e.get("mode")) == ("COERCE", "cyber")
    assert e["roles"]["actor"] == "Hackers"


def test_a_utility_attacked_in_a_story_of_hacking_is_a_cyber_act(analyse):
    r = analyse("Hackers linked to Torvenia breached the network of the Kestrel grid operator in March. "
                "Investigators said the group had also attacked a water utility in Palesk.")
    e = event(r, "attacked")
    assert (e["type"], e.get("mode")) == ("COERCE", "cyber")
    r = analyse("Rebels attacked a water utility in Palesk on Friday.")
    assert event(r, "attacked")["type"] != "COERCE"  # no hacking told: force
    r = analyse("Hackers breached the Kestrel grid operator's network in March. Drones attacked the grid in May.")
    assert event(r, "attacked")["type"] != "COERCE"  # weapons strike, whatever the story told before


def test_a_participle_read_as_the_main_verb_keeps_the_subject_for_the_act(analyse):
    # the parser reads "linked" as the finite verb and hangs "breached" on it
    r = analyse("Hackers linked to Torvenia breached the network of the Kestrel grid operator in March. "
                "Investigators said the group had also attacked a water utility in Palesk.")
    assert roles(r, "breached").get("actor") == "Hackers"


def test_calls_one_rejects_are_demands_made_of_the_one_who_rejects(analyse):
    r = analyse("Palesk rejected calls from Sardel to withdraw its troops.")
    e = event(r, "calls")
    assert e["type"] == "DEMAND"
    assert e["roles"]["actor"] == "Sardel" and e["roles"]["target"] == "Palesk"


def test_a_telephone_call_stays_a_conversation(analyse):
    r = analyse("The president of Palesk held a telephone call with the Sardelian prime minister on Monday.")
    assert not [e for e in r["events"] if e["type"] == "DEMAND"]


def test_demonstrators_dispersed_by_police_are_repressed(analyse):
    r = analyse("The demonstrators, who were protesting against rising prices, were dispersed by police with water "
                "cannon.")
    e = event(r, "dispersed")
    assert e["type"] == "COERCE" and e["roles"]["actor"] == "police" and e["roles"]["target"] == "demonstrators"


def test_a_dispersal_told_as_the_purpose_of_firing_is_no_act_of_its_own(analyse):
    r = analyse("Police fired tear gas to disperse the demonstrators in Ostra.")
    assert not [e for e in r["events"] if e["trigger"]["text"] == "disperse"]


def test_a_truce_that_may_collapse_is_no_new_retreat(analyse):
    r = analyse("If talks fail, the ceasefire between Palesk and Drovenia may collapse, diplomats said.")
    assert not [e for e in r["events"] if e["trigger"]["text"] == "ceasefire"]


def test_forces_moved_closer_to_a_named_town_stand_there(analyse):
    r = analyse("The militia is thought to have moved fighters closer to the provincial capital, Velmont.")
    assert roles(r, "moved").get("location") == "Velmont"


def test_troops_sent_towards_or_to_a_town_are_deployed_not_given(analyse):
    r = analyse("Drovenia sent troops towards Orl on Sunday.")
    assert event(r, "sent")["type"] == "MOBILIZE"
    r = analyse("Drovenia sent troops to the town of Orl on Sunday.")
    assert event(r, "sent")["type"] == "MOBILIZE"


def test_a_length_with_no_date_places_no_act(analyse):
    r = analyse("The court annulled the vote on Monday and ordered a new ballot there within 60 days.",
                published="2026-11-18")
    e = event(r, "ordered")
    assert {t["id"]: t["value"] for t in r["times"]}.get(e["roles"].get("time")) == "2026-11-16"


def test_criticism_an_act_draws_comes_from_the_critics_and_falls_on_the_doer(analyse):
    r = analyse("The army's shelling of Velk drew condemnation from the Orvan League.")
    e = roles(r, "condemnation")
    assert e.get("actor") == "Orvan League" and e.get("target") == "army"
    r = analyse("The minister drew sharp criticism from opposition lawmakers.")
    e = roles(r, "criticism")
    assert e.get("actor") == "opposition lawmakers" and e.get("target") == "minister"


def test_a_gapped_passive_keeps_its_subject_as_the_one_acted_on(analyse):
    r = analyse("Two soldiers were killed and five wounded when their patrol was ambushed near Orl.")
    e = roles(r, "wounded")
    # the gapped subject is acted on, never the doer; told only by its number it is no party the act was aimed at
    assert e.get("actor") != "five" and e.get("target") != "five"


def test_a_measure_extended_is_aimed_where_it_was_laid_not_at_who_laid_it(analyse):
    r = analyse("The sanctions imposed on Drovenia by the European Union last year were extended on Monday.")
    assert roles(r, "extended").get("target") == "Drovenia"


def test_a_sit_in_a_walkout_and_a_vigil_are_protests(analyse):
    r = analyse("Opposition supporters staged a sit-in outside the electoral commission.")
    e = event(r, "sit-in")
    assert e["type"] == "PROTEST" and e["roles"]["actor"] == "Opposition supporters"
    r = analyse("Dock workers staged a walkout at the port of Velk.")
    assert event(r, "walkout")["type"] == "PROTEST"


def test_an_act_blamed_on_a_party_past_its_victims_names_the_party(analyse):
    r = analyse("Palesk blamed the kidnapping of the engineers on the Karst militia.")
    assert "Karst" in roles(r, "blamed").get("target", "")
    assert "Karst" in roles(r, "kidnapping").get("actor", "")


def test_support_expressed_is_the_expressers(analyse):
    r = analyse("Sardel expressed support for the peace plan proposed by the Orvan League.")
    e = event(r, "support")
    assert e["type"] == "SUPPORT" and e["roles"].get("actor") == "Sardel"
