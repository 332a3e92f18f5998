"""Paragraph breaks as sentence boundaries, and the caption or credit lines that precede a scraped story set apart."""
from __future__ import annotations

import re
from bisect import bisect_right

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

from .. import dateline
from .annotations import register_extensions
from .component import Component, factory
from .table import LastDocument, document_text

# A line ending in one of these is prose; front matter (photo captions, credits, datelines) rarely is.
_SENTENCE_END = re.compile(r"[.!?:;\"”’)\]]\s*$")
_MAX_FRONT_LINE_WORDS = 12
@factory("claimgraph_layout_v1", alias="claimgraph_layout",
         default_config={"max_front_line_words": _MAX_FRONT_LINE_WORDS},
         assigns=["token.is_sent_start", "doc._.cg_front_matter"])
def make_layout(nlp: Language, name: str, max_front_line_words: int) -> "Layout":
    return Layout(max_front_line_words)


class Layout(Component):
    """Runs before the parser: the parser keeps boundaries that are already set."""

    def __init__(self, max_front_line_words: int = _MAX_FRONT_LINE_WORDS) -> None:
        register_extensions()
        self.max_front_line_words = max_front_line_words

    def __call__(self, doc: Doc) -> Doc:
        text = document_text(doc)
        for i in after_line_breaks(doc, text):
            # a word after a line break starts a sentence, and so does the space after a line break's own token
            if not doc[i].is_space or doc[i - 1].is_space:
                doc[i].is_sent_start = True
        doc._.cg_front_matter = front_matter_end(text, self.max_front_line_words)
        return doc


def after_line_breaks(doc: Doc, text: str) -> list[int]:
    """The tokens that follow a token whose text (its trailing space is one space at most) holds a line break, in
    order: a Token object a word would cost more than the test, and most words follow none."""
    if len(doc) < 2 or "\n" not in text:
        return []
    starts = doc.to_array([IDX]).tolist()
    after = []
    for match in re.finditer("\n", text):
        i = bisect_right(starts, match.start())  # the token after the one holding the break
        if 0 < i < len(doc) and (not after or after[-1] != i):
            after.append(i)
    return after


def front_matter_end(text: str, max_front_line_words: int = _MAX_FRONT_LINE_WORDS) -> int:
    """Offset of the first line of prose: leading short lines without sentence punctuation are captions or credits.

    Only lines before the first line that ends like a sentence count, and only when prose follows them: a text
    that is all short lines is left whole.
    """
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped and (_SENTENCE_END.search(stripped) or len(stripped.split()) > max_front_line_words):
            leading = len(line) - len(line.lstrip())
            found = dateline.read_line(line.strip(), offset + leading)
            return found.end if found is not None else offset
        offset += len(line)
    return 0


# the document read last and its dateline's words: the events component and the assembly of the result both ask
_LAST_DATELINE = LastDocument()


def dateline_words(doc: Doc) -> range:
    """The words of the wire dateline that opens one of the story's first lines ("KESTRA, June 9 (Wire) - "), with
    its dash; an empty range where none does. A headline may stand before it, so it need not open the story."""
    if _LAST_DATELINE.holds(doc):
        return _LAST_DATELINE.value
    found = dateline.find(document_text(doc))
    words = doc.char_span(found.start, found.end, alignment_mode="expand") if found is not None else None
    return _LAST_DATELINE.keep(doc, range(words.start, words.end) if words is not None else range(0))


# a live page's timestamp opening a paragraph: "09:12 - ", "4:40 p.m.: ", "1432 GMT - " (PolNeAR train: 15 such
# stamps in its live-update pages, none inside a gold source, cue or content); four bare digits are a year ("2024 -
# a year of strikes") unless a time zone follows
_STAMP = re.compile(r"^[ \t]*(?:\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|BST|UTC|CET|CEST|ET|EST|EDT|PT|local time))?"
                    r"|\d{4}\s*(?:GMT|BST|UTC|CET|CEST|ET|EST|EDT|PT|local time))\s*(?:[-–—:]|--)(?=\s)",
                    re.MULTILINE | re.IGNORECASE)


def paragraph_stamps(doc: Doc) -> set[int]:
    """Token indices of the timestamps that open a live page's paragraphs, with their dash or colon: when an update
    was posted, never what is said in it or by whom."""
    stamps: set[int] = set()
    for match in _STAMP.finditer(document_text(doc)):
        words = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if words is not None:
            stamps.update(t.i for t in words if not t.is_space)
    return stamps
