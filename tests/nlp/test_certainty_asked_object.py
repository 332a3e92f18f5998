"""Tests for the object of a verb of asking for a thing ('the union demands the release of its leaders'): what is asked
for, definite or not, is no given but the request's content; on a hand-built parse."""
import pytest

from claimgraph.nlp.annotations import register_extensions
from claimgraph.nlp.certainty import Certainty

from tests.conftest import hand_parse, rules_reading


@pytest.fixture(scope="module")
def certainty():
    register_extensions()
    return Certainty(frozenset({"demand", "release", "order"}))


def union_parse(vocab, verb, lemma):
    # 'The Tarn union demands the release of its leaders'
    return hand_parse(vocab, [("The", 2, "det", "DET", "DT", "the"), ("Tarn", 2, "compound", "PROPN", "NNP", "Tarn"),
                              ("union", 3, "nsubj", "NOUN", "NN", "union"), (verb, 3, "ROOT", "VERB", "VBZ", lemma),
                              ("the", 5, "det", "DET", "DT", "the"), ("release", 3, "dobj", "NOUN", "NN", "release"),
                              ("of", 5, "prep", "ADP", "IN", "of"), ("its", 8, "poss", "PRON", "PRP$", "its"),
                              ("leaders", 6, "pobj", "NOUN", "NNS", "leader")])


def test_the_definite_object_of_a_demand_is_what_is_asked(vocab, certainty):
    assert rules_reading(certainty, union_parse(vocab, "demands", "demand"), "release") == (1, ["demands"])
    # what is ordered stays a given (UW's reading of 'ordered the evacuation')
    assert rules_reading(certainty, union_parse(vocab, "orders", "order"), "release") == (3, [])
