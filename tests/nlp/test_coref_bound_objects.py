"""Coreference on invented names: an object "it" is neither the subject of its own chain of verbs nor a named subject
when an unnamed object of that chain stands nearer."""
from __future__ import annotations


def mentions_of(result, name):
    return [m["text"] for e in result["entities"] if e["name"] == name for m in e["mentions"]]


def test_an_unnamed_party_the_reporter_would_not_name_is_no_named_entity(analyse):
    r = analyse("The Ostavian ministry said a foreign government was behind the attack but did not name it.")
    assert mentions_of(r, "Ostavian ministry") == ["The Ostavian ministry"]


def test_an_infinitive_verb_shares_its_subject(analyse):
    r = analyse("The Tarrow Group said a rival firm had copied the design but declined to name it.")
    assert "it" not in mentions_of(r, "Tarrow Group")


def test_the_object_of_the_same_chain_wins_over_a_named_subject(analyse):
    r = analyse("Ostavia accused the militia of seizing the port and said Kelmar had armed it.")
    assert "it" not in [m["text"] for e in r["entities"] for m in e["mentions"]]


def test_a_subject_it_still_reads_back_to_the_named_body(analyse):
    r = analyse("The Varnish Bank said it would cut rates. It also said profits rose.")
    assert mentions_of(r, "Varnish Bank") == ["The Varnish Bank", "it", "It"]
