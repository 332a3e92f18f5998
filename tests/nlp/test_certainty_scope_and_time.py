"""Tests for a negated 'should' ('no one should sell'), an event whose relative clause tells its coming about ('a
blockade that never happened'), free-choice 'any' ('would condemn any blockade') and a point of time still to come
('before the hearing' on a clause still ahead); each on a hand-built parse."""
import pytest
import spacy

from claimgraph.nlp.annotations import register_extensions
from claimgraph.nlp.certainty import Certainty

from tests.conftest import hand_parse, rules_reading


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


@pytest.fixture(scope="module")
def certainty():
    register_extensions()
    certainty = Certainty(frozenset({"sell", "happen", "condemn", "speak", "flee", "leave", "hit", "mention"}))
    certainty.load()
    return certainty


# -- a negated 'should' -------------------------------------------------------------------------------------------

def test_a_negation_on_the_subject_of_should_makes_the_act_possibly_not(vocab, certainty):
    # "No one should sell the mill."
    doc = hand_parse(vocab, [("No", 1, "det", "DET", "DT", "no"), ("one", 3, "nsubj", "PRON", "NN", "one"),
                             ("should", 3, "aux", "AUX", "MD", "should"), ("sell", 3, "ROOT", "VERB", "VB", "sell"),
                             ("the", 5, "det", "DET", "DT", "the"), ("mill", 3, "dobj", "NOUN", "NN", "mill"),
                             (".", 3, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "sell") == (-1, ["No one", "should"])


def test_should_not_makes_the_act_possibly_not(vocab, certainty):
    # "The Orvel board should not sell the mill."
    doc = hand_parse(vocab, [("The", 2, "det", "DET", "DT", "the"), ("Orvel", 2, "compound", "PROPN", "NNP", "Orvel"),
                             ("board", 5, "nsubj", "NOUN", "NN", "board"), ("should", 5, "aux", "AUX", "MD", "should"),
                             ("not", 5, "neg", "PART", "RB", "not"), ("sell", 5, "ROOT", "VERB", "VB", "sell"),
                             ("the", 7, "det", "DET", "DT", "the"), ("mill", 5, "dobj", "NOUN", "NN", "mill"),
                             (".", 5, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "sell") == (-1, ["should", "not"])
