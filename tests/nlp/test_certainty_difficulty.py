"""Tests for the to-infinitive of an adjective of difficulty ('difficult for the mill to meet its orders', 'made it
impossible for the crews to land'): what is hard to do is possible, what is impossible is not done; each on a
hand-built parse."""
import pytest

from claimgraph.nlp.annotations import register_extensions
from claimgraph.nlp.certainty import Certainty

from tests.conftest import hand_parse, rules_reading


@pytest.fixture(scope="module")
def certainty():
    register_extensions()
    return Certainty(frozenset({"meet", "land", "make", "see"}))


def test_extraposed_infinitive_of_difficult_is_possible(vocab, certainty):
    # 'It was difficult for the Quellin mill to meet its orders': the parser hangs the infinitive on the copula
    doc = hand_parse(vocab, [("It", 1, "nsubj", "PRON", "PRP", "it"), ("was", 1, "ROOT", "AUX", "VBD", "be"),
                             ("difficult", 1, "acomp", "ADJ", "JJ", "difficult"), ("for", 6, "mark", "SCONJ", "IN", "for"),
                             ("the", 5, "det", "DET", "DT", "the"), ("mill", 7, "nsubj", "NOUN", "NN", "mill"),
                             ("to", 7, "aux", "PART", "TO", "to"), ("meet", 1, "advcl", "VERB", "VB", "meet"),
                             ("its", 9, "poss", "PRON", "PRP$", "its"), ("orders", 7, "dobj", "NOUN", "NNS", "order")])
    assert rules_reading(certainty, doc, "meet") == (1, ["difficult"])


def test_infinitive_of_impossible_is_not_done(vocab, certainty):
    doc = hand_parse(vocab, [("Fog", 1, "nsubj", "NOUN", "NN", "fog"), ("made", 1, "ROOT", "VERB", "VBD", "make"),
                             ("it", 3, "nsubj", "PRON", "PRP", "it"),
                             ("impossible", 1, "ccomp", "ADJ", "JJ", "impossible"),
                             ("for", 7, "mark", "SCONJ", "IN", "for"), ("the", 6, "det", "DET", "DT", "the"),
                             ("crews", 8, "nsubj", "NOUN", "NNS", "crew"), ("to", 8, "aux", "PART", "TO", "to"),
                             ("land", 3, "advcl", "VERB", "VB", "land")])
    assert rules_reading(certainty, doc, "land") == (-3, ["impossible"])


def test_infinitive_of_a_negated_hard_is_probable(vocab, certainty):
    doc = hand_parse(vocab, [("It", 1, "nsubj", "PRON", "PRP", "it"), ("is", 1, "ROOT", "AUX", "VBZ", "be"),
                             ("not", 1, "neg", "PART", "RB", "not"), ("hard", 1, "acomp", "ADJ", "JJ", "hard"),
                             ("to", 5, "aux", "PART", "TO", "to"), ("see", 1, "xcomp", "VERB", "VB", "see"),
                             ("why", 5, "advmod", "ADV", "WRB", "why")])
    assert rules_reading(certainty, doc, "see") == (2, ["not", "hard"])
