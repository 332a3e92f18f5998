"""Tests for events called off or put off: what is postponed or delayed has not taken place when it was to, and a
participle of cancelling or putting off on an event noun says so of the noun; each on a hand-built parse."""
import pytest

from claimgraph.nlp.annotations import register_extensions
from claimgraph.nlp.certainty import Certainty

from tests.conftest import hand_parse, rules_reading


@pytest.fixture(scope="module")
def certainty():
    register_extensions()
    return Certainty(frozenset({"postpone", "delay", "cancel", "gather"}))


def test_postponed_object_did_not_take_place(vocab, certainty):
    doc = hand_parse(vocab, [("The", 2, "det", "DET", "DT", "the"), ("Velmar", 2, "compound", "PROPN", "NNP", "Velmar"),
                             ("board", 3, "nsubj", "NOUN", "NN", "board"),
                             ("postponed", 3, "ROOT", "VERB", "VBD", "postpone"), ("the", 5, "det", "DET", "DT", "the"),
                             ("vote", 3, "dobj", "NOUN", "NN", "vote"), (".", 3, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "vote") == (-3, ["postponed"])


def test_delayed_passive_subject_did_not_take_place(vocab, certainty):
    doc = hand_parse(vocab, [("The", 2, "det", "DET", "DT", "the"), ("Ostrin", 2, "compound", "PROPN", "NNP", "Ostrin"),
                             ("summit", 5, "nsubjpass", "NOUN", "NN", "summit"),
                             ("has", 5, "aux", "AUX", "VBZ", "have"), ("been", 5, "auxpass", "AUX", "VBN", "be"),
                             ("delayed", 5, "ROOT", "VERB", "VBN", "delay"), (".", 5, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "summit") == (-3, ["delayed"])


def test_not_delayed_object_takes_place_as_planned(vocab, certainty):
    doc = hand_parse(vocab, [("Kestra", 3, "nsubj", "PROPN", "NNP", "Kestra"), ("did", 3, "aux", "AUX", "VBD", "do"),
                             ("not", 3, "neg", "PART", "RB", "not"), ("delay", 3, "ROOT", "VERB", "VB", "delay"),
                             ("the", 5, "det", "DET", "DT", "the"), ("launch", 3, "dobj", "NOUN", "NN", "launch")])
    # not put off, it takes place as planned: probable, the words that say so kept
    assert rules_reading(certainty, doc, "launch") == (2, ["not", "delay"])


def test_cancelled_participle_on_an_event_noun(vocab, certainty):
    # 'Farmers gathered despite the now-cancelled rally': the tagger leaves the hyphenated adjective whole
    doc = hand_parse(vocab, [("Farmers", 1, "nsubj", "NOUN", "NNS", "farmer"),
                             ("gathered", 1, "ROOT", "VERB", "VBD", "gather"),
                             ("despite", 1, "prep", "ADP", "IN", "despite"), ("the", 5, "det", "DET", "DT", "the"),
                             ("now-cancelled", 5, "amod", "ADJ", "JJ", "now-cancelled"),
                             ("rally", 2, "pobj", "NOUN", "NN", "rally"), (".", 1, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "rally") == (-3, ["now-cancelled"])


def test_postponed_participle_after_an_event_noun(vocab, certainty):
    doc = hand_parse(vocab, [("A", 1, "det", "DET", "DT", "a"), ("referendum", 5, "nsubj", "NOUN", "NN", "referendum"),
                             ("postponed", 1, "acl", "VERB", "VBN", "postpone"),
                             ("until", 2, "prep", "ADP", "IN", "until"), ("May", 3, "pobj", "PROPN", "NNP", "May"),
                             ("worried", 5, "ROOT", "VERB", "VBD", "worry"), ("them", 5, "dobj", "PRON", "PRP", "they")])
    assert rules_reading(certainty, doc, "referendum") == (-3, ["postponed"])


def test_the_definite_object_of_a_delay_did_not_take_place(vocab, certainty):
    # 'Ministers regretted the delay of the Kessel vote': what the noun puts off, definite or not
    doc = hand_parse(vocab, [("Ministers", 1, "nsubj", "NOUN", "NNS", "minister"),
                             ("regretted", 1, "ROOT", "VERB", "VBD", "regret"), ("the", 3, "det", "DET", "DT", "the"),
                             ("delay", 1, "dobj", "NOUN", "NN", "delay"), ("of", 3, "prep", "ADP", "IN", "of"),
                             ("the", 7, "det", "DET", "DT", "the"), ("Kessel", 7, "compound", "PROPN", "NNP", "Kessel"),
                             ("vote", 4, "pobj", "NOUN", "NN", "vote")])
    assert rules_reading(certainty, doc, "vote") == (-3, ["delay"])
