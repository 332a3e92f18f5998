"""Tests for a search that finds nothing ('the lab found no sign of tampering', 'had seen no evidence that C'): the act
whose traces were not found did not take place, the proposition lacking evidence is possibly not so, and with no one
searching ('there was no sign of fighting') the event stays open; each on a hand-built parse."""
import pytest

from claimgraph.nlp.annotations import register_extensions
from claimgraph.nlp.certainty import Certainty

from tests.conftest import hand_parse, rules_reading


@pytest.fixture(scope="module")
def certainty():
    register_extensions()
    return Certainty(frozenset({"find", "see", "tamper", "fight", "shell", "say"}))


def test_the_act_a_search_found_no_sign_of_did_not_happen_unsearched_it_stays_open(vocab, certainty):
    # 'The Orlen lab found no sign of tampering'
    doc = hand_parse(vocab, [("The", 2, "det", "DET", "DT", "the"), ("Orlen", 2, "compound", "PROPN", "NNP", "Orlen"),
                             ("lab", 3, "nsubj", "NOUN", "NN", "lab"), ("found", 3, "ROOT", "VERB", "VBD", "find"),
                             ("no", 5, "det", "DET", "DT", "no"), ("sign", 3, "dobj", "NOUN", "NN", "sign"),
                             ("of", 5, "prep", "ADP", "IN", "of"), ("tampering", 6, "pobj", "NOUN", "NN", "tampering")])
    assert rules_reading(certainty, doc, "tampering") == (-3, ["no", "sign of"])
    # 'There was no sign of fighting'
    doc = hand_parse(vocab, [("There", 1, "expl", "PRON", "EX", "there"), ("was", 1, "ROOT", "AUX", "VBD", "be"),
                             ("no", 3, "det", "DET", "DT", "no"), ("sign", 1, "attr", "NOUN", "NN", "sign"),
                             ("of", 3, "prep", "ADP", "IN", "of"), ("fighting", 4, "pobj", "NOUN", "NN", "fighting")])
    assert rules_reading(certainty, doc, "fighting")[0] == 0


def test_a_proposition_the_searchers_saw_no_evidence_for_is_possibly_not_so(vocab, certainty):
    # 'Envoys had seen no evidence that the depot was shelled'
    doc = hand_parse(vocab, [("Envoys", 2, "nsubj", "NOUN", "NNS", "envoy"), ("had", 2, "aux", "AUX", "VBD", "have"),
                             ("seen", 2, "ROOT", "VERB", "VBN", "see"), ("no", 4, "det", "DET", "DT", "no"),
                             ("evidence", 2, "dobj", "NOUN", "NN", "evidence"), ("that", 9, "mark", "SCONJ", "IN", "that"),
                             ("the", 7, "det", "DET", "DT", "the"), ("depot", 9, "nsubjpass", "NOUN", "NN", "depot"),
                             ("was", 9, "auxpass", "AUX", "VBD", "be"), ("shelled", 4, "acl", "VERB", "VBN", "shell")])
    assert rules_reading(certainty, doc, "shelled") == (-1, ["no", "evidence"])
