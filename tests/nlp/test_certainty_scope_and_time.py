"""Tests for a negated 'should' ('no one should sell'), an event whose relative clause tells its coming about ('a
blockade that never happened'), free-choice 'any' ('would condemn any blockade') and a point of time still to come
('before the hearing' on a clause still ahead); each on a hand-built parse."""
import pytest

from claimgraph.nlp.annotations import register_extensions
from claimgraph.nlp.certainty import Certainty

from tests.conftest import hand_parse, rules_reading


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


# -- an event whose relative clause tells its coming about ------------------------------------------------------------

def _blockade(vocab, clause):
    # "The Tessam report mentions a blockade that <clause>."
    rows = [("The", 2, "det", "DET", "DT", "the"), ("Tessam", 2, "compound", "PROPN", "NNP", "Tessam"),
            ("report", 3, "nsubj", "NOUN", "NN", "report"), ("mentions", 3, "ROOT", "VERB", "VBZ", "mention"),
            ("a", 5, "det", "DET", "DT", "a"), ("blockade", 3, "dobj", "NOUN", "NN", "blockade")]
    return hand_parse(vocab, rows + clause(len(rows)) + [(".", 3, "punct", "PUNCT", ".", ".")])


def test_an_event_whose_relative_clause_denies_its_happening_did_not_happen(vocab, certainty):
    doc = _blockade(vocab, lambda k: [("that", k + 2, "nsubj", "PRON", "WDT", "that"),
                                      ("never", k + 2, "neg", "ADV", "RB", "never"),
                                      ("happened", 5, "relcl", "VERB", "VBD", "happen")])
    assert rules_reading(certainty, doc, "blockade") == (-3, ["never"])


def test_an_event_whose_relative_clause_may_happen_is_possible(vocab, certainty):
    doc = _blockade(vocab, lambda k: [("that", k + 2, "nsubj", "PRON", "WDT", "that"),
                                      ("may", k + 2, "aux", "AUX", "MD", "may"),
                                      ("happen", 5, "relcl", "VERB", "VB", "happen")])
    assert rules_reading(certainty, doc, "blockade") == (1, ["may"])


def test_an_object_relative_clause_leaves_its_noun_alone(vocab, certainty):
    # "... a blockade that the navy never mentions": the noun is the clause's object, not what comes about
    doc = _blockade(vocab, lambda k: [("that", k + 4, "dobj", "PRON", "WDT", "that"),
                                      ("the", k + 2, "det", "DET", "DT", "the"),
                                      ("navy", k + 4, "nsubj", "NOUN", "NN", "navy"),
                                      ("never", k + 4, "neg", "ADV", "RB", "never"),
                                      ("mentions", 5, "relcl", "VERB", "VBZ", "mention")])
    assert rules_reading(certainty, doc, "blockade")[0] == 3


# -- free-choice 'any' --------------------------------------------------------------------------------------------

def _condemn(vocab, negated):
    # "The Halbrook council would condemn any blockade of the port." / "... did not condemn any blockade ..."
    aux = [("did", 3, "aux", "AUX", "VBD", "do"), ("not", 3, "neg", "PART", "RB", "not")] if negated else \
        [("would", 3, "aux", "AUX", "MD", "would")]
    rows = [("The", 2, "det", "DET", "DT", "the"), ("Halbrook", 2, "compound", "PROPN", "NNP", "Halbrook"),
            ("council", 3 + len(aux), "nsubj", "NOUN", "NN", "council")]
    verb = len(rows) + len(aux)
    aux = [(w, verb, d, p, t, l) for w, _, d, p, t, l in aux]
    rows += aux + [("condemn", verb, "ROOT", "VERB", "VB", "condemn"), ("any", verb + 2, "det", "DET", "DT", "any"),
                   ("blockade", verb, "dobj", "NOUN", "NN", "blockade"), ("of", verb + 2, "prep", "ADP", "IN", "of"),
                   ("the", verb + 5, "det", "DET", "DT", "the"), ("port", verb + 3, "pobj", "NOUN", "NN", "port"),
                   (".", verb, "punct", "PUNCT", ".", ".")]
    return hand_parse(vocab, rows)


def test_any_outside_a_negation_leaves_the_event_uncommitted(vocab, certainty):
    value, cues = rules_reading(certainty, _condemn(vocab, negated=False), "blockade")
    assert value == 0
    assert "any" in cues


def test_any_under_a_negation_stays_the_negations(vocab, certainty):
    assert rules_reading(certainty, _condemn(vocab, negated=True), "blockade")[0] < 0


# -- a point of time still to come ----------------------------------------------------------------------------------

def test_an_event_noun_before_which_an_act_is_asked_is_still_to_come(vocab, certainty):
    # "The envoy urged them not to speak before the hearing."
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("envoy", 2, "nsubj", "NOUN", "NN", "envoy"),
                             ("urged", 2, "ROOT", "VERB", "VBD", "urge"), ("them", 2, "dobj", "PRON", "PRP", "they"),
                             ("not", 6, "neg", "PART", "RB", "not"), ("to", 6, "aux", "PART", "TO", "to"),
                             ("speak", 2, "xcomp", "VERB", "VB", "speak"), ("before", 6, "prep", "ADP", "IN", "before"),
                             ("the", 9, "det", "DET", "DT", "the"), ("hearing", 7, "pobj", "NOUN", "NN", "hearing"),
                             (".", 2, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "hearing") == (2, ["before"])


def test_an_event_noun_before_which_an_act_was_done_took_place(vocab, certainty):
    # "The guards fled before the hearing."
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("guards", 2, "nsubj", "NOUN", "NNS", "guard"),
                             ("fled", 2, "ROOT", "VERB", "VBD", "flee"), ("before", 2, "prep", "ADP", "IN", "before"),
                             ("the", 5, "det", "DET", "DT", "the"), ("hearing", 3, "pobj", "NOUN", "NN", "hearing"),
                             (".", 2, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "hearing")[0] == 3


def test_a_clause_of_before_under_a_modal_is_still_to_come(vocab, certainty):
    # "Crews must leave before the storm hits."
    doc = hand_parse(vocab, [("Crews", 2, "nsubj", "NOUN", "NNS", "crew"), ("must", 2, "aux", "AUX", "MD", "must"),
                             ("leave", 2, "ROOT", "VERB", "VB", "leave"), ("before", 6, "mark", "SCONJ", "IN", "before"),
                             ("the", 5, "det", "DET", "DT", "the"), ("storm", 6, "nsubj", "NOUN", "NN", "storm"),
                             ("hits", 2, "advcl", "VERB", "VBZ", "hit"), (".", 2, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "hits") == (2, ["before"])


def test_a_clause_of_before_under_a_negated_past_is_told_as_it_is(vocab, certainty):
    # "The crews did not leave before the storm hit."
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("crews", 4, "nsubj", "NOUN", "NNS", "crew"),
                             ("did", 4, "aux", "AUX", "VBD", "do"), ("not", 4, "neg", "PART", "RB", "not"),
                             ("leave", 4, "ROOT", "VERB", "VB", "leave"), ("before", 8, "mark", "SCONJ", "IN", "before"),
                             ("the", 7, "det", "DET", "DT", "the"), ("storm", 8, "nsubj", "NOUN", "NN", "storm"),
                             ("hit", 4, "advcl", "VERB", "VBD", "hit"), (".", 4, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "hit")[0] == 3
