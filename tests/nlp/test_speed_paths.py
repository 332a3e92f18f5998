"""The faster readings give what the slower ones gave: sentence starts at line breaks, the document's text, lemmas,
the attribute rules, the word embeddings; and the cycle collector is asked less often, never turned back on."""
from __future__ import annotations

import gc

import numpy as np
import pytest
import spacy

from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler

from claimgraph.nlp.attribute_rules import LookupAttributeRuler, look_up_attributes
from claimgraph.nlp.embeddings import EMBEDDERS, embedding_layer, remember_embeddings
from claimgraph.nlp.layout import Layout
from claimgraph.nlp.lemmas import RememberingLemmatizer, remember_lemmas
from claimgraph.nlp.pipeline import MODEL, collect_young_less_often
from claimgraph.nlp.table import document_text, remember_text

TEXTS = [
    "Ferries to Marrow Point were halted\n\nThe port authority said crews would inspect the quay.",
    "\n\nA caption line\nPhoto: Hedda Ostrova\n \n  The council voted on Tuesday.\n",
    "one line\r\nanother line\n\n\n\nthird paragraph starts here . \n",
    "No break in this text at all.",
    "\n",
    "Ends with a break\n",
    "  \n  \n",
]


def starts_token_by_token(doc):
    """The sentence starts as the layout once set them, word by word (the reference reading)."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text_with_ws and not token.is_space:
            token.is_sent_start = True
        elif previous.is_space and "\n" in previous.text:
            token.is_sent_start = True
    return [t.is_sent_start for t in doc]


def test_layout_sets_the_sentence_starts_a_word_by_word_reading_sets(nlp):
    layout = Layout()
    for text in TEXTS:
        expected = starts_token_by_token(nlp.make_doc(text))
        assert [t.is_sent_start for t in layout(nlp.make_doc(text))] == expected, text


def test_the_remembered_text_is_the_documents_text(nlp):
    for text in TEXTS:
        doc = nlp.make_doc(text)
        assert document_text(doc) == doc.text == text
        other = nlp.make_doc(text)
        remember_text(other, text)
        assert document_text(nlp(other)) == other.text


def test_remembered_lemmas_are_spacys_own():
    plain = spacy.load(MODEL)
    remembering = spacy.load(MODEL)
    remember_lemmas(remembering)
    assert isinstance(remembering.get_pipe("lemmatizer"), RememberingLemmatizer)
    texts = ["The inspectors were inspecting the inspected hulls; an inspector's report didn't say why.",
             "Crews repaired two cranes and are repairing a third, which broke, the operators' union said.",
             "She has been better since; the best of them were bested. Running, ran, runs, RUN!"]
    for _ in range(2):  # the second time every lemma comes from what was remembered
        for text in texts:
            assert [(t.lemma, t.lemma_) for t in remembering(text)] == [(t.lemma, t.lemma_) for t in plain(text)]


def test_remembered_lemmas_test_known_words_in_a_set():
    remembering = spacy.load(MODEL)
    remember_lemmas(remembering)
    lemmatizer = remembering.get_pipe("lemmatizer")
    assert lemmatizer.lemmatize.__func__ is RememberingLemmatizer.rule_lemmatize
    doc = remembering("The geese were flying over the ferries and the surveyors counted them.")
    assert [t.lemma_ for t in doc if t.pos_ in ("NOUN", "VERB")] == ["goose", "fly", "ferry", "surveyor", "count"]
    assert isinstance(lemmatizer._index_sets["noun"], frozenset)


RULED = ["There is a ferry, and there's a barge; it is late, I ain't sure and we're gonna wait, let's see.",
         "Did the pilots have the permits? They did, the harbourmaster said: 'I told you it was them.'",
         "Gotta go  \n\n  now, he said.  The crews that wait have waited; do not leave, which is fine."]


def test_looked_up_attribute_rules_are_spacys_own():
    plain = spacy.load(MODEL)
    looking = spacy.load(MODEL)
    look_up_attributes(looking)
    ruler = looking.get_pipe("attribute_ruler")
    assert isinstance(ruler, LookupAttributeRuler)
    columns = [TAG, POS, MORPH, LEMMA, DEP]
    with looking.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        parsed = [looking(text) for text in RULED]
    for _ in range(2):  # the second time every word's matches come from what was looked up
        for doc in parsed:
            assert ruler.match(doc) == AttributeRuler.match(ruler, doc)
        for text in RULED:
            assert looking(text).to_array(columns).tolist() == plain(text).to_array(columns).tolist()
    # at least one two-word rule (an existential 'there' with its verb) and one relation rule matched
    assert any(end - start == 2 for _, _, start, end in ruler.match(parsed[0]))


def test_a_ruler_with_patterns_the_lookup_cannot_read_keeps_spacys_matcher(nlp):
    blank = spacy.blank("en")
    ruler = blank.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "ferry", "OP": "+"}]], {"LEMMA": "boat"})
    look_up_attributes(blank)
    assert type(blank.get_pipe("attribute_ruler")) is AttributeRuler


TIME_TEXTS = [
    "The ferry left two days ago. Since then, for about three weeks, the harbour at Quellmoor stayed shut.",
    "Dockers met last night and again this morning; they said the strike would last for several more months.",
    "Talks begin tomorrow. A spokesman said twenty-four hours ago that the next week would decide it.",
    "Within 48 hours the pumps ran. The mayor spoke for an hour. Over the past decade, prices rose.",
    "Nothing in this sentence names a time.",
    "days ago",
]


def test_the_time_patterns_matched_over_their_stretches_find_what_matching_every_word_finds(nlp):
    from claimgraph.nlp.timex import pattern_matches
    times = nlp.get_pipe("claimgraph_times")
    for doc in nlp.pipe(TIME_TEXTS):
        everywhere = sorted((start, end) for _, start, end in times.matcher(doc))
        stretches = sorted(pattern_matches(times.matcher, doc, times.pattern_words, times.words.quantifiers))
        assert stretches == everywhere, doc.text
    assert any(times.matcher(doc) for doc in nlp.pipe(TIME_TEXTS))  # the texts do hold pattern times


EMBEDDED = ["The harbourmaster said the ferries to Marrow Point would sail again on Tuesday.",
            "Crews inspected 14 cranes; the port's operators, Quayline Ltd., said two were unsafe.",
            "\"We will not sail,\" a pilot told reporters in Ostend. The ferries sailed anyway."]


def parse_of(doc):
    return (doc.tensor, [(t.tag_, t.dep_, t.head.i) for t in doc], [(e.start, e.end, e.label_) for e in doc.ents])


def test_remembered_embeddings_are_spacys_own():
    plain = spacy.load(MODEL)
    remembering = spacy.load(MODEL)
    # a memo of a few rows starts again within a document, so rows worked out before and after a restart both count
    memos = remember_embeddings(remembering, limit=24)
    assert len(memos) == len(EMBEDDERS)
    assert remember_embeddings(remembering) == []  # put in place once
    for _ in range(2):  # the second time most rows come from what was remembered
        for text in EMBEDDED:
            tensor, parse, entities = parse_of(remembering(text))
            plain_tensor, plain_parse, plain_entities = parse_of(plain(text))
            assert np.array_equal(tensor, plain_tensor)  # the same floats, bit for bit
            assert (parse, entities) == (plain_parse, plain_entities)
    # batches of documents too, as nlp.pipe hands them over
    for doc, plain_doc in zip(remembering.pipe(EMBEDDED * 2, batch_size=4), plain.pipe(EMBEDDED * 2, batch_size=4)):
        assert np.array_equal(doc.tensor, plain_doc.tensor)
    assert all(0 < len(memo.index) <= 24 + max(len(plain(t)) for t in EMBEDDED) for memo in memos)


def test_training_keeps_spacys_own_embedding_pass():
    remembering = spacy.load(MODEL)
    memo = remember_embeddings(remembering)[0]
    docs = [remembering.make_doc(text) for text in EMBEDDED]
    rows, backprop = memo.layer(docs, is_train=True)  # spaCy's forward: a backprop that can be called
    assert [len(r) for r in rows] == [len(d) for d in docs]
    assert len(memo.index) == 0  # nothing remembered while training
    assert embedding_layer(remembering.get_pipe("tok2vec").model) is memo.layer


@pytest.mark.parametrize("before, after", [(700, 20_000), (50_000, 50_000), (0, 0)])
def test_the_young_collection_threshold_is_raised_but_never_lowered_or_turned_back_on(before, after):
    saved = gc.get_threshold()
    try:
        gc.set_threshold(before, 11, 12)
        collect_young_less_often()
        assert gc.get_threshold() == (after, 11, 12)
    finally:
        gc.set_threshold(*saved)
