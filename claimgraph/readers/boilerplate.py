"""Lines of a news page that are no part of its article: teaser and related-link headings, calls to action."""
from __future__ import annotations

import functools
import re

from .. import lexicon

DATA = "boilerplate.yaml"
# a heading or call is a short line: a longer one is prose that happens to open with the same words
_HEADING_WORDS = 12
_CALL_LINE_WORDS = 30
_PLAIN_CALL_WORDS = 20
# a heading the plain text marks as one: the whole line, or the label and a separator before the teaser it labels
_SEPARATOR = r"\s*(?:$|[:|>»–—-])"
# a call to action addresses the reader; reporting rarely does outside a quotation
_ADDRESS = re.compile(r"\b(our|your|you)\b", re.IGNORECASE)
_QUOTES = re.compile("[\"“”]")
_OPENING_QUOTE = re.compile("[\"“‘']")


def _phrases(key: str) -> str:
    words = sorted(lexicon.words(DATA, key), key=len, reverse=True)  # longest first: "related stories" before "related"
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)


@functools.cache
def _patterns() -> dict[str, re.Pattern]:
    headings, calls = _phrases("headings"), _phrases("calls")
    return {
        "opener": re.compile(rf"^\W*(?:{headings}|{calls})\b", re.IGNORECASE),
        "labelled": re.compile(rf"^\W*(?:{headings}){_SEPARATOR}", re.IGNORECASE),
        "call": re.compile(rf"^\W*(?:{calls})\b", re.IGNORECASE),
        "share": re.compile(rf"^\W*(?:{_phrases('share_labels')})\W*$", re.IGNORECASE),
        "call_word": re.compile(rf"\b(?:{_phrases('call_words')})\b", re.IGNORECASE),
        "reporting": re.compile(rf"\b(?:{_phrases('reporting_words')})\b", re.IGNORECASE),
    }


@functools.cache
def markup_tokens() -> frozenset[str]:
    """Words that class and id attributes give to the blocks around an article."""
    return lexicon.words(DATA, "markup_tokens")


def page_line(line: str) -> bool:
    """Whether a line of text extracted from a web page is boilerplate: a short line opening with a heading or a
    call, or a short one with a subscription word that reports nothing."""
    p = _patterns()
    stripped = line.strip()
    words = len(stripped.split())
    if not stripped or _OPENING_QUOTE.match(stripped):
        return False  # a quotation that opens with "Listen, ..." is speech
    if words <= _HEADING_WORDS and p["opener"].match(stripped):
        return True
    return words <= _CALL_LINE_WORDS and bool(p["call_word"].search(stripped)) and not p["reporting"].search(stripped)


def plain_line(line: str) -> bool:
    """Whether a line of a plain-text copy of a page is boilerplate. No extractor has cleaned such text, so the
    line must say so itself: a heading standing alone or labelling a teaser ("Read more: ..."), a call to action
    opening it ("Sign up for ..."), a share button's label alone ("Facebook", "Print"), or a subscription word in a
    short unquoted line that addresses the reader and reports nothing ("Get unlimited access with your
    subscription")."""
    p = _patterns()
    stripped = line.strip()
    words = len(stripped.split())
    if not stripped or _OPENING_QUOTE.match(stripped) or words > max(_HEADING_WORDS, _PLAIN_CALL_WORDS):
        return False  # a quotation that opens with "Listen, ..." is speech
    if words <= _HEADING_WORDS and (p["labelled"].match(stripped) or p["call"].match(stripped)
                                    or p["share"].match(stripped)):
        return True
    return words <= _PLAIN_CALL_WORDS and bool(p["call_word"].search(stripped)) and bool(
        _ADDRESS.search(stripped)) and not p["reporting"].search(stripped) and not _QUOTES.search(stripped)


def drop_page_lines(text: str) -> str:
    """Text extracted from a page without its boilerplate lines."""
    return "\n".join(line for line in text.split("\n") if not page_line(line)).strip("\n")


def blank_plain_lines(text: str) -> str:
    """A plain text with its boilerplate lines blanked: each of their characters becomes a space, so that every
    offset into the text is still an offset into the file as read, and nothing on those lines is analysed."""
    lines = text.splitlines(keepends=True)
    bodies = [line.rstrip("\r\n") for line in lines]
    blanked = [plain_line(body) for body in bodies]
    if not any(blanked):
        return text
    return "".join(" " * len(body) + line[len(body):] if blank else line
                   for line, body, blank in zip(lines, bodies, blanked))
