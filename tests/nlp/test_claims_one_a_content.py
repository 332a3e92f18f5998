"""Claims on sentences written for these tests: one claim a content or an event. A participle joined to a participle
clause that tells the claim's event again ('killing ... and wounding ...'), a free relative of naming ('in what it
called "..."') and an infinitive complement with no event of its own ('allow the port to become ...') are parts of
the claim above them; a claim from a clause of time or cause opens after its subordinator ('since ...'); a relative
clause whose verb takes an event for its object is about the event its phrase names, not the nearest noun; an
adjective said of a verb's object ('took the officers alive') is part of the verb's claim."""
from __future__ import annotations

import pytest


def spans(result):
    return [c["span"]["text"] for c in result["claims"]]


def triggers(result):
    return [c["trigger"]["text"] for c in result["claims"]]


def parts_of(result, trigger):
    claim = next(c for c in result["claims"] if c["trigger"]["text"] == trigger)
    return [p["trigger"]["text"] for p in claim["parts"]]


def test_a_participle_joined_to_one_telling_the_event_again_folds_with_it(analyse):
    r = analyse("The Orvell interior ministry said on Friday that Kesti gunboats had shelled the harbour of Lunn, "
                "sinking two trawlers and damaging a ferry.")
    assert "damaging" not in triggers(r) and "sinking" not in triggers(r)
    assert {"sinking", "damaging"} <= set(parts_of(r, "shelled"))


@pytest.mark.parametrize("text, host", [
    ('Brevan police said rioters had burned the town hall of Seld, in what the mayor called "an organised attack".',
     "burned"),
    ('Rebel gunners shelled the airport at Vell on Sunday, in what the army termed "a reckless escalation".',
     "shelled"),
])
def test_a_free_relative_of_naming_is_part_of_its_host(analyse, text, host):
    r = analyse(text)
    assert not {"called", "termed", "attack", "escalation"} & set(triggers(r))
    assert host in triggers(r)


@pytest.mark.parametrize("text, host, complement", [
    ('"We will never allow the port to become a base for foreign warships," the Ostran premier said.',
     "allow", "become"),
    ("A Pellan official said the blockade had forced the mill to shut its gates.", "forced", "shut"),
    ("The envoy said he would ask the council to try to reach a compromise.", "ask", "try"),
])
def test_an_infinitive_complement_without_an_event_is_part_of_its_clause(analyse, text, host, complement):
    r = analyse(text)
    assert complement not in triggers(r)
    assert complement in parts_of(r, host)


def test_a_claim_from_a_clause_of_time_opens_after_its_subordinator(analyse):
    r = analyse("The flooding is the worst the valley has seen since the Dravo dam burst in 1998, engineers said.")
    burst = next(c for c in r["claims"] if c["trigger"]["text"] == "burst")
    assert burst["span"]["text"] == "the Dravo dam burst in 1998"


def test_a_relative_clause_on_a_scheduled_event_names_the_event(analyse):
    r = analyse("The minister said elections for the regional councils, which were postponed in May, would be held "
                "in the autumn.")
    postponed = next(c for c in r["claims"] if c["trigger"]["text"] == "postponed")
    assert postponed["span"]["text"].startswith("elections for the regional councils, which were postponed")


@pytest.mark.parametrize("text, host, predicate", [
    ("The Velm brigade said its troops took the officers alive.", "took", "alive"),
    ("Residents said the raid left the street deserted.", "left", "deserted"),
])
def test_an_adjective_said_of_the_object_is_part_of_its_clause(analyse, text, host, predicate):
    r = analyse(text)
    assert predicate not in triggers(r)
    assert predicate in parts_of(r, host)


def test_an_adjective_a_verb_of_judging_predicates_stays_a_claim(analyse):
    r = analyse("The Orsk council called the charges unfounded, a spokesman said.")
    assert "unfounded" in triggers(r)
