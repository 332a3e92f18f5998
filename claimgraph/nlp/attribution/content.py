"""What is attributed: the clause a cue governs, the clause it comments on, or the quoted words beside it."""
from __future__ import annotations

from spacy.tokens import Token

from ..tokens import QUOTES_CLOSE, QUOTES_OPEN, subtree, trim
from .cues import Cue

VERBAL = {"VERB", "AUX"}
# how a reporting verb hangs on the clause it reports when that clause comes first: "X, the sources said"
LEFT_CLAUSE_DEPS = {"parataxis", "ccomp", "conj", "advcl", "dep"}


def content_of(cue: Cue) -> set[int]:
    """Token indices of the content of a cue (may be discontinuous); empty when the cue reports nothing."""
    doc = cue.head.doc
    sentence = cue.head.sent
    if cue.kind == "according":
        tokens = according_content(cue)
    elif cue.complement is not None:
        tokens = subtree(cue.complement) - cue.extra_cut - set(cue.tokens)
    else:
        tokens = left_clause(cue) or quoted(cue)
    tokens = {i for i in tokens if sentence.start <= i < sentence.end}
    return trim(doc, tokens)


def according_content(cue: Cue) -> set[int]:
    """'According to X, C' and 'C, according to X': the clause the phrase modifies, without the phrase."""
    clause = clause_head(cue.head)
    return subtree(clause, cut={cue.head.i}) - subtree(cue.head)


def clause_head(token: Token) -> Token:
    """The nearest verb above a word, or its sentence's root."""
    node = token.head
    while node.head != node and node.pos_ not in VERBAL:
        node = node.head
    return node


def left_clause(cue: Cue) -> set[int]:
    """The reported clause when the parser hung the reporting verb on it: 'X, the sources said.'"""
    verb = cue.head
    host = verb.head
    if verb.dep_ in LEFT_CLAUSE_DEPS and host.i < verb.i and host.pos_ in VERBAL:
        return subtree(host, cut={verb.i})
    return set()


def quoted(cue: Cue) -> set[int]:
    """The quoted words of the cue's sentence, when the cue itself stands outside the quotes."""
    sentence = cue.head.sent
    inside = False
    tokens: set[int] = set()
    cue_inside = False
    for token in sentence:
        if token.text in QUOTES_OPEN and not inside:
            inside = True
            tokens.add(token.i)
            continue
        if token.text in QUOTES_CLOSE and inside:
            inside = False
            tokens.add(token.i)
            continue
        if inside:
            tokens.add(token.i)
            cue_inside |= token.i == cue.head.i
    return set() if cue_inside else tokens
