"""The PLOVER scorer on records written for these tests: event choice by markup, actor and target matching."""
from __future__ import annotations

from claimgraph.evaluate.plover import event_spans, matches, pick_event, score_record


def record(text, markup, event="REJECT", source="Ruritania", target="Freedonia"):
    return {"id": "T-1", "event": event, "text": text, "textInfo": {"markup": markup},
            "source": [{"actorText": source}], "target": [{"actorText": target}]}


def predicted(type_, start, end, roles=None, mentions=None):
    return {"type": type_, "trigger": {"start": start, "end": end}, "roles": roles or {},
            "role_mentions": mentions or {}}


def test_marked_event_words_choose_the_event():
    text = "Ruritania rejected a Freedonian offer of talks."
    rec = record(text, "(SRC: Ruritania) (EVT: rejected) a (TAR: Freedonian) offer of talks.")
    assert event_spans(rec) == [(10, 18)]
    offer, reject = predicted("AGREE", 30, 35), predicted("REJECT", 10, 18)
    assert pick_event([offer, reject], event_spans(rec)) is reject


def test_without_a_marked_match_the_first_event_is_taken():
    first, second = predicted("CONSULT", 0, 3), predicted("AID", 5, 9)
    assert pick_event([first, second], [(40, 50)]) is first


def test_actor_matches_by_any_name_of_its_entity_and_target_by_words():
    text = "Ruritania rejected a Freedonian offer of talks."
    rec = record(text, "(EVT: rejected)", source="RU", target="Freedonian")
    event = predicted("REJECT", 10, 18, roles={"actor": "Republic of Ruritania"},
                      mentions={"actor": {"text": "it"}, "target": {"text": "Freedonian"}})
    result = {"events": [event], "entities": [{"name": "Republic of Ruritania", "aliases": ["RU"],
                                                "mentions": [{"text": "Ruritania"}]}]}
    outcome = score_record(rec, result)
    assert outcome["type"] and outcome["actor"] and outcome["target"]


def test_wrong_actor_is_counted_wrong():
    rec = record("Ruritania rejected the plan.", "(EVT: rejected)")
    result = {"events": [predicted("REJECT", 10, 18, mentions={"actor": {"text": "the plan"}})], "entities": []}
    outcome = score_record(rec, result)
    assert outcome["actor_n"] and not outcome["actor"]


def test_word_matching_is_containment_or_half_the_words():
    assert matches("Senior Hungarian officials", "Hungarian")
    assert matches("the Fijian rebels", "Fijian rebels")
    assert not matches("Thursday", "United States")
