"""Tests for a gerund after a noun or adjective through a preposition ('a formula for ending the strike', 'capable
of meeting the demand'): a way, aim or capacity, probable at most, where a verdict or a consequence takes the act as
done; each on a hand-built parse."""
import pytest

from claimgraph.nlp.annotations import register_extensions
from claimgraph.nlp.certainty import Certainty

from tests.conftest import hand_parse, rules_reading


@pytest.fixture(scope="module")
def certainty():
    register_extensions()
    return Certainty(frozenset({"end", "outline", "meet", "hide", "find"}))


def test_gerund_after_a_noun_of_means_is_probable(vocab, certainty):
    doc = hand_parse(vocab, [("Dalvik", 1, "nsubj", "PROPN", "NNP", "Dalvik"),
                             ("outlined", 1, "ROOT", "VERB", "VBD", "outline"), ("a", 3, "det", "DET", "DT", "a"),
                             ("formula", 1, "dobj", "NOUN", "NN", "formula"), ("for", 3, "prep", "ADP", "IN", "for"),
                             ("ending", 4, "pcomp", "VERB", "VBG", "end"), ("the", 7, "det", "DET", "DT", "the"),
                             ("strike", 5, "dobj", "NOUN", "NN", "strike"), (".", 1, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "ending") == (2, ["formula", "for"])


def test_gerund_after_an_adjective_of_capacity_is_probable(vocab, certainty):
    doc = hand_parse(vocab, [("Merrow", 1, "nsubj", "PROPN", "NNP", "Merrow"), ("is", 1, "ROOT", "AUX", "VBZ", "be"),
                             ("capable", 1, "acomp", "ADJ", "JJ", "capable"), ("of", 2, "prep", "ADP", "IN", "of"),
                             ("meeting", 3, "pcomp", "VERB", "VBG", "meet"), ("the", 6, "det", "DET", "DT", "the"),
                             ("demand", 4, "dobj", "NOUN", "NN", "demand")])
    assert rules_reading(certainty, doc, "meeting") == (2, ["capable", "of"])


def test_gerund_after_a_verdict_stays_done_while_one_after_a_cost_is_not(vocab, certainty):
    verdict = hand_parse(vocab, [("Tornel", 2, "nsubjpass", "PROPN", "NNP", "Tornel"),
                                 ("was", 2, "auxpass", "AUX", "VBD", "be"), ("found", 2, "ROOT", "VERB", "VBN", "find"),
                                 ("guilty", 2, "oprd", "ADJ", "JJ", "guilty"), ("of", 3, "prep", "ADP", "IN", "of"),
                                 ("hiding", 4, "pcomp", "VERB", "VBG", "hide"), ("losses", 5, "dobj", "NOUN", "NNS", "loss")])
    assert rules_reading(certainty, verdict, "hiding") == (3, [])
    cost = hand_parse(vocab, [("They", 1, "nsubj", "PRON", "PRP", "they"), ("counted", 1, "ROOT", "VERB", "VBD", "count"),
                              ("the", 3, "det", "DET", "DT", "the"), ("cost", 1, "dobj", "NOUN", "NN", "cost"),
                              ("of", 3, "prep", "ADP", "IN", "of"), ("hiding", 4, "pcomp", "VERB", "VBG", "hide"),
                              ("losses", 5, "dobj", "NOUN", "NNS", "loss")])
    assert rules_reading(certainty, cost, "hiding") == (2, ["cost", "of"])
