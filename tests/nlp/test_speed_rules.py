"""The faster readings of the rule passes give what the word-by-word ones gave: quotation pairs, clauses of naming."""
from __future__ import annotations

import spacy

from claimgraph.nlp.claims import in_naming_clause
from claimgraph.nlp.tokens import quotations

QUOTED = ('"The bridge is closed," the engineer said. "We will reopen it when the repairs end," she added, and '
          '"soon" was the word. He said "maybe not')


def test_quotations_of_a_stretch_are_those_of_its_words_one_by_one():
    doc = spacy.blank("en")(QUOTED)
    stretches = [doc[a:b] for a in range(len(doc)) for b in range(a, len(doc) + 1)]
    for stretch in stretches:
        assert quotations(stretch) == quotations(list(stretch)) == quotations(iter(stretch))
    assert quotations(doc) == quotations(list(doc))


def test_a_quotation_left_open_ends_after_the_stretch():
    doc = spacy.blank("en")(QUOTED)
    last_mark = max(i for i, t in enumerate(doc) if t.text == '"')
    assert quotations(doc)[-1] == (last_mark, len(doc))
    assert quotations(doc[last_mark:len(doc) - 1])[-1] == (last_mark, len(doc) - 1)
    assert quotations(doc[:0]) == []


def test_a_memo_of_naming_clauses_answers_as_the_walk_to_the_root(nlp):
    doc = nlp("The cooperative held drills, which its critics call a provocation, and the mayor of Tromso said "
              "the fishing fleet, which sailors know as the Grey Line, would return on Monday.")
    memo: dict[int, bool] = {}
    plain = [in_naming_clause(t) for t in doc]
    assert [in_naming_clause(t, memo) for t in doc] == plain
    assert [in_naming_clause(t, memo) for t in reversed(doc)] == plain[::-1]
    assert any(plain) and not all(plain)
