"""Tests for what a copula predicates under a modal or a condition: an infinitival relative on its predicate noun
('might be the first envoy to be expelled') shares its reading, and a condition on the truth of a report ('if the
Vesk report is accurate') leaves the clause it conditions possible; each on a hand-built parse."""
import pytest

from claimgraph.nlp.annotations import register_extensions
from claimgraph.nlp.certainty import Certainty

from tests.conftest import hand_parse, rules_reading


@pytest.fixture(scope="module")
def certainty():
    register_extensions()
    return Certainty(frozenset({"expel", "violate", "appear", "strike"}))


def envoy_to_be_expelled(vocab, auxiliary):
    # 'Ostrel might be the first envoy to be expelled', or with 'was' for the copula
    rows = [("Ostrel", 2, "nsubj", "PROPN", "NNP", "Ostrel")]
    if auxiliary:
        rows.append(("might", 2, "aux", "AUX", "MD", "might"))
        rows.append(("be", 2, "ROOT", "AUX", "VB", "be"))
    else:
        rows = [("Ostrel", 1, "nsubj", "PROPN", "NNP", "Ostrel"), ("was", 1, "ROOT", "AUX", "VBD", "be")]
    k = len(rows)
    copula = k - 1
    rows += [("the", k + 2, "det", "DET", "DT", "the"), ("first", k + 2, "amod", "ADJ", "JJ", "first"),
             ("envoy", copula, "attr", "NOUN", "NN", "envoy"), ("to", k + 5, "aux", "PART", "TO", "to"),
             ("be", k + 5, "auxpass", "AUX", "VB", "be"), ("expelled", k + 2, "relcl", "VERB", "VBN", "expel")]
    return hand_parse(vocab, rows)


def test_infinitival_relative_on_a_predicate_noun_shares_the_copulas_modal(vocab, certainty):
    assert rules_reading(certainty, envoy_to_be_expelled(vocab, True), "expelled") == (1, ["might"])
    assert rules_reading(certainty, envoy_to_be_expelled(vocab, False), "expelled") == (3, [])


def test_a_condition_on_the_truth_of_a_report_leaves_its_clause_possible(vocab, certainty):
    # 'If the Vesk report is accurate, Norland is violating the truce'
    doc = hand_parse(vocab, [("If", 4, "mark", "SCONJ", "IN", "if"), ("the", 3, "det", "DET", "DT", "the"),
                             ("Vesk", 3, "compound", "PROPN", "NNP", "Vesk"), ("report", 4, "nsubj", "NOUN", "NN", "report"),
                             ("is", 9, "advcl", "AUX", "VBZ", "be"), ("accurate", 4, "acomp", "ADJ", "JJ", "accurate"),
                             (",", 9, "punct", "PUNCT", ",", ","), ("Norland", 9, "nsubj", "PROPN", "NNP", "Norland"),
                             ("is", 9, "aux", "AUX", "VBZ", "be"), ("violating", 9, "ROOT", "VERB", "VBG", "violate"),
                             ("the", 11, "det", "DET", "DT", "the"), ("truce", 9, "dobj", "NOUN", "NN", "truce")])
    assert rules_reading(certainty, doc, "violating") == (1, ["If"])


def test_an_event_noun_a_linking_verb_predicates_as_unlikely_is_probably_not(vocab, certainty):
    # 'A Drenvik strike appears unlikely'
    doc = hand_parse(vocab, [("A", 2, "det", "DET", "DT", "a"), ("Drenvik", 2, "compound", "PROPN", "NNP", "Drenvik"),
                             ("strike", 3, "nsubj", "NOUN", "NN", "strike"), ("appears", 3, "ROOT", "VERB", "VBZ", "appear"),
                             ("unlikely", 3, "oprd", "ADJ", "JJ", "unlikely")])
    assert rules_reading(certainty, doc, "strike") == (-2, ["unlikely"])
