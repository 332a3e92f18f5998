"""The shortcuts of the per-document reads give what the plain reads gave: the memo of the document read last, and
the end-mark test that passes over the lines of running text before any headline reading."""
from __future__ import annotations

import spacy

from claimgraph.nlp.headlines import END_MARKS, ends_as_sentence
from claimgraph.nlp.pipeline import MODEL
from claimgraph.nlp.table import build, token_table
from claimgraph.nlp.token_cache import token_list

LINES = [
    "Brannic port reopens after storm",
    "The harbour master of Velde said the quay was safe.",
    "Ferries resume, fishermen return \n",
    "Did the council vote?  \n\n",
    "Talks stall; envoys leave",
    "Crews worked through the night;",
]


def plain_ends_as_sentence(sent) -> bool:
    """The reading the headline tests made: the line's words without trailing spaces, the last one an end mark."""
    words = list(sent)
    while words and words[-1].is_space:
        words.pop()
    return bool(words) and words[-1].text in END_MARKS


def test_the_end_mark_test_agrees_with_the_words_read_one_by_one():
    nlp = spacy.load(MODEL)
    for line in LINES:
        doc = nlp(line)
        for sent in doc.sents:
            assert ends_as_sentence(sent) == plain_ends_as_sentence(sent), line
        whole = doc[0:len(doc)]
        assert ends_as_sentence(whole) == plain_ends_as_sentence(whole), line


def test_the_last_documents_table_and_tokens_are_its_own():
    nlp = spacy.load(MODEL)
    first, second = nlp("Osk Harbour closed on Monday."), nlp("Vell Bay opened on Sunday.")
    assert len(first) == len(second)
    table = token_table(first)
    assert token_table(first) is table
    assert token_table(second).text == build(second).text != table.text
    assert token_table(first).text == build(first).text
    tokens = token_list(first)
    assert token_list(first) is tokens and [t.text for t in token_list(second)] == [t.text for t in second]
    # a document whose words were merged since is read again, not taken from the memo
    with first.retokenize() as retokenizer:
        retokenizer.merge(first[0:2])
    assert token_table(first).text == build(first).text == ["Osk Harbour", "closed", "on", "Monday", "."]
    assert [t.text for t in token_list(first)] == [t.text for t in first]
