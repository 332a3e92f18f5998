"""The shared token table: every column agrees with what spaCy's tokens say, and one table serves a document."""
from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

import gc
import weakref

from claimgraph.nlp.table import LastDocument, token_table

VOCAB = English().vocab


def spacy_row(token):
    return (token.text, token.lower_, token.lemma_.lower(), token.tag_, token.pos_, token.dep_, token.head.i,
            token.ent_type_, token.is_punct, token.is_space, token.is_alpha, bool(token.whitespace_), token.shape_,
            token.is_title, [c.i for c in token.children], (token.sent.start, token.sent.end))


def table_row(table, i):
    return (table.text[i], table.lower[i], table.lemma[i], table.tag[i], table.pos[i], table.dep[i], table.head[i],
            table.ent_type[i], table.punct[i], table.space[i], table.alpha[i], table.whitespace[i], table.shape[i],
            table.title[i], table.children[i], table.sentence(i))


def test_columns_agree_with_the_parsed_tokens(parse):
    doc = parse("The harbour authority said on Monday that ferries to Lindqvist Island would resume. "
                "“We expect delays,” a spokeswoman told the Coastal Herald.\n\nNo one was hurt.")
    table = token_table(doc)
    assert len(table) == len(doc)
    for token in doc:
        assert table_row(table, token.i) == spacy_row(token)
        assert table.subtree(token.i) == {t.i for t in token.subtree}
    assert any(table.ent_type) and any(table.space) and len(table.sents) >= 3


def test_heads_to_the_left_and_right_of_a_hand_built_parse():
    # she said the tests failed .
    doc = Doc(VOCAB, words=["she", "said", "the", "tests", "failed", "."], heads=[1, 1, 3, 4, 1, 1],
              deps=["nsubj", "ROOT", "det", "nsubj", "ccomp", "punct"])
    table = token_table(doc)
    assert table.head == [1, 1, 3, 4, 1, 1]
    assert table.children[1] == [0, 4, 5]
    assert table.subtree(4) == {2, 3, 4}
    assert table.sents == [(0, 6)]


def test_one_table_a_document():
    doc = Doc(VOCAB, words=["Rain", "fell", "."], heads=[1, 1, 1], deps=["nsubj", "ROOT", "punct"])
    other = Doc(VOCAB, words=["Rain", "fell", "."], heads=[1, 1, 1], deps=["nsubj", "ROOT", "punct"])
    assert token_table(doc) is token_table(doc)
    assert token_table(other) is not token_table(doc)


def test_a_bare_tokenizers_document_is_one_sentence():
    doc = English()("“Roads are shut,” the council said. Crews are out.")
    table = token_table(doc)
    assert table.text == [t.text for t in doc]
    assert table.sents == [(0, len(doc))]


def test_a_table_read_before_the_parse_is_read_again_after_it(nlp):
    doc = nlp.make_doc("Officials said the bridge would reopen.")
    assert token_table(doc).dep == [""] * len(doc)
    doc = nlp(doc)
    assert token_table(doc).dep == [t.dep_ for t in doc]


def test_the_last_document_memo_holds_one_document_weakly():
    memo = LastDocument()
    doc = Doc(VOCAB, words=["Rain", "fell", "."])
    twin = Doc(VOCAB, words=["Rain", "fell", "."])
    assert not memo.holds(doc)
    assert memo.keep(doc, "value") == "value"
    assert memo.holds(doc) and not memo.holds(twin)
    memo.keep(twin, "other")
    assert not memo.holds(doc) and memo.value == "other"
    gone = weakref.ref(twin)
    del twin
    gc.collect()
    assert gone() is None  # the memo does not keep its document alive
    assert not memo.holds(Doc(VOCAB, words=["Rain", "fell", "."]))
