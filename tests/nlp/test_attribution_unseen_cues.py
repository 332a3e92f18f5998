"""Cues on words the tagger never saw begin one: report shapes and their classifier."""
from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

from claimgraph.nlp.attribution.model import (AttributionModel, Linear, UnseenCues, report_shape, tag_cues,
                                              unseen_features)
from claimgraph.nlp.table import token_table

VOCAB = English().vocab


def make_doc(words, heads, deps, pos, lemmas=None):
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, tags=["XX"] * len(words),
               lemmas=lemmas or [w.lower() for w in words])


def that_clause():
    # Ms Quillon deplores that the levy rose .
    words = ["Ms", "Quillon", "deplores", "that", "the", "levy", "rose", "."]
    heads = [1, 2, 2, 6, 5, 6, 2, 2]
    deps = ["compound", "nsubj", "ROOT", "mark", "det", "nsubj", "ccomp", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "SCONJ", "DET", "NOUN", "VERB", "PUNCT"]
    lemmas = ["ms", "quillon", "deplore", "that", "the", "levy", "rise", "."]
    return make_doc(words, heads, deps, pos, lemmas)


def test_a_verb_with_a_that_clause_has_a_report_shape():
    doc = that_clause()
    assert report_shape(token_table(doc), 2) == ("verb-clause", "that")
    assert report_shape(token_table(doc), 6) is None


def test_a_noun_with_a_that_clause_has_one_and_a_relative_clause_has_none():
    # the insinuation that the fund failed / the levy that the council set
    words = ["the", "insinuation", "that", "the", "fund", "failed"]
    doc = make_doc(words, [1, 1, 5, 4, 5, 1], ["det", "ROOT", "mark", "det", "nsubj", "acl"],
                   ["DET", "NOUN", "SCONJ", "DET", "NOUN", "VERB"])
    assert report_shape(token_table(doc), 1) == ("noun-clause", "that")
    words = ["the", "levy", "that", "the", "council", "set"]
    doc = make_doc(words, [1, 1, 5, 4, 5, 1], ["det", "ROOT", "dobj", "det", "nsubj", "relcl"],
                   ["DET", "NOUN", "PRON", "DET", "NOUN", "VERB"])
    assert report_shape(token_table(doc), 1) is None


def test_a_verb_after_a_quotation_has_a_report_shape():
    # " The ferry is late , " Orvel grumbled .
    words = ['"', "The", "ferry", "is", "late", ",", '"', "Orvel", "grumbled", "."]
    heads = [3, 2, 3, 8, 3, 3, 3, 8, 8, 8]
    deps = ["punct", "det", "nsubj", "ccomp", "acomp", "punct", "punct", "nsubj", "ROOT", "punct"]
    pos = ["PUNCT", "DET", "NOUN", "AUX", "ADJ", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT"]
    doc = make_doc(words, heads, deps, pos)
    assert report_shape(token_table(doc), 8) == ("verb-clause", "quote")


def test_a_verb_with_an_object_only_has_none():
    # Orvel repaired the ferry .
    doc = make_doc(["Orvel", "repaired", "the", "ferry", "."], [1, 1, 3, 1, 1],
                   ["nsubj", "ROOT", "det", "dobj", "punct"], ["PROPN", "VERB", "DET", "NOUN", "PUNCT"])
    assert report_shape(token_table(doc), 1) is None


def test_an_object_with_its_predicate_has_a_report_shape():
    # Orvel views the levy as a trap .
    words = ["Orvel", "views", "the", "levy", "as", "a", "trap", "."]
    doc = make_doc(words, [1, 1, 3, 1, 1, 6, 4, 1], ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "punct"],
                   ["PROPN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT"])
    assert report_shape(token_table(doc), 1) == ("verb-object-complement", "as")


def test_the_features_leave_the_lemma_out():
    doc = that_clause()
    feats = unseen_features(token_table(doc), 2, ("verb-clause", "that"), False, (0, 0))
    assert not any(f.endswith("=deplore") or "|deplore" in f for f in feats)
    assert "uk=verb-clause|that" in feats and "uf=0|never" in feats


def saying_classifier() -> UnseenCues:
    model = Linear(("O", "B"))
    model.weights = {"u": [0.0, 1.0]}
    return UnseenCues(model, {})


def test_a_word_outside_the_lemmas_begins_a_cue_only_with_a_report_shape():
    doc = that_clause()
    tagger = Linear(("O", "B", "I"))
    assert tag_cues(tagger, doc, starts=frozenset({"say"})) == []
    assert tag_cues(tagger, doc, starts=frozenset({"say"}), unseen=saying_classifier()) == [[2]]


def test_the_classifier_travels_with_the_model():
    tagger, ranker = Linear(("O", "B", "I")), Linear()
    model = AttributionModel(tagger, ranker, ranker, starts=["say"], unseen=saying_classifier())
    again = AttributionModel.from_dict(model.to_dict())
    assert again.unseen is not None and again.unseen.model.weights == {"u": [0.0, 1.0]}
    assert "unseen" not in AttributionModel(tagger, ranker, ranker).to_dict()
