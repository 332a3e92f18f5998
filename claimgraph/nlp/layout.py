"""Paragraph breaks as sentence boundaries, and the caption or credit lines that precede a scraped story set apart."""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Callable

from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .. import dateline
from .annotations import register_extensions
from .component import Component, factory
from .table import LastDocument, document_text

# A line ending in one of these is prose; front matter (photo captions, credits, datelines) rarely is.
_SENTENCE_END = re.compile(r"[.!?:;\"”’)\]]\s*$")
_MAX_FRONT_LINE_WORDS = 12

# A headline without a final stop is still text to read ("Union says strike will go ahead"); a byline, a credit, a
# caption, a date or a section label is not. Its shapes, counted in the first lines of PolNeAR train's 840 texts
# (where 488 gold cues stand): 131 open with "Someone: ..." (77 with a gold cue on the colon), 13 hold "says" and
# 1 ends in ", X says"; 32 hold a reporting verb of the list below.
_REPORTING = re.compile(
    r"\b(?:says?|said|warns?|warned|denies|denied|deny|claims?|claimed|insists?|urges?|vows?|admits?|argues?|"
    r"accuses?|tells?|told|confirms?|rejects?|predicts?|promises?|threatens?|announces?|reveals?|concedes?|"
    r"suggests?|calls? for|blames?|fears?|hopes?|expects?|believes?|thinks?|reports?|reported)\b", re.IGNORECASE)
# a "Source: content" headline, its source a name or a noun phrase of five words at most and its content three
# words at least; never a label of the page ("Photo: ...", "Updated: ...")
_COLON_HEADLINE = re.compile(r"^(?P<source>[^:\d]{2,60}?)\s*:\s+(?P<content>\S+(?:\s+\S+){2,})$")
_SOURCE_WORDS = 5
_PAGE_LABEL = re.compile(
    r"^(?:photo(?:graph)?s?|pictures?|image|video|watch|listen|audio|credit|caption|by|source|updated?|published|"
    r"posted|filed|last modified|editor|editor's note|related|read more|see also|file|pictured|tags?|topics?|"
    r"section|category|live|contact|email|tel|phone|fax|copyright|©)$", re.IGNORECASE)
_BYLINE = re.compile(r"^(?:by|from|posted by|written by|reporting by|words by|photos? by)\b", re.IGNORECASE)
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
        # a word after a line break starts a sentence, and so does the space after a line break's own token
        starts = [i for i in after_line_breaks(doc, text) if not doc[i].is_space or doc[i - 1].is_space]
        doc._.cg_front_matter = front_matter_end(text, self.max_front_line_words,
                                                 lambda start, end: tagged_as_clause(doc, start, end))
        starts += headline_breaks(doc, text, doc._.cg_front_matter)
        starts += after_dateline(doc, text)
        start_sentences(doc, starts)
        return doc


def after_dateline(doc: Doc, text: str) -> list[int]:
    """The first word after a wire dateline ("SEVRAN, May 16 (Quillon Wire) - The Iron Tide said ..."): the story's
    first sentence starts there, so that the parser does not take the dateline's place for the sentence's subject
    and its outlet for an apposition."""
    found = dateline.find(text)
    if found is None:
        return []
    after = doc.char_span(found.end, len(text), alignment_mode="expand")
    first = next((t.i for t in after if not t.is_space), None) if after is not None else None
    return [first] if first is not None and first > 0 else []


def start_sentences(doc: Doc, starts: list[int]) -> None:
    """`doc[i].is_sent_start = True` for every i, written in one pass: spaCy's setter looks through the whole
    document for a parse at each call (a document with a hundred paragraphs read its words a hundred times)."""
    if not starts:
        return
    values = doc.to_array(SENT_START)  # the starts set before (a unit's or a title's stop kept is False) stay
    values[starts] = 1
    doc.from_array([SENT_START], values.reshape((len(values), 1)))


def tagged_as_clause(doc: Doc, start: int, end: int) -> bool:
    """Whether the tagger read a finite verb between two offsets: "Ceasefire holds in the north" is a headline,
    "Jane Doe/AFP" a credit. The tags are there before the parser runs."""
    words = doc.char_span(start, end, alignment_mode="expand")
    return words is not None and any(t.tag_ in ("VBZ", "VBP", "VBD", "MD") for t in words)


def reads_as_headline(line: str, clause: Callable[[int, int], bool] | None = None, offset: int = 0) -> bool:
    """Whether a leading line without sentence punctuation is a headline to read: a reporting verb ("Union says
    strike will go ahead", "Ceasefire holding, army says"), a "Source: content" colon, or, where the tagger was asked,
    a finite verb; never a byline, a credit, a page label or a dateline."""
    stripped = line.strip()
    words = stripped.split()
    if len(words) < 3 or _BYLINE.match(stripped) or dateline.read_line(stripped) is not None:
        return False
    colon = _COLON_HEADLINE.match(stripped)
    if colon is not None:
        source = colon.group("source").strip()
        return len(source.split()) <= _SOURCE_WORDS and not _PAGE_LABEL.match(source)
    if ":" in stripped or "|" in stripped or "/" in stripped or "©" in stripped:
        return False  # "Photo: Jane Doe/AFP", "News | World": labels and credits
    if not any(w[:1].isalpha() and w[:1].islower() for w in words):
        return False  # a name or a title in capitals alone: "Jane Doe", "WORLD NEWS"
    if _REPORTING.search(stripped):
        return True
    return clause is not None and clause(offset, offset + len(stripped))


def headline_breaks(doc: Doc, text: str, start: int) -> list[int]:
    """The tokens that follow a semicolon in a headline read as text: "Ministry says 43 killed in strike; army
    disputes toll" is two headlines, and parsed as one sentence the first report takes the second as its content."""
    line = text[start:].split("\n", 1)[0]
    if ";" not in line or _SENTENCE_END.search(line.strip()) or not reads_as_headline(line):
        return []
    breaks = []
    for match in re.finditer(";", line):
        words = doc.char_span(start + match.end(), start + len(line.rstrip()), alignment_mode="expand")
        if words is not None and len(words) > 0:
            breaks.append(words.start)
    return breaks


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


def front_matter_end(text: str, max_front_line_words: int = _MAX_FRONT_LINE_WORDS,
                     clause: Callable[[int, int], bool] | None = None) -> int:
    """Offset of the first line of prose: leading short lines without sentence punctuation are captions or credits,
    unless the story's first line reads as a headline (`reads_as_headline`; `clause` says whether the tagger read
    a finite verb between two offsets).

    Only lines before the first line that ends like a sentence count, and only when prose follows them: a text
    that is all short lines is left whole.
    """
    lines = []  # (offset of the line's first character, its text stripped) for each line with words, to the prose
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            lines.append((offset + len(line) - len(line.lstrip()), stripped))
            if _SENTENCE_END.search(stripped) or len(stripped.split()) > max_front_line_words:
                break
        offset += len(line)
    else:
        return 0
    prose = len(lines) - 1
    if prose > 0 and reads_as_headline(lines[0][1], clause, lines[0][0]) \
            and all(_BYLINE.match(stripped) or reads_as_headline(stripped, clause, at)
                    for at, stripped in lines[1:prose]):
        # the headline, with a byline or a subhead under it, is read; a caption or a credit between it and the
        # story keeps the lines before the story apart as before, since the story starts at one offset only
        return lines[0][0]
    at, stripped = lines[prose]
    found = dateline.read_line(stripped, at)
    return found.end if found is not None else at


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
# a year of strikes") unless a time zone follows; a clock time with a colon may also stand bare before the update's
# first capitalised word ("10:20 Police say ..."), a layout PolNeAR's live pages lack (0 of 194 paragraphs there that
# open with a clock time), so that reading rests on the format alone
_ZONE = r"(?:\s*(?:[ap]\.?m\.?|GMT|BST|UTC|CET|CEST|ET|EST|EDT|PT|local time))?"
_STAMP = re.compile(r"^[ \t]*(?:(?:\d{1,2}[:.]\d{2}" + _ZONE +
                    r"|\d{4}\s*(?:GMT|BST|UTC|CET|CEST|ET|EST|EDT|PT|local time))\s*(?:[-–—:]|--)(?=\s)"
                    r"|\d{1,2}:\d{2}" + _ZONE + r"(?=[ \t]+(?-i:[A-Z])))",
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
