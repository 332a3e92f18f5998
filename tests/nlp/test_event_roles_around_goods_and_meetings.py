"""Event roles on sentences written for these tests: a request made with 'ask for', armed people named by their owner
alone, who acts at a meeting, goods described by where they were going, a when-clause on a time, an insurgency."""
from __future__ import annotations


def act(r: dict, trigger: str) -> dict:
    (e,) = [e for e in r["events"] if e["trigger"]["text"] == trigger]
    return e


def time_of(r: dict, e: dict) -> str | None:
    return next((t["value"] for t in r["times"] if t["id"] == e["roles"].get("time")), None)


def test_asking_a_party_for_something_is_a_demand(analyse):
    r = analyse("The Vosk interior ministry asked the Tarrow Council for fuel and blankets on Friday.")
    e = act(r, "asked")
    assert e["type"] == "DEMAND"
    assert e["roles"]["actor"] == "Vosk interior ministry"
    assert "Tarrow Council" in (e["roles"].get("target"), e["roles"].get("recipient"))


def test_asked_for_comment_and_asked_a_question_are_no_demands(analyse):
    r = analyse("When asked for comment, the Vosk ministry said nothing. Reporters asked the Tarrow mayor whether "
                "the bridge would reopen.")
    assert not [e for e in r["events"] if e["type"] == "DEMAND"]


def test_its_units_act_for_the_army_named_before(analyse):
    r = analyse("The Kolvan army said its units had struck a fuel depot near Brenna.")
    e = act(r, "struck")
    assert e["type"] == "FIGHT"  # units of an army use conventional force
    assert e["roles"]["actor"] == "Kolvan army"  # the army's own units: the army acts, not the state


def test_its_fighters_receive_for_their_group(analyse):
    r = analyse("The Ashen Valley Brigade has fought in the hills since 2019. Its fighters are believed to have received "
                "rifles from abroad.")
    e = act(r, "received")
    assert e["roles"]["recipient"] == "Ashen Valley Brigade"


def test_who_acts_at_a_summit_takes_part_in_it(analyse):
    r = analyse("The Vosk prime minister, Ilse Marrant, is expected to raise the border dispute at a regional summit "
                "in Orsova next month.")
    e = act(r, "summit")
    assert e["type"] == "CONSULT"
    assert e["roles"]["actor"] == "Ilse Marrant"
    assert e["roles"]["location"] == "Orsova"


def test_a_summit_with_no_one_acting_at_it_has_no_actor(analyse):
    r = analyse("A regional summit will open in Orsova next month.")
    assert "actor" not in act(r, "summit")["roles"]


def test_goods_bound_for_a_party_name_the_recipient_and_the_seizure_keeps_its_place_and_time(analyse):
    r = analyse("Vosk border guards seized a shipment of rifles bound for the Ashen Valley Brigade at the port of "
                "Hessel last week, officials said on Monday.", published="2024-03-14")
    shipment = act(r, "shipment")
    assert shipment["type"] == "AID"
    assert shipment["roles"]["recipient"] == "Ashen Valley Brigade"
    seizure = act(r, "seized")
    assert seizure["roles"]["location"] == "Hessel"
    assert time_of(r, seizure) == "2024-W10"  # the week before the report, not the Monday it was told


def test_a_seizure_keeps_the_time_on_its_own_verb(analyse):
    r = analyse("Customs officers in Hessel seized a cargo of rifles last week.", published="2024-03-14")
    seizure = act(r, "seized")
    assert time_of(r, seizure) == "2024-W10"


def test_an_act_in_a_when_clause_on_a_time_takes_that_time(analyse):
    r = analyse("The Orsova bridge was last hit in 2021, when a strike on its pylons cut power to Brenna for a week.")
    assert time_of(r, act(r, "strike")) == "2021"


def test_an_insurgency_is_waged_by_its_subject_in_the_state_whose_parts_it_names(analyse):
    r = analyse("The Grey Ridge Legion has waged an insurgency in Kolva's northern hills since 2015.")
    e = act(r, "insurgency")
    assert e["type"] == "FIGHT"
    assert e["roles"]["actor"] == "Grey Ridge Legion"
    assert e["roles"]["location"] == "Kolva"


def test_of_a_length_and_a_date_on_an_act_the_date_is_its_time(analyse):
    r = analyse("Tarrow militiamen attacked the Vosk garrison for three hours on Saturday, the army said.",
                published="2025-06-18")
    assert time_of(r, act(r, "attacked")) == "2025-06-14"
