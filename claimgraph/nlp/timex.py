"""Time expressions in a story, found and resolved against the publication date as TIMEX3-style values."""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from importlib import resources

import yaml
from dateparser.date import DateDataParser
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from .annotations import TimeMention, register_extensions

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {name: k + 1 for k, name in enumerate((
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december"))}
# Abbreviations count only with their full stop or a day number after them: "Jan" and "Mar" are also names and verbs.
MONTH_ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
                       "oct": 10, "nov": 11, "dec": 12}

# Tense of the clause a time expression sits in. PRESENT (an unmarked finite verb: "the talks begin Thursday") may
# point either way, so the nearest date is taken; with no verb to go by (None), a news story most likely reports
# what has happened, so the date before publication is taken.
PAST, FUTURE, PRESENT = "past", "future", "present"

_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_DAY_NUMBER = re.compile(r"^(\d{1,2})(st|nd|rd|th)?$")
_CLOCK = re.compile(r"\d:\d\d|\b[ap]\.?m\.?(\s|$)|\bnoon\b|\bmidnight\b|o'clock", re.IGNORECASE)
_ISO_DATE = re.compile(r"^\d{4}-\d\d(-\d\d)?$")
_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$", re.IGNORECASE)
ORDINAL_WORDS = frozenset(("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                           "tenth", "last"))
# dateparser fills what a text leaves out from its base; with no publication date only its period is kept
_NEUTRAL_BASE = "2000-01-01"
_PREFERENCE = {PAST: "past", FUTURE: "future", PRESENT: "current_period", None: "past"}


@dataclass(frozen=True)
class TimeWords:
    """The word lists of claimgraph/data/time_words.yaml."""

    modifiers: tuple[tuple[tuple[str, ...], str], ...]  # (phrase as lower-case tokens, "start"|"mid"|"end")
    prepositions: frozenset[str]
    anchors: frozenset[str]
    day_parts: frozenset[str]
    relative_days: frozenset[str]
    relative_determiners: frozenset[str]
    units: frozenset[str]
    quantifiers: frozenset[str]
    ago: frozenset[str]
    event_anchored: frozenset[str]
    past_signals: frozenset[str]
    age_markers: frozenset[str]
    future_auxiliaries: frozenset[str]
    future_predicates: frozenset[str]


@functools.cache
def load_time_words() -> TimeWords:
    text = resources.files("claimgraph").joinpath("data", "time_words.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    modifiers = [(tuple(phrase.split()), kind) for kind in ("start", "mid", "end")
                 for phrase in data["modifiers"][kind]]
    modifiers.sort(key=lambda item: -len(item[0]))  # "the end of" before "end of"

    def words(group: str, key: str = "words") -> frozenset[str]:
        return frozenset(w.lower() for w in data[group][key])

    return TimeWords(
        modifiers=tuple(modifiers),
        prepositions=words("span_prepositions"),
        anchors=words("anchor_adverbs"),
        day_parts=words("day_parts"),
        relative_days=words("relative_days"),
        relative_determiners=words("relative_determiners"),
        units=words("time_units"),
        quantifiers=words("duration_quantifiers"),
        ago=words("ago_words"),
        event_anchored=words("event_anchored_words"),
        past_signals=words("past_signals"),
        age_markers=words("age_markers"),
        future_auxiliaries=words("future_auxiliaries", "lemmas"),
        future_predicates=words("future_predicates", "lemmas"),
    )


@Language.factory("claimgraph_times")
def make_times(nlp: Language, name: str) -> "TimeTagger":
    return TimeTagger(nlp.vocab)


class TimeTagger:
    """Finds candidate expressions (NER DATE/TIME plus our patterns), sets their extent, then resolves each."""

    def __init__(self, vocab) -> None:
        register_extensions()
        self.words = load_time_words()
        self.matcher = build_matcher(vocab, self.words)

    def __call__(self, doc: Doc) -> Doc:
        published = parse_published(doc._.cg_published)
        story_start = doc._.cg_front_matter or 0
        mentions = []
        for candidate in self.candidates(doc):
            mention = self.mention(candidate, published)
            if mention is not None and mention.span.start_char >= story_start:
                mentions.append(mention)
        doc._.cg_times = mentions
        return doc

    # -- finding -------------------------------------------------------------------------------------------------

    def candidates(self, doc: Doc) -> list[Span]:
        ours = [doc[start:end] for _, start, end in self.matcher(doc)]
        ours += calendar_name_spans(doc, self.words) + year_spans(doc)
        # "Russia Today", "CBS This Morning": our patterns do not reach into names the NER has found
        spans = [ent for ent in doc.ents if ent.label_ in ("DATE", "TIME")]
        spans += [s for s in ours if not any(t.ent_type_ and t.ent_type_ not in ("DATE", "TIME") for t in s)]
        return merge_overlapping([s for s in map(trim, spans) if s is not None])

    def mention(self, candidate: Span, published: dt.date | None) -> TimeMention | None:
        doc = candidate.doc
        expression = doc[self.extend_left(candidate):candidate.end]
        core_start, modifier = self.strip_front(expression)
        core = doc[core_start:expression.end]
        if (len(core) == 0 or self.is_age(core) or self.is_event_anchored(core) or in_compound_word(core)
                or self.in_title(expression)):
            return None
        resolved = self.resolve(core, published, self.tense(expression))
        if resolved is None:
            return None
        value, granularity = resolved
        return TimeMention(expression, value, granularity, modifier)

    def extend_left(self, span: Span) -> int:
        """Start of the expression: a modifier, then a placing preposition, then 'earlier'/'later' before it."""
        doc = span.doc
        start = self.modifier_before(doc, span.start)
        preposition = doc[start - 1] if start > 0 else None
        if preposition is not None and preposition.lower_ in self.words.prepositions and governs(
                preposition, doc[start:span.end]):
            start -= 1
        # "earlier Thursday", "later on Friday"; but "three days earlier" is anchored elsewhere and ends a span
        if start > 0 and doc[start - 1].lower_ in self.words.anchors and not (
                start > 1 and unit_of(doc[start - 2], self.words)):
            start -= 1
        return start

    def modifier_before(self, doc: Doc, start: int) -> int:
        """Start of a modifier phrase ending just before `start` ('late', 'the end of', 'mid-'), else `start`."""
        before = start - 1 if start > 0 and doc[start - 1].text == "-" else start
        for phrase, _ in self.words.modifiers:
            if before >= len(phrase) and tuple(t.lower_ for t in doc[before - len(phrase):before]) == phrase:
                return before - len(phrase)
        return start

    def strip_front(self, expression: Span) -> tuple[int, str | None]:
        """Index where the part to resolve starts, past prepositions, anchoring adverbs and a modifier."""
        doc, i, modifier = expression.doc, expression.start, None
        while i < expression.end:
            matched = self.modifier_at(doc, i, expression.end)
            if matched is not None:
                i, modifier = matched
            elif doc[i].lower_ in self.words.prepositions or doc[i].lower_ in self.words.anchors:
                i += 1
            else:
                break
        return i, modifier

    def modifier_at(self, doc: Doc, i: int, end: int) -> tuple[int, str] | None:
        for phrase, kind in self.words.modifiers:
            stop = i + len(phrase)
            if stop < end and tuple(t.lower_ for t in doc[i:stop]) == phrase:
                if doc[stop].text == "-":  # "mid-July"
                    stop += 1
                return stop, kind
        return None

    def tense(self, expression: Span) -> str | None:
        """'since March' can only look back; otherwise the clause decides."""
        if expression.start > 0 and expression.doc[expression.start - 1].lower_ in self.words.past_signals:
            return PAST
        return clause_tense(expression.root, self.words)

    def in_title(self, expression: Span) -> bool:
        """'Russia Today', 'CBS This Morning': a capitalised deictic word after a capitalised one names a show."""
        first = expression[0]
        deictic = first.lower_ in self.words.relative_days or first.lower_ in self.words.relative_determiners
        if not deictic or not first.text[:1].isupper() or first.is_sent_start or first.i == 0:
            return False
        return first.nbor(-1).text[:1].isupper()

    def is_age(self, core: Span) -> bool:
        return any(t.lower_ in self.words.age_markers for t in core)

    def is_event_anchored(self, core: Span) -> bool:
        """'three days later', 'the next day': placed from another event, not from the publication date."""
        if core[-1].lower_ in self.words.event_anchored:
            return True
        after_the = core.start > 0 and core.doc[core.start - 1].lower_ == "the"
        return after_the and core[0].lower_ == "next" and not self.is_duration(core)

    # -- resolving -----------------------------------------------------------------------------------------------

    def resolve(self, core: Span, published: dt.date | None, tense: str | None) -> tuple[str | None, str] | None:
        """(value, granularity), or None when the words are not a time we can place or measure."""
        if self.is_duration(core):
            return None, "duration"
        month = next((m for m in map(month_of, core) if m), None)
        if month is not None and not any(_YEAR.match(t.text) for t in core):
            return resolve_month(core, month, published, tense, self.direction(core))
        weekday = next((WEEKDAYS.index(t.lower_) for t in core if is_weekday(t)), None)
        if weekday is not None and month is None:
            return resolve_weekday(weekday, published, tense, self.direction(core))
        if self.has_time_cue(core):
            return resolve_with_dateparser(core.text, published, tense)
        return None

    def is_duration(self, core: Span) -> bool:
        """A counted or plural time unit ('for years', 'three weeks', 'the past decade'), not 'last week' or 'ago'."""
        tokens = [t for t in core if not t.is_punct]
        unit = unit_of(tokens[-1], self.words) if tokens else None
        if unit is None or any(t.lower_ in self.words.ago for t in core):
            return False
        before = [t.lower_ for t in tokens[:-1]]
        if not all(is_cardinal(t) or t.lower_ in self.words.quantifiers for t in tokens[:-1]):
            return False
        counted = (any(is_cardinal(t) for t in tokens[:-1]) or tokens[-1].lower_ != unit
                   or (before[:1] in (["a"], ["an"])))
        if before == ["the"]:  # "the days overlapped", "in the years since": particular periods, not a length
            return False
        the_past = len(before) >= 2 and before[0] == "the" and before[1] in self.words.relative_determiners
        return counted or the_past

    def has_time_cue(self, core: Span) -> bool:
        """Whether dateparser may be asked at all: it reads a date into almost any number."""
        words = self.words
        lowers = [t.lower_ for t in core]
        if any(w in words.relative_days for w in lowers) or _CLOCK.search(core.text) or _ISO_DATE.match(core.text):
            return True
        if any(_YEAR.match(t.text) for t in core):
            return True
        has_unit = any(unit_of(t, words) or t.lower_ in words.day_parts for t in core)
        relative = any(w in words.relative_determiners or w in words.ago for w in lowers)
        return has_unit and relative

    def direction(self, core: Span) -> str | None:
        """'last Friday' looks back, 'next March' ahead, whatever the tense."""
        first = core[0].lower_
        if first in ("last", "past"):
            return PAST
        if first in ("next", "coming"):
            return FUTURE
        return None


# -- finding: patterns and spans -----------------------------------------------------------------------------------

def build_matcher(vocab, words: TimeWords) -> Matcher:
    """Token patterns for what the statistical NER misses: deictic days, 'last week', 'two days ago', 'for years'."""
    unit_forms = sorted(words.units | {plural(u) for u in words.units})
    counted = [{"LOWER": {"IN": sorted(words.quantifiers)}, "OP": "*"}, {"LIKE_NUM": True, "OP": "*"},
               {"LOWER": {"IN": unit_forms}}]
    matcher = Matcher(vocab)
    matcher.add("RELATIVE_DAY", [[{"LOWER": {"IN": sorted(words.relative_days)}}]])
    matcher.add("RELATIVE_UNIT", [[{"LOWER": {"IN": sorted(words.relative_determiners)}},
                                   {"LOWER": {"IN": unit_forms + sorted(words.day_parts)}}]])
    matcher.add("AGO", [counted + [{"LOWER": {"IN": sorted(words.ago)}}]])
    matcher.add("DURATION", [[{"LOWER": {"IN": sorted(words.prepositions)}}] + counted])
    return matcher


def calendar_name_spans(doc: Doc, words: TimeWords) -> list[Span]:
    """Weekday and month names, with 'last'/'next' before them and a day number, year or part of day after."""
    spans = []
    for token in doc:
        if not (is_weekday(token) or month_of(token)):
            continue
        start = token.i - 1 if token.i > 0 and doc[token.i - 1].lower_ in words.relative_determiners else token.i
        end = token.i + 1
        while end < len(doc) and (is_date_part(doc[end], words) or (
                doc[end].text == "," and end + 1 < len(doc) and is_date_part(doc[end + 1], words))):
            end += 1
        spans.append(doc[start:end])
    return spans


def is_date_part(token: Token, words: TimeWords) -> bool:
    """What may follow a weekday or month name in the same expression: 'March 3, 2022', 'Friday night'."""
    return bool(_DAY_NUMBER.match(token.text) or _YEAR.match(token.text)) or token.lower_ in words.day_parts


def year_spans(doc: Doc) -> list[Span]:
    """A four-digit year as the object of a preposition: 'in 2021', 'since 1998'."""
    return [doc[t.i:t.i + 1] for t in doc
            if _YEAR.match(t.text) and t.i > 0 and (doc[t.i - 1].pos_ == "ADP" or doc[t.i - 1].tag_ == "IN")]


def trim(span: Span) -> Span | None:
    """Drop edge punctuation, a trailing possessive ('Thursday's') or glued-on link; keep all of 'Seventy-four'."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].like_url
                           or doc[end - 1].lower_ in ("'s", "’s")):
        end -= 1
    while start >= 2 and start < end and doc[start].like_num and doc[start - 1].text == "-" and doc[start - 2].like_num:
        start -= 2
    return doc[start:end] if end > start else None


def in_compound_word(span: Span) -> bool:
    """'day' of 'day-to-day' names no time: the expression runs on into a hyphenated word."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].text == "-" and not doc[span.end - 1].whitespace_


def is_cardinal(token: Token) -> bool:
    """A count ('three', '18'), not a rank: '21st century' and 'the first year' are no durations."""
    return token.like_num and not _ORDINAL.match(token.text) and token.lower_ not in ORDINAL_WORDS


def merge_overlapping(spans: list[Span]) -> list[Span]:
    """One span for every run of overlapping candidates, in text order."""
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            merged[-1] = span.doc[last.start:max(last.end, span.end)]
        else:
            merged.append(span)
    return merged


def governs(preposition: Token, span: Span) -> bool:
    """Whether the preposition takes the span as its object; without a parse, adjacency is all we have."""
    if not span.doc.has_annotation("DEP"):
        return True
    return any(token.head == preposition for token in span)


def is_weekday(token: Token) -> bool:
    return token.lower_ in WEEKDAYS and token.text[:1].isupper()


def month_of(token: Token) -> int | None:
    """Month number of a month name; 'may' the modal and 'Jan' the name are not months."""
    if not token.text[:1].isupper():
        return None
    name = token.lower_.rstrip(".")
    if name in MONTHS:
        return None if token.tag_ == "MD" else MONTHS[name]
    if name in MONTH_ABBREVIATIONS:
        nxt = token.nbor() if token.i + 1 < len(token.doc) else None
        if token.text.endswith(".") or (nxt is not None and _DAY_NUMBER.match(nxt.text)):
            return MONTH_ABBREVIATIONS[name]
    return None


def plural(unit: str) -> str:
    return unit[:-1] + "ies" if unit.endswith("y") and unit != "day" else unit + "s"


def unit_of(token: Token, words: TimeWords) -> str | None:
    """The singular time unit a token names ('decades' -> 'decade'), if any."""
    lower = token.lower_
    if lower in words.units:
        return lower
    for unit in words.units:
        if lower == plural(unit):
            return unit
    return None


# -- tense ---------------------------------------------------------------------------------------------------------

def clause_tense(token: Token, words: TimeWords) -> str | None:
    """PAST, FUTURE, PRESENT or None for the clause whose verb governs the token (news convention, as in HeidelTime)."""
    verb = governing_verb(token)
    while verb is not None:
        tense, finite = verb_tense(verb, words)
        if tense is not None or finite:
            return tense
        # an infinitive, participle or coordinated verb takes its time from the verb it hangs on:
        # "is scheduled to speak", "has campaigned, attending rallies since February"
        if verb.dep_ not in ("xcomp", "conj", "advcl") or verb.head.i == verb.i:
            return None
        verb = governing_verb(verb.head)
    return None


def governing_verb(token: Token) -> Token | None:
    while token.pos_ not in ("VERB", "AUX"):
        if token.head.i == token.i:
            return None
        token = token.head
    return token


def verb_tense(verb: Token, words: TimeWords) -> tuple[str | None, bool]:
    """(tense, whether the verb is finite); a non-finite verb has no tense of its own."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    aux_lemmas = {lemma(a) for a in auxiliaries}
    tags = {verb.tag_} | {a.tag_ for a in auxiliaries}
    if aux_lemmas & words.future_auxiliaries:
        return FUTURE, True
    if "have" in aux_lemmas or "VBD" in tags:  # perfect or simple past
        return PAST, True
    if "MD" in tags:  # would, could, may: not past, but not plainly future either
        return PRESENT, True
    present = bool(tags & {"VBZ", "VBP"})
    if present and lemma(verb) in words.future_predicates:
        return FUTURE, True
    if present and verb.tag_ == "VBG":  # present progressive of a planned event: "is meeting on Friday"
        return FUTURE, True
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and not auxiliaries:  # "the talks scheduled for Friday"
        return (FUTURE if lemma(verb) in words.future_predicates else PAST), True
    return (PRESENT, True) if present else (None, False)


def lemma(token: Token) -> str:
    return (token.lemma_ or token.lower_).lower()


# -- resolving -----------------------------------------------------------------------------------------------------

def parse_published(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def resolve_weekday(weekday: int, published: dt.date | None, tense: str | None,
                    direction: str | None) -> tuple[str | None, str]:
    """A bare weekday: the publication day itself, else the one before or after it within a week, by tense."""
    if published is None:
        return None, "day"
    ahead = (weekday - published.weekday()) % 7
    if direction == PAST:
        return (published - dt.timedelta(days=(7 - ahead) if ahead else 7)).isoformat(), "day"
    if direction == FUTURE:
        return (published + dt.timedelta(days=ahead or 7)).isoformat(), "day"
    if ahead == 0:
        return published.isoformat(), "day"
    back = 7 - ahead
    if tense == FUTURE or (tense == PRESENT and ahead < back):
        return (published + dt.timedelta(days=ahead)).isoformat(), "day"
    return (published - dt.timedelta(days=back)).isoformat(), "day"


def resolve_month(core: Span, month: int, published: dt.date | None, tense: str | None,
                  direction: str | None) -> tuple[str | None, str]:
    """A month name without a year, with or without a day: the year is the one the tense points to."""
    day = day_of_month(core)
    granularity = "month" if day is None else "day"
    if published is None:
        return None, granularity
    year = choose_year(month, day, published, direction or tense, strict=direction is not None)
    if day is None:
        return f"{year:04d}-{month:02d}", granularity
    try:
        return dt.date(year, month, day).isoformat(), granularity
    except ValueError:  # "February 30"
        return None, granularity


def day_of_month(core: Span) -> int | None:
    for token in core:
        match = _DAY_NUMBER.match(token.text)
        if match and 1 <= int(match.group(1)) <= 31:
            return int(match.group(1))
    return None


def choose_year(month: int, day: int | None, published: dt.date, tense: str | None, strict: bool) -> int:
    """Past (or unknown): the latest such month (day) not after publication; future: the first not before;
    present: the nearest.

    `strict` excludes the publication month itself, for 'last March' and 'next March'.
    """
    pub_key = (published.month, published.day if day is not None else 0)
    key = (month, day or 0)
    if tense in (PAST, None):
        return published.year if key < pub_key or (key == pub_key and not strict) else published.year - 1
    if tense == FUTURE:
        return published.year if key > pub_key or (key == pub_key and not strict) else published.year + 1

    def distance(year: int) -> int:
        return abs((year * 12 + month) - (published.year * 12 + published.month))

    # ties go to the past, for the same reason as the default above
    return min((published.year - 1, published.year, published.year + 1), key=lambda y: (distance(y), y))


def resolve_with_dateparser(text: str, published: dt.date | None, tense: str | None) -> tuple[str | None, str] | None:
    """Explicit and relative dates ('March 3, 2022', 'last week', 'two days ago', 'yesterday', '2021')."""
    self_anchored = bool(re.search(r"\b(1[89]\d\d|20\d\d)\b", text))
    base = published.isoformat() if published is not None else _NEUTRAL_BASE
    date, period = parse_date(text, base, _PREFERENCE[tense])
    if date is None:
        return None
    if period == "time":
        # dateparser reads stray numbers as clock times: only real clock words count
        return (None, "time") if _CLOCK.search(text) else None
    value, granularity = format_period(date, period)
    if published is None and not self_anchored:
        value = None
    return value, granularity


def format_period(date: dt.date, period: str) -> tuple[str, str]:
    if period == "year":
        return f"{date.year:04d}", "year"
    if period == "month":
        return f"{date.year:04d}-{date.month:02d}", "month"
    if period == "week":  # the week is named by its Monday, to stay within the contract's value shapes
        return (date - dt.timedelta(days=date.weekday())).isoformat(), "week"
    return date.isoformat(), "day"  # "day" and "part_of_day"


@functools.lru_cache(maxsize=64)
def date_parser(base: str, preference: str) -> DateDataParser:
    settings = {"RELATIVE_BASE": dt.datetime.fromisoformat(base), "PREFER_DATES_FROM": preference,
                "RETURN_TIME_AS_PERIOD": True}
    return DateDataParser(languages=["en"], settings=settings)


@functools.lru_cache(maxsize=4096)
def parse_date(text: str, base: str, preference: str) -> tuple[dt.date | None, str | None]:
    """dateparser is slow: each (text, base, preference) is parsed once per process."""
    data = date_parser(base, preference).get_date_data(text)
    if data.date_obj is None:
        return None, None
    return data.date_obj.date(), data.period
