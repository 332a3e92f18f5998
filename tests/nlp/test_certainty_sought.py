"""Tests for what a verb of seeking seeks through 'for' ('the council pushed for the reopening of the bridge', 'called
for the withdrawal of the brigade'): possible, definite or not, not a given; on hand-built parses."""
import pytest

from claimgraph.nlp.annotations import register_extensions
from claimgraph.nlp.certainty import Certainty

from tests.conftest import hand_parse, rules_reading


@pytest.fixture(scope="module")
def certainty():
    register_extensions()
    return Certainty(frozenset({"push", "call", "reopen", "withdraw"}))


def council_parse(vocab, verb, lemma, noun):
    # 'The Marl council pushed for the reopening of the bridge'
    return hand_parse(vocab, [("The", 2, "det", "DET", "DT", "the"), ("Marl", 2, "compound", "PROPN", "NNP", "Marl"),
                              ("council", 3, "nsubj", "NOUN", "NN", "council"), (verb, 3, "ROOT", "VERB", "VBD", lemma),
                              ("for", 3, "prep", "ADP", "IN", "for"), ("the", 6, "det", "DET", "DT", "the"),
                              (noun, 4, "pobj", "NOUN", "NN", noun), ("of", 6, "prep", "ADP", "IN", "of"),
                              ("the", 9, "det", "DET", "DT", "the"), ("bridge", 7, "pobj", "NOUN", "NN", "bridge")])


def test_what_is_pushed_for_is_possible(vocab, certainty):
    assert rules_reading(certainty, council_parse(vocab, "pushed", "push", "reopening"), "reopening") == \
        (1, ["pushed for"])


def test_what_is_called_for_is_asked_definite_or_not(vocab, certainty):
    assert rules_reading(certainty, council_parse(vocab, "called", "call", "withdrawal"), "withdrawal") == \
        (1, ["called"])
