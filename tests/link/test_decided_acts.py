"""Origins on analyses of sentences written for these tests: a body that agrees, decides or votes to do something
does the act; it is no witness of it, and the claim rests on whoever tells it."""
from __future__ import annotations

from tests.link.conftest import linked_analyses


def test_a_body_agreeing_to_its_own_act_is_no_origin_of_it(tmp_path, nlp):
    claims = linked_analyses(tmp_path / "s.db", nlp, [
        ("KELLA (Tarn Wire) - Ambassadors of the Varsic League's nine member states agreed in principle on Tuesday "
         "to freeze the assets of Ostrian businessman Pavel Drenn and his Kovel Bank, two diplomats said, clearing "
         "the way for formal adoption of the measures next month.", "Tarn Wire", "2025-03-04"),
    ])
    freeze = next(c for c in claims if "freeze" in c["mentions"][0]["span"]["text"])
    assert not any("Ambassadors" in name for name in freeze["origins"]), freeze["origins"]
    assert freeze["independent_origins"] == 1 and "two diplomats" in freeze["origins"][0], freeze["origins"]


def test_only_a_verb_of_deciding_before_the_claims_infinitive_drops_its_source(tmp_path, nlp):
    from claimgraph.link.corroboration import own_decision
    text = "The council voted on Monday to lift the ban on night trading, the mayor said."
    start = text.index("to lift")
    claim = {"span": {"start": start, "end": text.index(","), "text": text[start:text.index(",")]},
             "attribution": "a1"}
    document = {"text": text}
    assert own_decision(document, {"id": "a1", "cue_text": "voted"}, claim)
    assert not own_decision(document, {"id": "a1", "cue_text": "threatened"}, claim)
    assert not own_decision(document, {"id": "a2", "cue_text": "said"}, claim)
