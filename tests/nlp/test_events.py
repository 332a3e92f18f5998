"""Events on sentences written for these tests: PLOVER types, roles, control, light verbs, merged mentions."""
from __future__ import annotations


def event(result, trigger):
    found = [e for e in result["events"] if e["trigger"]["text"] == trigger]
    assert found, f"no event on {trigger!r}: {[e['trigger']['text'] for e in result['events']]}"
    return found[0]


def test_transfer_with_recipient_and_equipment(analyse):
    r = analyse("Iran supplied the Houthis with Shahed-136 drones last year.")
    e = event(r, "supplied")
    assert e["type"] == "AID" and e.get("mode") == "military"
    assert e["roles"]["actor"] == "Iran"
    assert "Houthi" in e["roles"]["recipient"]
    assert "Shahed" in e["roles"]["equipment"]


def test_transfer_to_a_recipient(analyse):
    r = analyse("Germany delivered IRIS-T air defence systems to Ukraine in October.")
    e = event(r, "delivered")
    assert e["roles"]["actor"] == "Germany"
    assert e["roles"]["recipient"] == "Ukraine"


def test_control_verb_passes_its_subject_down(analyse):
    r = analyse("Turkey agreed to sell Bayraktar TB2 drones to Poland.")
    agree, sell = event(r, "agreed"), event(r, "sell")
    assert agree["type"] == "AGREE" and sell["type"] == "AID"
    assert sell["roles"]["actor"] == "Turkey"
    assert agree["about"] == sell["id"]
    assert agree["roles"].get("recipient") == "Poland"


def test_light_verb_passes_its_subject_to_the_event_noun(analyse):
    r = analyse("Hamas has been tasked with carrying out the transfer of the rockets.")
    e = event(r, "transfer")
    assert e["roles"]["actor"] == "Hamas"


def test_doer_is_not_taken_from_outside_a_prepositional_phrase(analyse):
    r = analyse("Russia had little influence over the decision to sell the drones to Iran.")
    e = event(r, "sell")
    assert e["roles"].get("actor") != "Russia"


def test_death_of_a_person_with_its_time(analyse):
    r = analyse("Since the death of Hamas leader Ismail Haniyeh in July, the group has chosen a successor.",
                published="2024-09-10")
    e = event(r, "death")
    assert e["type"] == "DEATH"
    assert e["roles"]["actor"] == "Ismail Haniyeh"
    time = [t for t in r["times"] if t["id"] == e["roles"]["time"]][0]
    assert time["value"] == "2024-07"


def test_hostile_event_has_a_target(analyse):
    r = analyse("Israel launched an attack on Hezbollah in southern Lebanon.")
    e = event(r, "attack")
    assert e["type"] == "ASSAULT"
    assert e["roles"]["actor"] == "Israel"
    assert e["roles"]["target"] == "Hezbollah"


def test_later_mention_without_a_doer_is_the_same_event(analyse):
    r = analyse("The Wagner Group delivered an S-300 system to Syria. It is unclear when the delivery was completed.")
    deliveries = [e for e in r["events"] if e["type"] == "AID"]
    assert len(deliveries) == 1
    assert [m["text"] for m in deliveries[0]["mentions"]] == ["delivery"]


def test_events_carry_the_certainty_of_their_clause(analyse):
    r = analyse("Officials said Iran may send more drones to Russia.")
    e = event(r, "send")
    assert e["certainty"]["value"] == 1
    assert e["attribution"] is not None
