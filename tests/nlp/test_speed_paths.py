"""The faster readings give what the slower ones gave: sentence starts at line breaks, the document's text, lemmas."""
from __future__ import annotations

import spacy

from claimgraph.nlp.layout import Layout
from claimgraph.nlp.lemmas import RememberingLemmatizer, remember_lemmas
from claimgraph.nlp.pipeline import MODEL
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
