"""Tests for the certainty rules (values and cues), one construction a test, each on a hand-built parse."""
import pytest
from spacy.tokens import Doc

from claimgraph.nlp.annotations import register_extensions
from claimgraph.nlp.certainty import Certainty, chain, combine
from claimgraph.nlp.annotations import CertaintyRecord

from tests.conftest import hand_parse, rules_reading


@pytest.fixture(scope="module")
def certainty():
    register_extensions()
    return Certainty()






def test_plain_assertion_is_certain(vocab, certainty):
    doc = hand_parse(vocab, [("Rebels", 1, "nsubj", "NOUN", "NNS", "rebel"),
                        ("seized", 1, "ROOT", "VERB", "VBD", "seize"),
                        ("the", 3, "det", "DET", "DT", "the"),
                        ("port", 1, "dobj", "NOUN", "NN", "port"),
                        (".", 1, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "seized") == (3, [])


def test_modal_makes_event_possible(vocab, certainty):
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"),
                        ("army", 3, "nsubj", "NOUN", "NN", "army"),
                        ("might", 3, "aux", "AUX", "MD", "might"),
                        ("withdraw", 3, "ROOT", "VERB", "VB", "withdraw"),
                        (".", 3, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "withdraw") == (1, ["might"])


def test_negated_modal_is_possible_negative(vocab, certainty):
    doc = hand_parse(vocab, [("Talks", 3, "nsubj", "NOUN", "NNS", "talk"),
                        ("may", 3, "aux", "AUX", "MD", "may"),
                        ("not", 3, "neg", "PART", "RB", "not"),
                        ("resume", 3, "ROOT", "VERB", "VB", "resume"),
                        (".", 3, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "resume") == (-1, ["may", "not"])


def test_negation_is_certain_negative(vocab, certainty):
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"),
                        ("ministry", 4, "nsubj", "NOUN", "NN", "ministry"),
                        ("did", 4, "aux", "AUX", "VBD", "do"),
                        ("not", 4, "neg", "PART", "RB", "not"),
                        ("respond", 4, "ROOT", "VERB", "VB", "respond"),
                        (".", 4, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "respond") == (-3, ["not"])


def test_not_clear_whether_leaves_event_unknown(vocab, certainty):
    # "It is not clear whether the convoy arrived ." -- the negation belongs to "clear", not to "arrived"
    doc = hand_parse(vocab, [("It", 1, "nsubj", "PRON", "PRP", "it"),
                        ("is", 1, "ROOT", "AUX", "VBZ", "be"),
                        ("not", 1, "neg", "PART", "RB", "not"),
                        ("clear", 1, "acomp", "ADJ", "JJ", "clear"),
                        ("whether", 7, "mark", "SCONJ", "IN", "whether"),
                        ("the", 6, "det", "DET", "DT", "the"),
                        ("convoy", 7, "nsubj", "NOUN", "NN", "convoy"),
                        ("arrived", 1, "ccomp", "VERB", "VBD", "arrive"),
                        (".", 1, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "arrived") == (0, ["It is not clear whether"])


def test_scheduled_event_is_probable(vocab, certainty):
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"),
                        ("minister", 3, "nsubjpass", "NOUN", "NN", "minister"),
                        ("is", 3, "auxpass", "AUX", "VBZ", "be"),
                        ("scheduled", 3, "ROOT", "VERB", "VBN", "schedule"),
                        ("to", 5, "aux", "PART", "TO", "to"),
                        ("visit", 3, "xcomp", "VERB", "VB", "visit"),
                        ("Kyiv", 5, "dobj", "PROPN", "NNP", "Kyiv"),
                        (".", 3, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "visit") == (2, ["scheduled"])
    assert rules_reading(certainty, doc, "scheduled") == (3, [])


def test_considering_makes_event_possible(vocab, certainty):
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"),
                        ("board", 3, "nsubj", "NOUN", "NN", "board"),
                        ("is", 3, "aux", "AUX", "VBZ", "be"),
                        ("considering", 3, "ROOT", "VERB", "VBG", "consider"),
                        ("selling", 3, "xcomp", "VERB", "VBG", "sell"),
                        ("the", 6, "det", "DET", "DT", "the"),
                        ("unit", 4, "dobj", "NOUN", "NN", "unit"),
                        (".", 3, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "selling") == (1, ["considering"])


def test_refused_event_did_not_happen(vocab, certainty):
    doc = hand_parse(vocab, [("The", 1, "det", "DET", "DT", "the"),
                        ("witness", 2, "nsubj", "NOUN", "NN", "witness"),
                        ("refused", 2, "ROOT", "VERB", "VBD", "refuse"),
                        ("to", 4, "aux", "PART", "TO", "to"),
                        ("testify", 2, "xcomp", "VERB", "VB", "testify"),
                        (".", 2, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "testify") == (-3, ["refused"])


def test_failed_event_did_not_happen(vocab, certainty):
    doc = hand_parse(vocab, [("Negotiators", 1, "nsubj", "NOUN", "NNS", "negotiator"),
                        ("failed", 1, "ROOT", "VERB", "VBD", "fail"),
                        ("to", 3, "aux", "PART", "TO", "to"),
                        ("reach", 1, "xcomp", "VERB", "VB", "reach"),
                        ("a", 5, "det", "DET", "DT", "a"),
                        ("deal", 3, "dobj", "NOUN", "NN", "deal"),
                        (".", 1, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "reach") == (-3, ["failed"])


def test_factive_keeps_complement_certain_under_negation(vocab, certainty):
    # "Voters did not know that the mayor resigned ."
    doc = hand_parse(vocab, [("Voters", 3, "nsubj", "NOUN", "NNS", "voter"),
                        ("did", 3, "aux", "AUX", "VBD", "do"),
                        ("not", 3, "neg", "PART", "RB", "not"),
                        ("know", 3, "ROOT", "VERB", "VB", "know"),
                        ("that", 7, "mark", "SCONJ", "IN", "that"),
                        ("the", 6, "det", "DET", "DT", "the"),
                        ("mayor", 7, "nsubj", "NOUN", "NN", "mayor"),
                        ("resigned", 3, "ccomp", "VERB", "VBD", "resign"),
                        (".", 3, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "resigned") == (3, [])
    assert rules_reading(certainty, doc, "know") == (-3, ["not"])


def test_reported_speech_keeps_value_as_source_presents_it(vocab, certainty):
    doc = hand_parse(vocab, [("Police", 1, "nsubj", "NOUN", "NNS", "police"),
                        ("said", 1, "ROOT", "VERB", "VBD", "say"),
                        ("gunmen", 4, "nsubj", "NOUN", "NNS", "gunman"),
                        ("had", 4, "aux", "AUX", "VBD", "have"),
                        ("fled", 1, "ccomp", "VERB", "VBN", "flee"),
                        (".", 1, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "fled") == (3, [])


def test_denial_of_reporting_leaves_content_open(vocab, certainty):
    doc = hand_parse(vocab, [("Police", 3, "nsubj", "NOUN", "NNS", "police"),
                        ("did", 3, "aux", "AUX", "VBD", "do"),
                        ("not", 3, "neg", "PART", "RB", "not"),
                        ("say", 3, "ROOT", "VERB", "VB", "say"),
                        ("gunmen", 5, "nsubj", "NOUN", "NNS", "gunman"),
                        ("fled", 3, "ccomp", "VERB", "VBD", "flee"),
                        (".", 3, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "fled")[0] == 0


def test_conditional_clause_is_unknown(vocab, certainty):
    # "If the ceasefire collapses , troops will return ."
    doc = hand_parse(vocab, [("If", 3, "mark", "SCONJ", "IN", "if"),
                        ("the", 2, "det", "DET", "DT", "the"),
                        ("ceasefire", 3, "nsubj", "NOUN", "NN", "ceasefire"),
                        ("collapses", 7, "advcl", "VERB", "VBZ", "collapse"),
                        (",", 7, "punct", "PUNCT", ",", ","),
                        ("troops", 7, "nsubj", "NOUN", "NNS", "troop"),
                        ("will", 7, "aux", "AUX", "MD", "will"),
                        ("return", 7, "ROOT", "VERB", "VB", "return"),
                        (".", 7, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "collapses") == (0, ["If"])


def test_hedge_noun_makes_complement_possible(vocab, certainty):
    # "Fears that the dam breaks grew ."
    doc = hand_parse(vocab, [("Fears", 5, "nsubj", "NOUN", "NNS", "fear"),
                        ("that", 4, "mark", "SCONJ", "IN", "that"),
                        ("the", 3, "det", "DET", "DT", "the"),
                        ("dam", 4, "nsubj", "NOUN", "NN", "dam"),
                        ("breaks", 0, "acl", "VERB", "VBZ", "break"),
                        ("grew", 5, "ROOT", "VERB", "VBD", "grow"),
                        (".", 5, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "breaks") == (1, ["Fears"])
    assert rules_reading(certainty, doc, "grew") == (3, [])


def test_direct_question_is_unknown(vocab, certainty):
    doc = hand_parse(vocab, [("Did", 2, "aux", "AUX", "VBD", "do"),
                        ("Moscow", 2, "nsubj", "PROPN", "NNP", "Moscow"),
                        ("approve", 2, "ROOT", "VERB", "VB", "approve"),
                        ("the", 4, "det", "DET", "DT", "the"),
                        ("sale", 2, "dobj", "NOUN", "NN", "sale"),
                        ("?", 2, "punct", "PUNCT", ".", "?")])
    assert rules_reading(certainty, doc, "approve") == (0, ["?"])


def test_nominal_event_in_asserted_clause_is_certain(vocab, certainty):
    # "After the explosion of the depot , prices rose ."
    doc = hand_parse(vocab, [("After", 7, "prep", "ADP", "IN", "after"),
                        ("the", 2, "det", "DET", "DT", "the"),
                        ("explosion", 0, "pobj", "NOUN", "NN", "explosion"),
                        ("of", 2, "prep", "ADP", "IN", "of"),
                        ("the", 5, "det", "DET", "DT", "the"),
                        ("depot", 3, "pobj", "NOUN", "NN", "depot"),
                        (",", 7, "punct", "PUNCT", ",", ","),
                        ("prices", 7, "nsubj", "NOUN", "NNS", "price"),
                        ("rose", 7, "ROOT", "VERB", "VBD", "rise"),
                        (".", 7, "punct", "PUNCT", ".", ".")])
    doc = certainty(doc)
    assert doc._.cg_certainty[2].value == 3
    assert 5 not in doc._.cg_certainty  # "depot" names a thing, not an event


def test_hedge_adverb_makes_event_probable(vocab, certainty):
    doc = hand_parse(vocab, [("Rebels", 2, "nsubj", "NOUN", "NNS", "rebel"),
                        ("probably", 2, "advmod", "ADV", "RB", "probably"),
                        ("fired", 2, "ROOT", "VERB", "VBD", "fire"),
                        (".", 2, "punct", "PUNCT", ".", ".")])
    assert rules_reading(certainty, doc, "fired") == (2, ["probably"])


def test_front_matter_is_skipped(vocab, certainty):
    doc = hand_parse(vocab, [("Troops", 1, "nsubj", "NOUN", "NNS", "troop"),
                        ("march", 1, "ROOT", "VERB", "VBP", "march"),
                        ("Guards", 3, "nsubj", "NOUN", "NNS", "guard"),
                        ("waved", 3, "ROOT", "VERB", "VBD", "wave")])
    doc._.cg_front_matter = doc[2].idx
    doc = certainty(doc)
    assert set(doc._.cg_certainty) == {3}


def test_combine_takes_weaker_commitment_and_cancels_negations():
    assert combine(3, 1) == 1
    assert combine(-3, 2) == -2
    assert combine(-3, -3) == 3
    assert combine(0, -3) == 0


def test_chain_keeps_only_cues_that_explain_value(vocab):
    doc = Doc(vocab, words=["could", "possibility"])
    near = CertaintyRecord(1, [doc[0:1]])
    far = CertaintyRecord(1, [doc[1:2]])
    assert [c.text for c in chain(near, far).cues] == ["could"]


def test_pipeline_writes_certainty_for_story_predicates():
    from claimgraph.analysis import make_doc
    from claimgraph.document import Document
    from claimgraph.nlp.pipeline import load_pipeline

    nlp = load_pipeline()
    doc = nlp(make_doc(nlp, Document(text="The company may close the plant next year, officials said.",
                                     published="2024-03-01")))
    by_word = {doc[i].text: record for i, record in doc._.cg_certainty.items()}
    assert by_word["close"].value == 1
    assert [c.text for c in by_word["close"].cues] == ["may"]
    assert by_word["said"].value == 3
