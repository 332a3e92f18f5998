"""What a story's opening lines tell of it: the outlet its wire dateline names, the date its date line gives."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

# the wire dateline convention (AP Stylebook, "datelines"; Reuters and AFP style): a place in capitals, a date, or
# both, the outlet in brackets at will, then a dash: "LONDON (Reuters) -", "BEIRUT, Lebanon (AP) —",
# "WASHINGTON — ", "May 4 (Ledger) -". The one pattern every part of the project reads a dateline with.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(r"(?:(?P<place>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3})(?:, (?P<detail>[^()\n]{1,40}?))?"
                       rf"|(?P<date>{_MONTH} \d{{1,2}}(?:, \d{{4}})?))"
                       r"(?: ?\((?P<outlet>[^()\n]{1,40})\))?\s*(?P<dash>[-–—]{1,2})(?:\s+|$)")
# what a bracket before a dash names when it is not the outlet: a date, a picture's credit, an update note
_NOT_AN_OUTLET = re.compile(rf"^(?:{_MONTH}|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Updated?|File|Photo|Video|Live|Reporting"
                            r"|Editing|Corrected|Correction|Exclusive|Analysis|Opinion|Graphic)\b|^[^A-Za-z]*$")
# a dateline opens the story: it stands after a section label, the headline, a byline, a date line and a reading time
# at most
_OPENING_LINES = 6
# a date line is among the first five: headline, standfirst, byline, then the date
_DATE_LINES = 5
_MAX_WORDS = 6


@dataclass(frozen=True)
class Dateline:
    """A wire dateline found in a text: its place (as written, in capitals), its outlet, and character offsets of
    the whole dateline with its dash."""
    place: str | None
    outlet: str | None
    start: int
    end: int
    place_start: int | None = None
    place_end: int | None = None
    outlet_start: int | None = None
    outlet_end: int | None = None


def read_line(line: str, offset: int = 0) -> Dateline | None:
    """The dateline opening one line of text, if any. A place in capitals and a dash alone ("US - ") is one only
    when the place is a single capitalised name of two letters at least and a date, region or outlet goes with
    it, or the dash is followed by prose."""
    match = _DATELINE.match(line)
    if match is None or not (match.group("place") or match.group("outlet")):
        return None
    if match.group("place") and not (match.group("detail") or match.group("outlet")) \
            and match.end() >= len(line.rstrip()):
        return None  # "BREAKING -" on a line of its own
    name = " ".join(match.group("outlet").split()) if match.group("outlet") else None
    if name is not None and not (name[0].isupper() and len(name.split()) <= _MAX_WORDS
                                 and not _NOT_AN_OUTLET.match(name)):
        name = None
    if match.group("outlet") and name is None and not match.group("place"):
        return None  # "May 3 (Updated 10:42) -": no dateline without a place or an outlet
    return Dateline(
        place=match.group("place"), outlet=name, start=offset + match.start(), end=offset + match.end(),
        place_start=offset + match.start("place") if match.group("place") else None,
        place_end=offset + match.end("place") if match.group("place") else None,
        outlet_start=offset + match.start("outlet") if name else None,
        outlet_end=offset + match.end("outlet") if name else None)


def find(text: str) -> Dateline | None:
    """The wire dateline that opens one of the story's first lines (after a headline, a byline and a date line)."""
    offset = 0
    seen = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            leading = len(line) - len(line.lstrip())
            found = read_line(line.strip(), offset + leading)
            if found is not None:
                return found
            seen += 1
            if seen >= _OPENING_LINES:
                return None
        offset += len(line)
    return None


def outlet(text: str) -> str | None:
    """The outlet the story's wire dateline names, or None when its opening lines hold no dateline naming one."""
    found = find(text)
    return found.outlet if found is not None else None


def place(text: str) -> str | None:
    """The place the story's wire dateline names, in title case ("HALDEN" -> "Halden"), or None."""
    found = find(text)
    return found.place.title() if found is not None and found.place else None

# a date line in a story's header, as copies of news pages keep it under the headline or byline: "November 18,
# 2025", "Tuesday, 18 November 2025, 10:42 GMT", "Published: Nov. 18, 2025 at 9:05 a.m. ET", "2025-11-18"; a
# line that says the story was updated or modified gives no publication date
_MONTHS = {name: k for k, names in enumerate((
    "jan january", "feb february", "mar march", "apr april", "may", "jun june", "jul july", "aug august",
    "sep sept september", "oct october", "nov november", "dec december"), start=1) for name in names.split()}
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
_CLOCK = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5})?)?"
_LEAD = r"^(?:(?:Published|Posted|First published|Publication date)(?:\s+on)?\s*:?\s*)?" + _WEEKDAY
_DATE_LINE = re.compile(
    _LEAD + r"(?:(?P<m1>[A-Za-z]{3,9})\.?\s+(?P<d1>\d{1,2}),?\s+(?P<y1>\d{4})"
    r"|(?P<d2>\d{1,2})\s+(?P<m2>[A-Za-z]{3,9})\.?,?\s+(?P<y2>\d{4})"
    r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2}))" + _CLOCK + r"\s*$", re.IGNORECASE)
_MODIFIED = re.compile(r"^(?:last\s+)?(?:updated|modified|edited|revised)\b", re.IGNORECASE)


def published(text: str) -> str | None:
    """The date (YYYY-MM-DD) a date line among the story's opening lines gives, or None. A part of a line between
    bars counts on its own ("By Ann Lee | May 4, 2025"); a line that says the story was updated never does."""
    lines = [line.strip() for line in text.splitlines(keepends=False) if line.strip()]
    for line in lines[:_DATE_LINES]:
        for part in re.split(r"\s+[|·•]\s+", line):
            if _MODIFIED.match(part):
                continue
            match = _DATE_LINE.match(part)
            if match is not None:
                found = _date(match)
                if found is not None:
                    return found
    return None


# the other parts of a header's stamp line: an update's date or time, a time alone, an age, a reading time
_STAMP_WORD = re.compile(r"\b(?:published|posted|updated|modified|revised)\b", re.IGNORECASE)
_STAMP_LEAD = re.compile(r"^(?:(?:first\s+|last\s+)?(?:published|posted|updated|modified|edited|revised)(?:\s+on|\s+at)?"
                         r"\s*:?\s*)", re.IGNORECASE)
_STAMP_PART = re.compile(
    r"^(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5})?"
    r"|(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago"
    r"|\d+\s*-?\s*min(?:ute)?s?\s+read"
    r"|(?:just\s+now|today|yesterday)" + _CLOCK + r")\s*$", re.IGNORECASE)


def header_line(line: str) -> bool:
    """Whether a line is a page header's stamp: its parts, between bars, each a date or time the story was published
    or updated, an age ("2 hours ago") or a reading time, and one of them saying published, posted or updated
    ("Published 14 March 2024 | Updated 15 March 2024", "Last updated: 10:42 GMT"). It says when, and reports
    nothing."""
    stripped = line.strip()
    if not stripped or not _STAMP_WORD.search(stripped):
        return False
    for part in re.split(r"\s*[|·•]\s*", stripped):
        bare = _STAMP_LEAD.sub("", part)
        if part and not (_DATE_LINE.match(part) or _DATE_LINE.match(bare) or _STAMP_PART.match(bare)):
            return False
    return True


# a reading time in the other words pages print it: "Reading time: 4 minutes", "4-minute read"
_READING_TIME = re.compile(r"^(?:reading\s+time\s*:?\s*\d+\s*min(?:ute)?s?|\d+\s*-?\s*minutes?\s+read)\s*$",
                           re.IGNORECASE)
# a stamp's label whose date the page wrote in an element the extractor drops: "First published on", "Updated:"
_STAMP_LABEL = re.compile(r"^(?:first\s+|last\s+)?(?:published|posted|updated|modified|edited|revised)"
                          r"(?:\s+on|\s+at)?\s*:?\s*$", re.IGNORECASE)


def stamp_line(line: str) -> bool:
    """Whether a line of a web page is only a stamp's parts without the word that says so: an age, a reading time, a
    time of day ("2 hours ago", "3 min read", "5 hours ago · 4 min read"), or a stamp's label alone ("Last modified
    on"). It says when, and reports nothing."""
    stripped = line.strip()
    if not stripped:
        return False
    if _STAMP_LABEL.match(stripped):
        return True
    return all(_STAMP_PART.match(part) or _READING_TIME.match(part) for part in re.split(r"\s*[|·•]\s*", stripped))


def _date(match: re.Match) -> str | None:
    if match.group("y3"):
        year, month, day = int(match.group("y3")), int(match.group("m3")), int(match.group("d3"))
    else:
        k = "1" if match.group("y1") else "2"
        month = _MONTHS.get(match.group(f"m{k}").lower().rstrip("."))
        if month is None:
            return None
        year, day = int(match.group(f"y{k}")), int(match.group(f"d{k}"))
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None  # "February 30": no date
