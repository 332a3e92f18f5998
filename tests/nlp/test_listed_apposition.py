"""A name set off by commas after an indefinite class noun, inside a list, is the noun's apposition though the parser
makes it the noun's conjunct: the name takes the noun's kind."""
from __future__ import annotations

from claimgraph.nlp.entity_context import ContextTyper, listed_apposition

from tests.conftest import hand_parse

# "Police impounded an oil tanker, the Sella Dawn, and its crew.", the parser's conjunct reading of the name
LISTED = [("Police", 1, "nsubj", "NOUN", "NNS", "police"), ("impounded", 1, "ROOT", "VERB", "VBD", "impound"),
          ("an", 4, "det", "DET", "DT", "an"), ("oil", 4, "compound", "NOUN", "NN", "oil"),
          ("tanker", 1, "dobj", "NOUN", "NN", "tanker"), (",", 4, "punct", "PUNCT", ",", ","),
          ("the", 8, "det", "DET", "DT", "the"), ("Sella", 8, "compound", "PROPN", "NNP", "Sella"),
          ("Dawn", 4, "conj", "PROPN", "NNP", "Dawn"), (",", 8, "punct", "PUNCT", ",", ","),
          ("and", 8, "cc", "CCONJ", "CC", "and"), ("its", 12, "poss", "PRON", "PRP$", "its"),
          ("crew", 8, "conj", "NOUN", "NN", "crew"), (".", 1, "punct", "PUNCT", ".", ".")]


def test_a_name_listed_after_an_indefinite_class_noun_is_its_apposition(nlp):
    doc = hand_parse(nlp.vocab, LISTED)
    assert listed_apposition(doc[8], 7, 9)
    found = ContextTyper().evidence(doc, 7, 9)
    assert ("VEHICLE", "apposition") in {(e.type, e.rule) for e in found}


def test_a_definite_noun_before_the_name_makes_a_list_of_two(nlp):
    # "Police impounded the oil tanker, the Sella Dawn, and its crew.": two things already known may be listed
    rows = [("the", *LISTED[2][1:4], "DT", "the") if k == 2 else row for k, row in enumerate(LISTED)]
    doc = hand_parse(nlp.vocab, rows)
    assert not listed_apposition(doc[8], 7, 9)


def test_a_name_with_no_comma_after_it_is_not_set_off(nlp):
    # "Police impounded an oil tanker, the Sella Dawn and its crew.": the name closes no aside
    rows = [row for k, row in enumerate(LISTED) if k != 9]
    rows = [(w, h - 1 if h > 9 else h, *rest) for w, h, *rest in rows]
    doc = hand_parse(nlp.vocab, rows)
    assert not listed_apposition(doc[8], 7, 9)
