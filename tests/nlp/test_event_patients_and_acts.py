"""Event roles and acts on fresh shapes: a passive with no subject of its own, a clause after a semicolon, victims
told killed in an act named again, responsibility claimed, searches, checkpoints, invitations, consulates, and the
time and place of a clause of the same moment."""
from __future__ import annotations

import pytest


def events_at(result, word):
    return [e for e in result["events"] if e["trigger"]["text"].split()[0] == word]


def role(event, name):
    words = event.get("role_mentions", {}).get(name)
    return words["text"] if isinstance(words, dict) else None


@pytest.mark.parametrize("text, word, patient", [
    ("Officials in Tarnow said the two sailors were expected to be released on Friday.", "released", None),
    ("The Brellish guards were due to be freed next week.", "freed", None),
    ("The activists were expected to be arrested before the vote in Kessa.", "arrested", "activists"),
    ("The prosecutor ordered the two sailors to be detained.", "detained", "two sailors"),
    ("The fishermen were questioned for hours and would be detained again.", "detained", "fishermen"),
])
def test_an_agentless_passive_never_makes_its_subject_the_doer(analyse, text, word, patient):
    (event,) = events_at(analyse(text), word)
    assert role(event, "actor") is None
    if patient is not None:
        assert role(event, "target") == patient


def test_a_passive_with_its_by_agent_keeps_the_agent(analyse):
    (event,) = events_at(analyse("The Orvani sailors were expected to be freed by the Brellish navy."), "freed")
    assert role(event, "actor") == "Brellish navy"


def test_a_clause_after_a_semicolon_keeps_its_own_target(analyse):
    r = analyse("Rebels kill nine guards; army imposes curfew in the north")
    (curfew,) = events_at(r, "imposes")
    assert role(curfew, "target") != "nine guards"
    (killing,) = events_at(r, "kill")
    assert role(killing, "target") == "nine guards"


def test_a_complement_clause_without_a_semicolon_still_lends_its_target(analyse):
    r = analyse("Varnia threatened to impose sanctions on Ostrel.")
    (threat,) = events_at(r, "threatened")
    assert role(threat, "target") == "Ostrel"


def test_a_curfew_laid_on_a_town_is_aimed_at_it(analyse):
    (event,) = events_at(analyse("The Varnian army imposed a curfew on the port on Friday."), "imposed")
    assert role(event, "target") == "port"


def test_victims_killed_in_an_act_named_again_are_not_lost(analyse):
    r = analyse("Police arrested 30 people in raids across Ostrel province. Varnian jets bombed rebel camps near "
                "Dask on Friday. At least nine fighters were killed in the strikes.")
    victims = [e for e in r["events"] if role(e, "target") == "At least nine fighters"]
    assert victims and victims[0]["type"] in {"ASSAULT", "FIGHT"}
    # the raids in which the arrests were made are the arrests' act, told again (PLOVER COERCE arrest)
    (raids,) = [e for e in r["events"] if e["trigger"]["text"] == "raids"
                or any(m["text"] == "raids" for m in e["mentions"])]
    assert role(raids, "target") != "At least nine fighters"
    assert not any(m["text"] == "strikes" for m in raids["mentions"])


def test_victims_of_an_act_with_no_target_become_its_target(analyse):
    r = analyse("Gunmen opened fire at a market in Dask on Monday. Six traders were killed in the shooting.")
    kinds = [e for e in r["events"] if e["type"] in {"ASSAULT", "FIGHT"}]
    assert any(role(e, "target") == "Six traders" for e in kinds)


@pytest.mark.parametrize("text, doer", [
    ("Gunmen ambushed a convoy near Dask. A spokesman for the Red Hollow militia claimed responsibility for the "
     "attack.", "Red Hollow militia"),
    ("The Sable Front claimed responsibility for the bombing of a bus in Dask.", "Sable Front"),
])
def test_whoever_claims_an_act_is_given_as_its_doer(analyse, text, doer):
    r = analyse(text)
    assert any(role(e, "actor") == doer for e in r["events"] if e["type"] == "ASSAULT")


def test_no_claim_gives_no_doer(analyse):
    r = analyse("No group has claimed responsibility for the attack on the Dask depot.")
    (attack,) = events_at(r, "attack")
    assert role(attack, "actor") is None


@pytest.mark.parametrize("text, word, type_", [
    ("Residents said soldiers searched houses in Dask and seized rifles.", "searched", "COERCE"),
    ("Coast guards searched the tanker off Ostrel on Monday.", "searched", "COERCE"),
    ("Police searched the offices of the Dask Courier on Tuesday.", "searched", "COERCE"),
    ("Soldiers set up checkpoints on the main roads into Dask.", "set", "MOBILIZE"),
    ("Varnia retaliated by closing its consulate in the port city of Velm.", "closing", "SANCTION"),
    ("Ostrel reopened its embassy in Varnia on Monday.", "reopened", "SUPPORT"),
    ("Prime Minister Ilse Marrow invited the foreign ministers of Varnia and Ostrel to talks in Dask.", "invited",
     "AGREE"),
])
def test_acts_named_by_a_verb_and_its_object(analyse, text, word, type_):
    assert [e["type"] for e in events_at(analyse(text), word)] == [type_]


@pytest.mark.parametrize("text, word", [
    ("Aides searched the office for emails about the budget.", "searched"),
    ("Rescuers searched the rubble for survivors.", "searched"),
    ("The senator invited two guests to the dinner.", "invited"),
])
def test_searches_and_invitations_of_other_kinds_are_no_acts(analyse, text, word):
    assert events_at(analyse(text), word) == []


def test_force_used_to_disperse_people_is_aimed_at_them(analyse):
    r = analyse("Riot police opened fire to disperse the striking miners, killing one man.")
    (fire,) = events_at(r, "opened")
    assert role(fire, "target") == "striking miners"


def test_a_refused_complement_is_no_purpose(analyse):
    r = analyse("Varnia has refused to deploy peacekeepers.")
    (refusal,) = events_at(r, "refused")
    assert role(refusal, "target") != "peacekeepers"


def test_an_act_takes_time_and_place_from_a_clause_of_the_same_moment(analyse):
    r = analyse("The gunmen opened fire with rifles as the convoy crossed a bridge near Dask on Friday.")
    (fire,) = events_at(r, "opened")
    assert role(fire, "location") == "Dask"
    assert role(fire, "time") == "on Friday"
    assert role(fire, "target") != "Dask"


def test_a_while_clause_lends_no_place(analyse):
    r = analyse("Soldiers opened fire on the crowd while officials met in Geneva on Monday.")
    (fire,) = events_at(r, "opened")
    assert role(fire, "location") is None


@pytest.mark.parametrize("text, asker", [
    ("Velm refused to consider Dorran's request for talks.", "Dorran"),
    ("The Velmish premier has refused to respond to a demand from President Anna Dorr to free the sailors.",
     "President Anna Dorr"),
])
def test_an_answer_to_a_demand_is_aimed_at_whoever_made_it(analyse, text, asker):
    (refusal,) = events_at(analyse(text), "refused")
    assert role(refusal, "target") == asker


def test_an_answer_to_ones_own_proposal_names_no_target(analyse):
    (refusal,) = events_at(analyse("Velm refused to discuss its own proposal."), "refused")
    assert role(refusal, "target") is None
