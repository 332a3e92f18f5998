"""The token attributes of a parsed document read once into plain lists, shared by the components that read them."""
from __future__ import annotations

import weakref
from dataclasses import dataclass

import numpy

from spacy.attrs import (DEP, ENT_TYPE, HEAD, IS_ALPHA, IS_PUNCT, IS_SPACE, IS_TITLE, LEMMA, LOWER, ORTH, POS, SHAPE,
                          SPACY, TAG)
from spacy.tokens import Doc

# Every Token spaCy builds, and every string attribute read from one, costs a call into the model's string store
# (doc[i].lemma_ about 0.5 microseconds, token.children about the same per child): the components read the same
# attributes of the same words many times over, so the table reads each once. The components run after the parse
# and change no token attribute, so a table built for a parsed document stays right for the rest of the pipeline.
_COLUMNS = (ORTH, LOWER, LEMMA, TAG, POS, DEP, HEAD, ENT_TYPE, IS_PUNCT, IS_SPACE, IS_ALPHA, SPACY, SHAPE, IS_TITLE)
_STRING_COLUMNS = [0, 1, 2, 3, 4, 5, 7, 12]


@dataclass
class TokenTable:
    """One list a token attribute, indexed by token position; strings as spaCy's `*_` attributes give them."""

    text: list[str]
    lower: list[str]
    lemma: list[str]        # lemma_.lower(), the form every lexicon lookup uses
    tag: list[str]
    pos: list[str]
    dep: list[str]
    head: list[int]         # absolute index of the syntactic head; a root is its own head
    ent_type: list[str]
    punct: list[bool]
    space: list[bool]
    alpha: list[bool]
    whitespace: list[bool]  # a space follows the token
    shape: list[str]
    title: list[bool]       # token.is_title
    children: list[list[int]]       # in text order, as token.children yields them
    sents: list[tuple[int, int]]    # [start, end) of every sentence
    sent_of: list[int]              # sentence number of every token
    parsed: bool = True             # built after the parser: a table built before it is built again after it

    def __len__(self) -> int:
        return len(self.text)

    def subtree(self, i: int) -> set[int]:
        """Indices of token i's subtree, i included (token.subtree as a set)."""
        children = self.children
        out = {i}
        stack = [i]
        while stack:
            for c in children[stack.pop()]:
                out.add(c)
                stack.append(c)
        return out

    def sentence(self, i: int) -> tuple[int, int]:
        """[start, end) of the sentence holding token i."""
        return self.sents[self.sent_of[i]]


# keyed by the Doc object itself, so a table goes when its document does and never travels with doc.to_bytes()
_TABLES: "weakref.WeakKeyDictionary[Doc, TokenTable]" = weakref.WeakKeyDictionary()


class LastDocument:
    """A memo of one value for the document read last. The components ask for the same document's table, words or
    dateline over a hundred thousand times in a row, and a weak reference's call costs less than a weak dictionary's
    lookup. The document is held weakly, with its length, so that the test is one comparison and one call; a value
    that holds the document itself (its Tokens) keeps it alive until the next document is read."""

    __slots__ = ("_ref", "_size", "value")

    def __init__(self) -> None:
        self._ref: "weakref.ref[Doc] | None" = None
        self._size = -1
        self.value = None

    def holds(self, doc: Doc) -> bool:
        """Whether `value` was computed for this document (as long as its words)."""
        return self._size == len(doc) and self._ref is not None and self._ref() is doc

    def keep(self, doc: Doc, value):
        self._ref, self._size, self.value = weakref.ref(doc), len(doc), value
        return value

    def forget(self) -> None:
        self._ref, self._size, self.value = None, -1, None


_LAST_TABLE = LastDocument()


def token_table(doc: Doc) -> TokenTable:
    """The document's table, built on first use after the parse."""
    # `_LAST_TABLE.holds(doc)` written out: asked some 140,000 times per 30 texts, and the method call costs more
    # than the test
    last = _LAST_TABLE
    ref = last._ref
    if ref is not None and ref() is doc and last._size == len(doc):
        return last.value
    table = _TABLES.get(doc)
    if table is None or len(table) != len(doc) or not table.parsed and doc.has_annotation("DEP"):
        table = build(doc)
        _TABLES[doc] = table
    if table.parsed:  # a table built before the parse is built again after it, so only a parsed one is memoised
        _LAST_TABLE.keep(doc, table)
    else:
        _LAST_TABLE.forget()
    return table


_TEXTS: "weakref.WeakKeyDictionary[Doc, str]" = weakref.WeakKeyDictionary()


def document_text(doc: Doc) -> str:
    """doc.text, joined once a document (spaCy joins every token's text again at each reading)."""
    text = _TEXTS.get(doc)
    if text is None:  # a Doc's words never change, so neither does its text
        text = _TEXTS[doc] = doc.text
    return text


def remember_text(doc: Doc, text: str) -> None:
    """The text a Doc was made from, which spaCy's tokenizer keeps whole (doc.text == text), so it is never joined."""
    _TEXTS[doc] = text


class _Strings(dict):
    """The string of each key met so far, looked up in the model's string store on first meeting: a key is the hash
    of its string, the same in every store, and the documents of a process repeat most of their words, tags and
    relations. Emptied when it grows large, so that a long run over many documents keeps no unbounded copy."""

    LIMIT = 500_000

    def __init__(self, lower: bool = False) -> None:
        super().__init__()
        self.lower = lower
        self.strings = None
        self[0] = ""

    def __missing__(self, key: int) -> str:
        if len(self) > self.LIMIT:
            self.clear()
            self[0] = ""
        value = self.strings[key]
        value = self[key] = value.lower() if self.lower else value
        return value


_NAMES = _Strings()
_LOWERED = _Strings(lower=True)  # lemma_.lower()


def build(doc: Doc) -> TokenTable:
    n = len(doc)
    _NAMES.strings = _LOWERED.strings = doc.vocab.strings
    array = doc.to_array(list(_COLUMNS)) if n else numpy.zeros((0, len(_COLUMNS)), dtype="uint64")
    columns = array.T.tolist()
    orth, lower, lemma, tag, pos, dep, _, ent_type, punct, space, alpha, spacy_ws, shape, title = columns
    names, lowered = _NAMES, _LOWERED
    # the head is stored as an offset in an unsigned array: a head to the left wraps around, read back as signed
    heads = (array[:, _COLUMNS.index(HEAD)].astype(numpy.int64) + numpy.arange(n, dtype=numpy.int64)).tolist()
    children: list[list[int]] = [[] for _ in range(n)]
    for i, h in enumerate(heads):
        if h != i:
            children[h].append(i)
    # a document with neither a parse nor sentence starts (a bare tokenizer's) is one sentence here; spaCy refuses
    # to split it
    bounded = doc.has_annotation("DEP") or doc.has_annotation("SENT_START")
    sents = ([(s.start, s.end) for s in doc.sents] if bounded else [(0, n)]) if n else []
    sent_of = [0] * n
    for k, (a, b) in enumerate(sents):
        sent_of[a:b] = [k] * (b - a)
    name = names.__getitem__
    return TokenTable(text=list(map(name, orth)), lower=list(map(name, lower)), lemma=list(map(lowered.__getitem__, lemma)),
                      tag=list(map(name, tag)), pos=list(map(name, pos)), dep=list(map(name, dep)), head=heads,
                      ent_type=list(map(name, ent_type)), punct=list(map(bool, punct)), space=list(map(bool, space)),
                      alpha=list(map(bool, alpha)), whitespace=list(map(bool, spacy_ws)), shape=list(map(name, shape)),
                      title=list(map(bool, title)),
                      children=children, sents=sents, sent_of=sent_of, parsed=doc.has_annotation("DEP"))


def edges(table: TokenTable) -> tuple[list[int], list[int]]:
    """token.left_edge.i and token.right_edge.i of every token (the first and last word of its subtree), worked out
    once a table: each edge read through a Token builds that Token and the edge's."""
    found = table.__dict__.get("_edges")
    if found is None:
        heads, children = table.head, table.children
        n = len(heads)
        left, right = list(range(n)), list(range(n))
        # the words from the roots down; read backwards, every word comes after all of its subtree
        order: list[int] = []
        stack = [i for i in range(n) if heads[i] == i]
        while stack:
            k = stack.pop()
            order.append(k)
            stack.extend(children[k])
        for k in reversed(order):
            h = heads[k]
            if h != k:
                if left[k] < left[h]:
                    left[h] = left[k]
                if right[k] > right[h]:
                    right[h] = right[k]
        found = table.__dict__["_edges"] = (left, right)
    return found


def capitalised(table: TokenTable) -> list[int]:
    """Indices of the words whose first character is upper case (`text[:1].isupper()`), in text order, found once a
    table: the names of days, months and holidays are looked for only among them, by several scans a document."""
    found = table.__dict__.get("_capitalised")
    if found is None:
        found = table.__dict__["_capitalised"] = [i for i, word in enumerate(table.text) if word[:1].isupper()]
    return found


def character_offsets(doc: Doc, table: TokenTable) -> tuple[list[int], list[int]]:
    """The character offset of every word's first character and of the character after its last (token.idx and
    token.idx + len(token)), read once a table: a span's offsets read from a Span cost the Span and two Tokens."""
    found = table.__dict__.get("_offsets")
    if found is None:
        starts = doc.to_array("IDX").tolist() if len(doc) else []
        found = table.__dict__["_offsets"] = (starts, [a + len(word) for a, word in zip(starts, table.text)])
    return found
