"""Lines of a news page that are no part of its article: teaser and related-link headings with the teaser lists under
them, calls to action, wire credit lines, the outlet's correction notes; on a web page also bylines and the role
lines under them, copyright and photo credit lines, ages and reading times, follow and tip requests."""
from __future__ import annotations

import functools
import re

from .. import dateline, lexicon

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
# a teaser under a list heading is a headline, and a label above one a word or three (html's): short, and not
# ended like a sentence of prose
_TEASER_WORDS = 16
_PROSE_END = re.compile(r"[.:;,]['\"’”]?\s*$")
# the credit line's parts: "<role> by <names>" joined by semicolons, in a bracket at will, with a closing full stop
_CREDIT_WORDS = 80
_BRACKETED_CREDIT = re.compile(r"\(([^()]{4,600})\)\.?\s*$")
# the newspaper credit of one reporter's help, closing a story: "Ann Lee contributed reporting from Boston."
# (PolNeAR train: 2, both closing their story)
_CONTRIBUTED = re.compile(r"^(?P<names>[^.;()]{2,200}?)\s+contributed\s+(?:to\s+this\s+report|reporting|"
                          r"additional\s+reporting)(?P<rest>\s+(?:from|in)\s+[^.;()]{1,60})?\.?$")


# a page's own lines that no article sentence is: a byline's names, with a role or a date after a comma or bar, in
# at most this many words; a copyright notice; a photo credit's names and agencies; a role line under a byline
_BYLINE = re.compile(r"^\s*by\s+(?P<rest>\S.*?)\s*$", re.IGNORECASE)
_BYLINE_WORDS = 16
_ROLE_WORDS = 8
# the copyright sign, "(c)" or "Copyright" before a year or the sign, "All rights reserved"
_COPYRIGHT = re.compile(r"©|\(c\)\s*(?:\d{4}|[A-Z])|\bcopyright\s*(?:©|\(c\)|\d{4})|\ball\s+rights\s+reserved\b",
                        re.IGNORECASE)
_COPYRIGHT_WORDS = 40
# "Copyright Tollmere Echo 2025": the word, the owner's capitalised name, the year last
_NAMED_COPYRIGHT = re.compile(r"^(?:Copyright|COPYRIGHT)\s+(?:[A-Z][\w&.'’-]*\s+){1,6}\d{4}\.?$")
# a credit's lowercase words besides a name list's: "via", "for", AP's "File", "Handout", "courtesy of"
_PHOTO_LOWERCASE = {"via", "for", "courtesy", "file", "handout", "pool", "photo", "photos"}
_FOLLOW_WORDS = 15
_TIP_WORDS = 30
# an outlet's note on its own article runs to a paragraph
_NOTE_WORDS = 120
# the note told as a sentence about the article, what was changed following the verb (with a date before it at
# will): the Guardian's "This article was amended on 5 March 2025 to ...", "This story has been updated to include
# ...", "This piece has been updated with comments from ..." (PolNeAR train: 9, each of article, story or piece and
# each going on with "to" or "with"); a "report" that was amended is as often the story's subject
_AMENDED = re.compile(r"^this\s+(?:article|story|piece)\s+(?:was|has\s+been)\s+(?:amended|corrected|updated|"
                      r"changed)\s+(?:on\s+[^.]{1,40}?\s+)?(?:to|with)\b", re.IGNORECASE)
# the notice an archive page prints over an old story (the Guardian's "This article is more than 1 year old") and a
# comment counter ("12 comments", "Comments (4)"): about the page, never the story
_AGE_NOTICE = re.compile(r"^this\s+(?:article|story|page|piece)\s+is\s+(?:more|over)\s+than\s+(?:\d+|an?|one)\s+"
                         r"(?:years?|months?|weeks?|days?)\s+old\.?$", re.IGNORECASE)
_COMMENT_COUNT = re.compile(r"^(?:\d+\s+comments?|comments?\s*\(\d+\))$", re.IGNORECASE)
_MONTH_WORD = re.compile(r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$", re.IGNORECASE)


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
        "list_heading": re.compile(rf"^\W*(?:{_phrases('list_headings')})\s*:?\s*$", re.IGNORECASE),
        "credit": re.compile(rf"^\s*(?:{_phrases('credit_roles')})\s+by\s+(?P<names>\S.*?)\s*$", re.IGNORECASE),
        # "Photo: A/Agency", "(Photo by A/Getty Images)", "AP Photo/A, File", "Picture credit: A"
        "photo": re.compile(rf"^\W*(?:[A-Z][\w.&]*\s+){{0,2}}(?:{_phrases('photo_labels')})\s*(?:by\s+|:\s*|/\s*)"
                            r"(?P<names>[^()]{2,160}?)\s*\)?\.?$", re.IGNORECASE),
        "follow": re.compile(rf"^\W*follow\s+(?P<who>[^@]{{1,60}}?)\s+(?:on\s+(?:{_phrases('social_networks')})\b"
                             r"[^.]*|\W*@\w+\W*)$", re.IGNORECASE),
        "tip": re.compile(rf"^\W*(?:{_phrases('tip_calls')})\b", re.IGNORECASE),
        # "Correction: An earlier version ...", "CORRECTION APPENDED.": the label, then a colon, a full stop or nothing
        "note": re.compile(rf"^\W*(?:{_phrases('note_labels')})\s*(?::|\.?\s*$)", re.IGNORECASE),
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
    if note_line(stripped):
        return True
    # a heading word opening a line that reports is prose ("Don't miss the deadline, the clerk said") unless a
    # separator sets the word apart as a label ("Don't miss: ...")
    if words <= _HEADING_WORDS and (p["labelled"].match(stripped) or p["opener"].match(stripped) and not
                                    p["reporting"].search(stripped)) or dateline.header_line(stripped):
        return True  # a header's "Published ... | Updated ..." says when, never what
    return words <= _CALL_LINE_WORDS and bool(p["call_word"].search(stripped)) and not p["reporting"].search(stripped)


def plain_line(line: str) -> bool:
    """Whether a line of a plain-text copy of a page is boilerplate. No extractor has cleaned such text, so the
    line must say so itself: a header's stamp line ("Published ... | Updated ..."), a heading standing alone or labelling a teaser ("Read more: ..."), a call to action
    opening it ("Sign up for ..."), a share button's label alone ("Facebook", "Print"), or a subscription word in a
    short unquoted line that addresses the reader and reports nothing ("Get unlimited access with your
    subscription")."""
    p = _patterns()
    stripped = line.strip()
    words = len(stripped.split())
    if not stripped or _OPENING_QUOTE.match(stripped):
        return False  # a quotation that opens with "Listen, ..." is speech
    if note_line(stripped):
        return True
    if words > max(_HEADING_WORDS, _PLAIN_CALL_WORDS):
        return False
    if words <= _HEADING_WORDS and (p["labelled"].match(stripped) or p["call"].match(stripped)
                                    or p["share"].match(stripped)) or dateline.header_line(stripped):
        return True
    return words <= _PLAIN_CALL_WORDS and bool(p["call_word"].search(stripped)) and bool(
        _ADDRESS.search(stripped)) and not p["reporting"].search(stripped) and not _QUOTES.search(stripped)


def note_line(line: str) -> bool:
    """Whether a line is the outlet's note on its own article: a correction or clarification, opening with its label
    ("Correction: An earlier version of this story said ...", "CORRECTION APPENDED.") or told as a sentence about
    the article ("This article was amended on 5 March 2025 to correct ...")."""
    stripped = line.strip()
    return len(stripped.split()) <= _NOTE_WORDS and bool(_patterns()["note"].match(stripped) or
                                                         _AMENDED.match(stripped))


def web_line(line: str) -> bool:
    """Whether a line of a web page's extracted text is the page's own furniture rather than its article: a byline,
    a copyright notice, a photo credit, an age or a reading time, a stamp's label alone, an old story's age notice, a
    comment counter, a call to follow the writer or to send a tip. A plain-text copy keeps them (it is read as
    written, offsets and all)."""
    p = _patterns()
    stripped = line.strip()
    words = len(stripped.split())
    if not stripped or _OPENING_QUOTE.match(stripped) or p["reporting"].search(stripped):
        return False
    if byline(stripped) or dateline.stamp_line(stripped) or _AGE_NOTICE.match(stripped) or \
            _COMMENT_COUNT.match(stripped):
        return True
    if words <= _COPYRIGHT_WORDS and (_COPYRIGHT.search(stripped) or _NAMED_COPYRIGHT.match(stripped)):
        return True
    photo = p["photo"].match(stripped)
    if photo is not None and _names(photo.group("names"), extra=_PHOTO_LOWERCASE):
        return True
    if stripped.startswith("(") and stripped.rstrip(".").endswith(")") and "/" in stripped \
            and _names(stripped.strip("().").replace("/", " "), extra=_PHOTO_LOWERCASE):
        return True  # a bracket of names and agencies alone: "(Ann Lee/Harbour Post)"
    follow = p["follow"].match(stripped)
    if follow is not None and words <= _FOLLOW_WORDS and (
            follow.group("who").lower() in ("us", "me", "him", "her", "them") or _names(follow.group("who"))):
        return True
    return words <= _TIP_WORDS and bool(p["tip"].match(stripped))


def byline(line: str) -> bool:
    """Whether a line is a byline: "By" and names, a role, an agency or a date after them ("By Ann Lee and Bo Park",
    "By ANN LEE, Associated Press", "By Ann Lee | May 4, 2025")."""
    match = _BYLINE.match(line)
    if match is None:
        return False
    rest = match.group("rest")
    tokens = re.findall(r"[^\s,&|·•]+", rest)
    if not tokens or len(tokens) > _BYLINE_WORDS or not tokens[0][0].isupper() or rest.endswith(("?", "!")):
        return False
    lower = lexicon.words(DATA, "credit_lowercase") | lexicon.words(DATA, "byline_roles")
    named = [t for t in tokens if t[0].isupper() and not _MONTH_WORD.match(t)]
    return bool(named) and all(t[0].isupper() or t[0].isdigit() or t.lower().rstrip(".") in lower
                               or t in ("-", "–", "—") for t in tokens)


def role_line(line: str) -> bool:
    """Whether a line is a byline's role or affiliation: a few capitalised words, at most a role word in lower case
    ("Chief Political Correspondent", "Transportation reporter", "Associated Press"). Only under a byline."""
    stripped = line.strip()
    tokens = re.findall(r"[^\s,&]+", stripped)
    if not tokens or len(tokens) > _ROLE_WORDS or _PROSE_END.search(stripped) or not tokens[0][0].isupper():
        return False
    roles = lexicon.words(DATA, "byline_roles")
    lower = lexicon.words(DATA, "credit_lowercase") | roles
    return all(t[0].isupper() or t.lower() in lower for t in tokens)


def _names(words: str, extra: set[str] | frozenset[str] = frozenset()) -> bool:
    """Whether words are a list of names ("Ann Lee and Bo Park in Oslo"): every word capitalised but the joiners."""
    tokens = re.findall(r"[^\s,&]+", words)
    lower = lexicon.words(DATA, "credit_lowercase") | lexicon.words(DATA, "credit_titles") | extra
    return bool(tokens) and len(tokens) <= _CREDIT_WORDS and all(
        t[0].isupper() or t.lower() in lower for t in tokens) and any(t[0].isupper() for t in tokens)


def _credit(words: str) -> bool:
    """Whether words are a wire credit: "Reporting by A in Ottawa; Editing by B", "A contributed reporting"."""
    words = words.strip().rstrip(".").strip()
    found = _CONTRIBUTED.match(words)
    if found is not None:
        rest = (found.group("rest") or "").split(None, 1)  # "from Boston": the preposition, then a place's name
        return _names(found.group("names")) and (not rest or _names(rest[-1]))
    parts = [part for part in re.split(r"\s*;\s*", words) if part]
    if not parts:
        return False
    for part in parts:
        match = _patterns()["credit"].match(part)
        if match is None or not _names(match.group("names")):
            return False
    return True


def credit_span(line: str) -> tuple[int, int] | None:
    """Where a line holds the wire credit line, as offsets into it: the whole line, or the bracket that closes a
    paragraph ("... in the region. (Reporting by A; Editing by B)"); None where it holds none."""
    stripped = line.strip()
    if not stripped or len(stripped.split()) > _CREDIT_WORDS:
        return None
    start = len(line) - len(line.lstrip())
    whole = stripped[1:-1] if stripped.startswith("(") and stripped.rstrip(".").endswith(")") else stripped
    if _credit(whole.rstrip(".").rstrip(")")):
        return start, start + len(stripped)
    bracket = _BRACKETED_CREDIT.search(line)
    if bracket is not None and _credit(bracket.group(1)):
        return bracket.start(), bracket.end()
    return None


def short_line(line: str, most: int) -> bool:
    """Whether a line is a label or a headline rather than prose: `most` words at most, ending no sentence."""
    stripped = line.strip()
    return 0 < len(stripped.split()) <= most and not _PROSE_END.search(stripped)


def teaser_lines(lines: list[str]) -> set[int]:
    """The lines of teaser lists: a list heading standing alone ("Most read", "Related:") and the headline lines
    after it, blank lines between them included, up to the first line of prose."""
    heading = _patterns()["list_heading"]
    found: set[int] = set()
    k = 0
    while k < len(lines):
        if not heading.match(lines[k].strip()):
            k += 1
            continue
        found.add(k)
        k += 1
        while k < len(lines) and (not lines[k].strip() or short_line(lines[k], _TEASER_WORDS)):
            if lines[k].strip():
                found.add(k)
            k += 1
    return found


def drop_page_lines(text: str) -> str:
    """Text extracted from a page without its boilerplate lines and credits."""
    lines = text.split("\n")
    teasers = teaser_lines(lines)
    kept = []
    under_byline = False  # the lines under a byline, up to the first that is no role, are its roles
    for k, line in enumerate(lines):
        if not line.strip():
            kept.append(line)
            continue
        if under_byline and role_line(line):
            continue
        under_byline = byline(line.strip())
        if k in teasers or page_line(line) or web_line(line):
            continue
        credit = credit_span(line)
        if credit is not None:
            line = (line[:credit[0]] + line[credit[1]:]).rstrip()
            if not line.strip():
                continue
        kept.append(line)
    return "\n".join(kept).strip("\n")


def blank_plain_lines(text: str) -> str:
    """A plain text with its boilerplate lines and credits blanked: each of their characters becomes a space, so that
    every offset into the text is still an offset into the file as read, and nothing on those lines is analysed."""
    lines = text.splitlines(keepends=True)
    bodies = [line.rstrip("\r\n") for line in lines]
    teasers = teaser_lines(bodies)
    blanked = [(0, len(body)) if k in teasers or plain_line(body) else credit_span(body)
               for k, body in enumerate(bodies)]
    if not any(blanked):
        return text
    return "".join(line if where is None else
                   line[:where[0]] + " " * (where[1] - where[0]) + line[where[1]:]
                   for line, where in zip(lines, blanked))
