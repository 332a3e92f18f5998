"""Small helpers over spaCy tokens shared by the components: subtrees, runs of tokens as spans, trimming."""
from __future__ import annotations

from bisect import bisect_left
from typing import Iterable

from spacy.tokens import Doc, Span, Token

from .table import LastDocument, TokenTable, token_table

QUOTES_OPEN = {"“", '"', "‘", "«"}
QUOTES_CLOSE = {"”", '"', "’", "»"}
BRACKETS_CLOSE = {")": "(", "]": "["}


def line_opens(doc: Doc, i: int) -> bool:
    """Whether token i is the first word of a line."""
    if i == 0:
        return True
    table = token_table(doc)  # read for every word of a text: the table's strings rather than a Token each
    before = table.text[i - 1]
    return (table.space[i - 1] and "\n" in before) or before.endswith("\n")


def subtree(token: Token, cut: Iterable[int] = ()) -> set[int]:
    """Indices of the token's subtree, without the subtrees rooted at the `cut` tokens."""
    cut = set(cut)
    children = token_table(token.doc).children  # token.children as positions, without a Token for each word
    out: set[int] = set()
    stack = [token.i]
    while stack:
        i = stack.pop()
        if i in cut and i != token.i:
            continue
        out.add(i)
        stack.extend(children[i])
    return out


def served_verb(token: Token) -> Token:
    """The verb an auxiliary serves ('was' in 'the barge was carrying fuel': 'carrying'); any other word itself. The
    parser at times hangs a clause's subject or a fronted phrase on the auxiliary, which heads no clause of its own."""
    node = token
    while node.dep_ in {"aux", "auxpass"} and node.head != node and node.head.pos_ in {"VERB", "AUX"}:
        node = node.head
    return node


def asks_whether(token: Token) -> bool:
    """A complement clause asking whether something is so ("said whether he would run", "asked if it was true")."""
    return asks_whether_at(token_table(token.doc), token.i)


def asks_whether_at(table: TokenTable, i: int) -> bool:
    """`asks_whether` of the word at i, read from the token table (asked of the heads of every predicate)."""
    dep, lower = table.dep, table.lower
    return dep[i] == "ccomp" and any(dep[m] == "mark" and lower[m] in {"whether", "if"} for m in table.children[i])


def quotations(tokens: Iterable[Token]) -> list[tuple[int, int]]:
    """(opening mark, closing mark) index pairs, the marks toggling in and out of a quotation; a quotation left
    open ends after the last token, as if closed there."""
    pairs: list[tuple[int, int]] = []
    start = last = None
    if isinstance(tokens, (Doc, Span)):  # a stretch of a document: only its quotation marks, found once a document
        doc = tokens if isinstance(tokens, Doc) else tokens.doc
        first, end = (0, len(doc)) if isinstance(tokens, Doc) else (tokens.start, tokens.end)
        where, texts = quotation_marks(doc)
        lo, hi = bisect_left(where, first), bisect_left(where, end)
        marks = zip(where[lo:hi], texts[lo:hi])
        last = end - 1  # a quotation left open ends after the stretch's last word, a mark or not
    else:
        tokens = list(tokens)
        marks = [(token.i, token.text) for token in tokens]
        last = tokens[-1].i if tokens else None
    for i, text in marks:
        if start is None and text in QUOTES_OPEN:
            start = i
        elif start is not None and text in QUOTES_CLOSE:
            pairs.append((start, i))
            start = None
    if start is not None:
        pairs.append((start, last + 1))
    return pairs


def quoted_tokens(doc: Doc) -> set[int]:
    """The words between quotation marks (a quotation left open runs to the document's end)."""
    return {i for start, end in quotations(doc) for i in range(start + 1, end)}


_MARKS = QUOTES_OPEN | QUOTES_CLOSE
_LAST_MARKS = LastDocument()


def quotation_marks(doc: Doc) -> tuple[list[int], list[str]]:
    """The positions and texts of a document's quotation marks, in text order, read once a document: a report's
    speaker is looked for before every cue, over the two hundred words before it."""
    if _LAST_MARKS.holds(doc):
        return _LAST_MARKS.value
    where = [i for i, text in enumerate(token_table(doc).text) if text in _MARKS]
    return _LAST_MARKS.keep(doc, (where, [token_table(doc).text[i] for i in where]))


def runs(doc: Doc, indices: Iterable[int]) -> list[Span]:
    """Contiguous runs of the given token indices, as spans in text order."""
    # Span(doc, a, b) is doc[a:b] for positions inside the document, without the slice's normalising (the
    # components cut tens of thousands of runs over a corpus)
    ordered = sorted(set(indices))
    spans: list[Span] = []
    start = prev = None
    for i in ordered:
        if start is None:
            start = prev = i
        elif i == prev + 1:
            prev = i
        else:
            spans.append(Span(doc, start, prev + 1))
            start = prev = i
    if start is not None:
        spans.append(Span(doc, start, prev + 1))
    return spans


def trim(doc: Doc, indices: set[int], keep_balanced_quotes: bool = True) -> set[int]:
    """Trims punctuation, spaces and leading conjunctions from both edges of a token set.

    A closing quote stays when its opening quote is inside, so a quoted content keeps its quotation marks.
    """
    if not indices:
        return indices
    table = token_table(doc)  # the edges and the quotation marks read from the table, not a Token each
    text, space, punct, dep = table.text, table.space, table.punct, table.dep
    marks = QUOTES_OPEN | QUOTES_CLOSE
    ordered = sorted(indices)
    lo, hi = 0, len(ordered) - 1

    def edge_junk(i: int, leading: bool) -> bool:
        if space[i] or (punct[i] and text[i] not in marks):
            return True
        return leading and dep[i] == "cc"

    while lo <= hi and edge_junk(ordered[lo], True):
        lo += 1
    while hi >= lo and edge_junk(ordered[hi], False):
        hi -= 1
    kept = ordered[lo:hi + 1]
    if keep_balanced_quotes and kept:
        opens = sum(text[i] in QUOTES_OPEN for i in kept)
        closes = sum(text[i] in QUOTES_CLOSE for i in kept)
        # curly quotes are unambiguous; a lone straight or curly mark at an edge is dropped
        while kept and closes > opens and text[kept[-1]] in QUOTES_CLOSE:
            kept.pop()
            closes -= 1
        while kept and opens > closes and text[kept[0]] in QUOTES_OPEN:
            kept.pop(0)
            opens -= 1
        while kept and (space[kept[-1]] or (punct[kept[-1]] and text[kept[-1]] not in QUOTES_CLOSE)):
            kept.pop()
    # a closing bracket whose opening one is inside stays, as a quotation mark does: "the Committee to Protect
    # Journalists (CPJ)" (PolNeAR train: 121 gold sources and 43 contents end on a closed bracket; 2 sources and no
    # content end inside an open one)
    if kept and kept[-1] + 1 in indices and text[kept[-1] + 1] in BRACKETS_CLOSE:
        close = text[kept[-1] + 1]
        opening = BRACKETS_CLOSE[close]
        if sum(text[i] == opening for i in kept) > sum(text[i] == close for i in kept):
            kept.append(kept[-1] + 1)
    return set(kept)


def span_of(doc: Doc, indices: Iterable[int]) -> Span | None:
    """The smallest span covering the indices."""
    indices = list(indices)
    if not indices:
        return None
    return Span(doc, min(indices), max(indices) + 1)
