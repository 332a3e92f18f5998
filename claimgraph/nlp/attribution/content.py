"""What is attributed: the clause a cue governs, the clause it comments on, or the quoted words beside it."""
from __future__ import annotations

from spacy.tokens import Token

from ..tokens import quotations, subtree, trim
from .cues import Cue

VERBAL = {"VERB", "AUX"}
# how a reporting verb hangs on the clause it reports when that clause comes first: "X, the sources said"
LEFT_CLAUSE_DEPS = {"parataxis", "conj", "advcl", "dep"}


def content_of(cue: Cue) -> set[int]:
    """Token indices of the content of a cue (may be discontinuous); empty when the cue reports nothing."""
    doc = cue.head.doc
    sentence = cue.head.sent
    if cue.kind == "according":
        tokens = according_content(cue)
    elif cue.complement is not None:
        tokens = subtree(cue.complement) - cue.extra_cut - set(cue.tokens)
    else:
        tokens = fronted_clause(cue) or left_clause(cue) or quoted(cue)
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
    """The reported clause when the parser hung the reporting verb on it: 'X, the sources said.'

    Only an active verb set off by a comma qualifies; 'X said a draft was being written' embeds 'written'.
    """
    verb = cue.head
    host = verb.head
    if verb.dep_ not in LEFT_CLAUSE_DEPS or host.i >= verb.i or host.pos_ not in VERBAL:
        return set()
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return set()
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    if before is None or before.text not in {",", "”", '"', "—", "-"}:
        return set()
    return subtree(host, cut={verb.i})


def fronted_clause(cue: Cue) -> set[int]:
    """'The port closed on Monday, two officials said': the parser may take the clause's subject for a second
    subject of 'said' (and its verb for a modifier of that noun). The subject nearest the verb is the source;
    what stands before it is the content."""
    verb = cue.head
    subjects = [c for c in verb.lefts if c.dep_ == "nsubj"]
    if len(subjects) < 2:
        return set()
    source_start = subjects[-1].left_edge.i
    tokens: set[int] = set()
    for child in verb.lefts:
        if child.i < source_start and child.dep_ != "punct":
            tokens |= subtree(child)
    return tokens


def quoted(cue: Cue) -> set[int]:
    """The quoted words of the cue's sentence, marks included, when the cue itself stands outside the quotes."""
    sentence = cue.head.sent
    pairs = quotations(sentence)
    if any(start < cue.head.i < end for start, end in pairs):
        return set()
    return {i for start, end in pairs for i in range(start, min(end, sentence.end - 1) + 1)}
