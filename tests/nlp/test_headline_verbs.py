"""Headlines of acts joined by commas, whose verbs the tagger reads as nouns, on headlines written for these tests."""
from __future__ import annotations

from tests.conftest import event


def test_a_headline_verb_after_a_comma_shares_the_subject(analyse):
    r = analyse("Marovia expels election monitors, bans rallies from Saturday\n\nThe Marovian government acted on Friday.")
    ban = event(r, "bans")
    assert ban["type"] == "COERCE" and ban["roles"].get("actor") == "Marovia"
    assert event(r, "expels")["roles"].get("actor") == "Marovia"
    # the first clause is no one's report of the second
    assert not any("expels" in s["text"] for a in r["attributions"] for s in a["source"])


def test_a_headline_of_three_acts(analyse):
    r = analyse("Dravia arrests opposition leader, shuts newspaper, recalls envoy")
    assert event(r, "arrests")["roles"].get("actor") == "Dravia"
    assert event(r, "recalls")["roles"].get("actor") == "Dravia"


def test_a_name_run_over_a_headline_verb_is_cut(analyse):
    r = analyse("Velmar slams Orvan, praises Tesla as a partner")
    assert event(r, "praises")["roles"].get("actor") == "Velmar"


def test_a_sentence_with_a_full_stop_is_left_to_the_parser(analyse):
    from claimgraph.nlp import headlines
    from claimgraph.nlp.lemmas import known_verbs
    import spacy
    from claimgraph.settings import MODEL
    nlp = spacy.load(MODEL, exclude=["ner"])
    verbs = known_verbs(nlp)
    doc = nlp("Tesland trade talks, set for Monday, collapse.")
    assert all(headlines.headline_parts(s, verbs) is None for s in doc.sents)
    doc = nlp("Kordan hopes rise, markets rally in Velm")  # "hopes" has a verb after it, no object
    assert all(headlines.headline_parts(s, verbs) is None for s in doc.sents)


def test_the_last_act_of_a_headline_may_be_joined_by_and(analyse):
    r = analyse("Marovia expels election monitors and bans rallies from Saturday")
    assert event(r, "bans")["roles"].get("actor") == "Marovia"
    assert event(r, "expels")["roles"].get("actor") == "Marovia"
