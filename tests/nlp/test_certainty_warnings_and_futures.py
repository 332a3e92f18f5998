"""Tests for what a warning's tensed clause tells, a clause the parser hangs on a span of time, a negated quantifier
on an object, a tensed verb after a modal's conjunct, the other request predicates and 'be going to'; on hand-built
parses."""
import pytest
from spacy.tokens import Span

from claimgraph.nlp.annotations import register_extensions
from claimgraph.nlp.certainty import Certainty

from tests.conftest import hand_parse, rules_reading


@pytest.fixture(scope="module")
def certainty():
    register_extensions()
    return Certainty(frozenset({"warn", "use", "flood", "free", "close", "urge", "send", "press", "impose", "go",
                                "resign", "travel"}))


def warning_parse(vocab, modal=None):
    # 'The guild warned that smugglers were using the pier' / '... that smugglers could use the pier'
    verb = [("using", 2, "ccomp", "VERB", "VBG", "use")] if modal is None else [("use", 2, "ccomp", "VERB", "VB", "use")]
    aux = [("were", 6, "aux", "AUX", "VBD", "be")] if modal is None else [(modal, 6, "aux", "AUX", "MD", modal)]
    return hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("guild", 2, "nsubj", "NOUN", "NN", "guild"),
                              ("warned", 2, "ROOT", "VERB", "VBD", "warn"), ("that", 6, "mark", "SCONJ", "IN", "that"),
                              ("smugglers", 6, "nsubj", "NOUN", "NNS", "smuggler"), *aux, *verb,
                              ("the", 8, "det", "DET", "DT", "the"), ("pier", 6, "dobj", "NOUN", "NN", "pier"),
                              (".", 2, "punct", "PUNCT", ".", ".")])


def test_a_warnings_tensed_clause_is_told_as_the_warner_tells_it(vocab, certainty):
    assert rules_reading(certainty, warning_parse(vocab), "using") == (3, [])


def test_a_warnings_clause_keeps_its_own_modal(vocab, certainty):
    assert rules_reading(certainty, warning_parse(vocab, "could"), "use") == (1, ["could"])


def test_what_one_is_warned_against_stays_possible(vocab, certainty):
    doc = hand_parse(vocab, [("Officials", 1, "nsubj", "NOUN", "NNS", "official"),
                             ("warned", 1, "ROOT", "VERB", "VBD", "warn"),
                             ("against", 1, "prep", "ADP", "IN", "against"),
                             ("travel", 2, "pobj", "NOUN", "NN", "travel"), (".", 1, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "travel") == (1, ["warned"])


def test_a_clause_hung_on_a_span_of_time_is_what_the_verb_says(vocab, certainty):
    # 'The guild has warned for months that smugglers were using the pier', with the clause parsed as the months'
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("guild", 3, "nsubj", "NOUN", "NN", "guild"),
                             ("has", 3, "aux", "AUX", "VBZ", "have"), ("warned", 3, "ROOT", "VERB", "VBN", "warn"),
                             ("for", 3, "prep", "ADP", "IN", "for"), ("months", 4, "pobj", "NOUN", "NNS", "month"),
                             ("that", 9, "mark", "SCONJ", "IN", "that"),
                             ("smugglers", 9, "nsubj", "NOUN", "NNS", "smuggler"),
                             ("were", 9, "aux", "AUX", "VBD", "be"), ("using", 5, "acl", "VERB", "VBG", "use"),
                             ("the", 11, "det", "DET", "DT", "the"), ("pier", 9, "dobj", "NOUN", "NN", "pier"),
                             (".", 3, "punct", "PUNCT", ".", ".")])
    doc.ents = [Span(doc, 5, 6, label="DATE")]
    assert rules_reading(certainty, doc, "using") == (3, [])


def test_no_on_a_quantifier_of_the_object_negates_the_act(vocab, certainty):
    # 'The band would free no more captives', 'no' parsed as the quantifier's
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("band", 3, "nsubj", "NOUN", "NN", "band"),
                             ("would", 3, "aux", "AUX", "MD", "would"), ("free", 3, "ROOT", "VERB", "VB", "free"),
                             ("no", 5, "neg", "PART", "RB", "no"), ("more", 6, "amod", "ADJ", "JJR", "more"),
                             ("captives", 3, "dobj", "NOUN", "NNS", "captive"), (".", 3, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "free") == (-3, ["would", "no more"])


def test_no_more_than_a_number_negates_nothing(vocab, certainty):
    # 'The band would free no more than two captives'
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("band", 3, "nsubj", "NOUN", "NN", "band"),
                             ("would", 3, "aux", "AUX", "MD", "would"), ("free", 3, "ROOT", "VERB", "VB", "free"),
                             ("no", 5, "neg", "PART", "RB", "no"), ("more", 8, "amod", "ADJ", "JJR", "more"),
                             ("than", 5, "prep", "ADP", "IN", "than"), ("two", 8, "nummod", "NUM", "CD", "two"),
                             ("captives", 3, "dobj", "NOUN", "NNS", "captive"), (".", 3, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "free")[0] == 2


def test_a_tensed_verb_after_a_modals_conjunct_is_not_under_the_modal(vocab, certainty):
    # 'The charity said it would close the clinic and urged donors not to send money'
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("charity", 2, "nsubj", "NOUN", "NN", "charity"),
                             ("said", 2, "ROOT", "VERB", "VBD", "say"), ("it", 5, "nsubj", "PRON", "PRP", "it"),
                             ("would", 5, "aux", "AUX", "MD", "would"), ("close", 2, "ccomp", "VERB", "VB", "close"),
                             ("the", 7, "det", "DET", "DT", "the"), ("clinic", 5, "dobj", "NOUN", "NN", "clinic"),
                             ("and", 5, "cc", "CCONJ", "CC", "and"), ("urged", 5, "conj", "VERB", "VBD", "urge"),
                             ("donors", 9, "dobj", "NOUN", "NNS", "donor"), ("not", 13, "neg", "PART", "RB", "not"),
                             ("to", 13, "aux", "PART", "TO", "to"), ("send", 9, "xcomp", "VERB", "VB", "send"),
                             ("money", 13, "dobj", "NOUN", "NN", "money"), (".", 2, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "urged") == (3, [])
    assert rules_reading(certainty, doc, "close") == (2, ["would"])


def test_what_one_presses_others_to_do_is_asked_for(vocab, certainty):
    # 'The assembly pressed its allies to impose tariffs'
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("assembly", 2, "nsubj", "NOUN", "NN", "assembly"),
                             ("pressed", 2, "ROOT", "VERB", "VBD", "press"), ("its", 4, "poss", "PRON", "PRP$", "its"),
                             ("allies", 2, "dobj", "NOUN", "NNS", "ally"), ("to", 6, "aux", "PART", "TO", "to"),
                             ("impose", 2, "xcomp", "VERB", "VB", "impose"),
                             ("tariffs", 6, "dobj", "NOUN", "NNS", "tariff"), (".", 2, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "impose") == (1, ["pressed"])


def going_parse(vocab, negated):
    # 'The mayor is going to resign' / 'The mayor is not going to resign'
    neg = [("not", 3 + 1, "neg", "PART", "RB", "not")] if negated else []
    k = len(neg)
    return hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("mayor", 3 + k, "nsubj", "NOUN", "NN", "mayor"),
                              ("is", 3 + k, "aux", "AUX", "VBZ", "be"), *neg,
                              ("going", 3 + k, "ROOT", "VERB", "VBG", "go"), ("to", 5 + k, "aux", "PART", "TO", "to"),
                              ("resign", 3 + k, "xcomp", "VERB", "VB", "resign"),
                              (".", 3 + k, "punct", "PUNCT", ".", ".")])


def test_be_going_to_places_its_infinitive_ahead(vocab, certainty):
    assert rules_reading(certainty, going_parse(vocab, False), "resign") == (2, ["going to"])


def test_not_going_to_is_probably_not(vocab, certainty):
    assert rules_reading(certainty, going_parse(vocab, True), "resign") == (-2, ["not", "going to"])


def test_an_infinitive_after_a_directives_object_parsed_as_a_purpose_is_asked_for(vocab, certainty):
    # 'The assembly would press its allies to impose tariffs', the infinitive parsed as an adverbial of purpose
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("assembly", 3, "nsubj", "NOUN", "NN", "assembly"),
                             ("would", 3, "aux", "AUX", "MD", "would"), ("press", 3, "ROOT", "VERB", "VB", "press"),
                             ("its", 5, "poss", "PRON", "PRP$", "its"), ("allies", 3, "dobj", "NOUN", "NNS", "ally"),
                             ("to", 7, "aux", "PART", "TO", "to"), ("impose", 3, "advcl", "VERB", "VB", "impose"),
                             ("tariffs", 7, "dobj", "NOUN", "NNS", "tariff"), (".", 3, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "impose") == (1, ["press"])


def test_a_clause_joined_to_a_reported_one_is_reported_with_it(vocab, certainty):
    # 'The band said it had freed them, and that it would free no more captives': the second 'would' is the band's
    # 'will' shifted back, as a reported one is
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"), ("band", 2, "nsubj", "NOUN", "NN", "band"),
                             ("said", 2, "ROOT", "VERB", "VBD", "say"), ("it", 5, "nsubj", "PRON", "PRP", "it"),
                             ("had", 5, "aux", "AUX", "VBD", "have"), ("freed", 2, "ccomp", "VERB", "VBN", "free"),
                             ("them", 5, "dobj", "PRON", "PRP", "they"), (",", 5, "punct", "PUNCT", ",", ","),
                             ("and", 5, "cc", "CCONJ", "CC", "and"), ("that", 12, "mark", "SCONJ", "IN", "that"),
                             ("it", 12, "nsubj", "PRON", "PRP", "it"), ("would", 12, "aux", "AUX", "MD", "would"),
                             ("free", 5, "conj", "VERB", "VB", "free"), ("no", 14, "neg", "PART", "RB", "no"),
                             ("more", 15, "amod", "ADJ", "JJR", "more"), ("captives", 12, "dobj", "NOUN", "NNS", "captive"),
                             (".", 2, "punct", "PUNCT", ".", ".")])
    modal = certainty.future_modal(doc[12])
    assert modal is not None and modal.text == "would"
