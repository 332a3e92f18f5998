"""Events on unseen text: natural hazards, people sent somewhere, acts planned or threatened, attacks in words."""
from __future__ import annotations

from tests.conftest import event


def types_of(result, trigger):
    return [e["type"] for e in result["events"] if e["trigger"]["text"] == trigger]


def test_a_storm_that_strikes_attacks_no_one(analyse):
    r = analyse("A storm struck the coast of Pellmark on Tuesday, killing three fishermen.")
    assert "ASSAULT" not in types_of(r, "struck") and "FIGHT" not in types_of(r, "struck")
    # the killing is the deaths of its victims, as "died in the storm"
    killing = event(r, "killing")
    assert killing["type"] == "DEATH"
    assert "fishermen" in killing["roles"].get("actor", "")
    # a party striking is still an attack
    r = analyse("Rebels struck the convoy near Pellmark on Tuesday.")
    assert event(r, "struck")["type"] == "ASSAULT"


def test_deaths_in_an_earthquake_and_damage_by_a_flood_are_no_acts(analyse):
    r = analyse("Forty people were killed in the earthquake on Monday.")
    assert event(r, "killed")["type"] == "DEATH"
    r = analyse("The flood destroyed 200 homes in the valley.")
    assert not types_of(r, "destroyed")
    # an attack's dead are still its victims, and a party's fire is still its act
    r = analyse("Forty people were killed in the attack on Monday.")
    assert "DEATH" not in [e["type"] for e in r["events"]]
    r = analyse("Kestrian fire killed two farmers near the border.")
    assert event(r, "killed")["type"] in {"ASSAULT", "FIGHT"}


def test_whom_an_envoy_is_summoned_to_is_no_target(analyse):
    r = analyse("Ostria's ambassador was summoned to the foreign ministry on Monday.")
    summoned = event(r, "summoned")
    assert summoned["type"] == "DISAPPROVE"
    assert "ambassador" in summoned["roles"].get("target", "")
    assert "ministry" not in summoned["roles"].get("target", "") + summoned["roles"].get("recipient", "")


def test_where_someone_is_deported_to_is_no_party_to_the_act(analyse):
    r = analyse("Police deported the activist to Tunisia.")
    deported = event(r, "deported")
    assert "activist" in deported["roles"].get("target", "")
    assert "Tunisia" not in deported["roles"].get("target", "") + deported["roles"].get("recipient", "")
    r = analyse("The deportation of the activist drew protests in Lyon.")
    assert event(r, "deportation")["type"] == "COERCE"
    r = analyse("Critics in the senate opposed his deportation policies.")
    assert not types_of(r, "deportation")


def test_an_arrangement_told_with_be_to_is_not_yet_done(analyse):
    r = analyse("Karsland is to receive 40 tanks from Ostria.")
    received = event(r, "receive")
    assert received["roles"].get("actor") == "Ostria"
    assert received["roles"].get("recipient") == "Karsland"
    assert received["certainty"]["value"] < 3
    assert [c["text"] for c in received["certainty"]["cue"]] == ["is", "to"]
    # "will" and "is to" tell the same announced act
    will = event(analyse("Karsland will receive 40 tanks from Ostria."), "receive")
    assert received["type"] == will["type"]


def test_planned_talks_take_the_plans_time_and_are_no_past_fact(analyse):
    r = analyse("The talks had been planned for April.")
    talks = event(r, "talks")
    assert talks["roles"].get("time")
    assert r["times"][0]["text"] == "for April"
    assert talks["certainty"]["value"] == 2
    assert [c["text"] for c in talks["certainty"]["cue"]] == ["planned"]
    r = analyse("A rally scheduled for May 3 was cancelled by the organisers.")
    assert event(r, "rally")["roles"].get("time")
    # held talks keep their time, told as fact
    r = analyse("The talks were held in April.")
    talks = event(r, "talks")
    assert talks["roles"].get("time")
    assert talks["certainty"]["value"] == 3


def test_a_threat_named_by_its_act_holds_that_act_over_someone(analyse):
    r = analyse("Teachers in Varn issued a strike threat over pay.")
    assert event(r, "threat")["type"] == "THREATEN"
    strike = event(r, "strike")
    assert strike["type"] == "PROTEST"
    assert "Teachers" in strike["roles"].get("actor", "")
    assert strike["certainty"]["value"] < 3
    # a threat to kill names no death that took place
    r = analyse("Rebels made death threats against the judge.")
    assert not types_of(r, "death")


def test_an_attack_in_words_is_criticism(analyse):
    r = analyse("Senator Varga attacked her rival for his remarks on trade.")
    assert event(r, "attacked")["type"] == "DISAPPROVE"
    r = analyse("The governor attacked the program as wasteful.")
    assert event(r, "attacked")["type"] == "DISAPPROVE"
    r = analyse("Critics attacked the decision on Monday.")
    assert event(r, "attacked")["type"] == "DISAPPROVE"
    # an attack repeated, or one lasting days, is still an attack
    r = analyse("Militants attacked the base for the second time.")
    assert event(r, "attacked")["type"] in {"ASSAULT", "FIGHT"}
    r = analyse("Gunmen attacked the convoy for three days.")
    assert event(r, "attacked")["type"] in {"ASSAULT", "FIGHT"}


def test_a_complaint_is_aimed_at_what_it_is_about_not_whom_it_is_made_to(analyse):
    r = analyse("Varnia complained to the Security Council about Ostria.")
    complaint = event(r, "complained")
    assert complaint["roles"].get("target") == "Ostria"
    # with nothing it is about, whom it is made to is all that is named
    r = analyse("Varnia complained to the Security Council over the weather.")
    assert "Security Council" in event(r, "complained")["roles"].get("target", "")


def test_force_sworn_in_an_infinitive_the_parser_hangs_loose_is_a_threat(analyse):
    r = analyse("Ethnic Kestrians have sworn to fight until they gain control of villages near the border.")
    fight = event(r, "fight")
    assert fight["type"] == "THREATEN"
    assert fight.get("act") == "FIGHT"


def test_whoever_is_opposed_or_committed_to_something_holds_the_stance(analyse):
    r = analyse("Karsland is opposed to Ostrian mediation in the border talks.")
    opposed = event(r, "opposed")
    assert opposed["type"] == "REJECT"
    assert opposed["roles"].get("actor") == "Karsland"
    r = analyse("Pellmark is committed to opening its markets.")
    committed = event(r, "committed to")
    assert committed["roles"].get("actor") == "Pellmark"
    assert committed["roles"].get("recipient") != "Pellmark"
    # an agent still does the passive's act to its subject
    r = analyse("The law was opposed by the unions.")
    assert "unions" in event(r, "opposed")["roles"].get("actor", "")


def test_as_opposed_to_is_a_contrast_not_an_act(analyse):
    r = analyse("Voters in Varn want new jobs as opposed to tax cuts.")
    assert not types_of(r, "opposed")


def test_an_attack_by_weapons_is_no_criticism_whatever_as_phrase_the_parser_hangs_on_it(analyse):
    r = analyse('The Kestrian army on Thursday dismissed reports that its drones had attacked the Ridge Brigades as '
                '"a fantasy".')
    assert event(r, "attacked")["type"] in {"ASSAULT", "FIGHT"}


def test_an_aim_is_no_doer_its_owner_is(analyse):
    r = analyse("The rebels' aim was to seize the port of Varn.")
    seize = event(r, "seize")
    assert "rebels" in seize["roles"].get("actor", "")
    assert "aim" not in seize["roles"].get("actor", "")
    r = analyse("Their goal is to attack the city.")
    assert "goal" not in event(r, "attack")["roles"].get("actor", "")
