"""Time expressions in a story, found and resolved against the publication date as TIMEX3-style values."""
from __future__ import annotations

import datetime as dt
import functools
import re
import weakref
from bisect import bisect_left
from dataclasses import dataclass, replace
from importlib import resources

import yaml
from dateparser.date import DateDataParser
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from .. import lexicon
from .annotations import TimeMention, register_extensions, set_times
from .component import Component, factory
from .lemmas import silent_e
from .table import capitalised, token_table

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
# the modifiers of a time that bound a stretch by it rather than place an act at it ("before June", "until June",
# "since June"): the act may lie on the near side of the time
BOUNDS = frozenset(("before", "until", "since"))

_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_ISO_WEEK = re.compile(r"^(\d{4})-W(\d\d)(-WE)?$")
_DAY_NUMBER = re.compile(r"^(\d{1,2})(st|nd|rd|th)?$")
_CLOCK = re.compile(r"\d:\d\d|\b[ap]\.?m\.?(\s|$)|\bnoon\b|\bmidnight\b|o'clock", re.IGNORECASE)
_ISO_DATE = re.compile(r"^\d{4}-\d\d(-\d\d)?$")
_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$", re.IGNORECASE)
ORDINAL_WORDS = frozenset(("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                           "tenth", "last"))
# one step from the time the story is at: "the previous day", "a week later", "the day before"
_STEP_WORDS = {"before": -1, "earlier": -1, "after": 1, "later": 1}
# prepositions that join a date to an uncounted length after it ("on Monday after days of talks")
_LENGTH_LINKS = frozenset(("after", "before", "following", "amid"))
# the linking words inside a hyphenated compound of two times ('dusk-to-dawn', 'day-by-day', 'day-and-night')
_COMPOUND_LINKS = frozenset(("to", "by", "and", "till", "until"))
# the dependents that name a verb's participants, never a time of the verb ("left the country hours after")
_ARGUMENT_DEPS = frozenset(("dobj", "nsubj", "nsubjpass", "dative", "attr", "pobj"))
_STEP_ADJECTIVES = {"previous": -1, "preceding": -1, "following": 1, "next": 1}
# "the early hours of Sunday", "the small hours": the first hours after midnight, a part of the day
_SMALL_HOURS = frozenset(("early", "small", "wee"))
# parts of the day that a bounding preposition takes bare ("until evening"); "by night" tells a manner, not a bound
_BOUNDED_DAY_PARTS = frozenset(("morning", "afternoon", "evening"))
# what a reader of a time returns for an expression it knows names a time the story gave none for
NOT_PLACED = object()
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
    night_adverbs: frozenset[str]
    sudden_change: frozenset[str]
    relative_determiners: frozenset[str]
    units: frozenset[str]
    quantifiers: frozenset[str]
    ago: frozenset[str]
    event_anchored: frozenset[str]
    sequence_verbs: frozenset[str]
    past_signals: frozenset[str]
    age_markers: frozenset[str]
    future_auxiliaries: frozenset[str]
    future_predicates: frozenset[str]
    reported_future: frozenset[str]
    commissives: frozenset[str]
    directives: frozenset[str]
    prospective_nouns: frozenset[str]
    onset_measures: frozenset[str]
    prospective_modals: frozenset[str]
    affirmative_prospective_modals: frozenset[str]
    timetable: frozenset[str]
    deferrals: frozenset[str]
    last_moments: frozenset[str]
    signals: dict[str, str]  # bounding preposition -> modifier
    approximators: frozenset[str]
    focus_adverbs: frozenset[str]
    seasons: dict[str, str]  # season word -> TIMEX3 season code
    day_times: frozenset[str]
    sunday_before_on: frozenset[str]
    sunday_after: frozenset[str]
    programme_nouns: frozenset[str]
    range_joiners: frozenset[str]
    recurring: frozenset[str]
    aim_subjects: frozenset[str]
    indefinite: frozenset[str]
    holidays: dict[str, tuple[int, ...]]  # lower-case name -> (month, day), (month, weekday, nth, days after),
    # (days from Easter,) or () for a named day no rule places


@functools.cache
def load_time_words() -> TimeWords:
    text = resources.files("claimgraph").joinpath("data", "time_words.yaml").read_text(encoding="utf-8")
    data = yaml.load(text, Loader=lexicon.SafeLoader)
    modifiers = [(tuple(phrase.split()), kind) for kind in ("start", "mid", "end", "after")
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
        night_adverbs=words("night_adverbs"),
        sudden_change=words("night_adverbs", "sudden_change_lemmas"),
        relative_determiners=words("relative_determiners"),
        units=words("time_units"),
        quantifiers=words("duration_quantifiers"),
        ago=words("ago_words"),
        event_anchored=words("event_anchored_words"),
        sequence_verbs=words("sequence_verbs"),
        past_signals=words("past_signals"),
        age_markers=words("age_markers"),
        future_auxiliaries=words("future_auxiliaries", "lemmas"),
        future_predicates=words("future_predicates", "lemmas"),
        reported_future=words("reported_future_auxiliaries", "lemmas"),
        commissives=words("commissive_predicates", "lemmas"),
        directives=words("directive_predicates", "lemmas"),
        prospective_nouns=words("prospective_nouns", "lemmas"),
        onset_measures=words("onset_measures", "lemmas"),
        prospective_modals=words("prospective_modals", "lemmas"),
        affirmative_prospective_modals=words("affirmative_prospective_modals", "lemmas"),
        timetable=words("timetable_verbs", "lemmas"),
        deferrals=words("deferral_predicates", "lemmas"),
        last_moments=words("last_moment_idioms"),
        signals={k.lower(): v for k, v in data["signal_prepositions"]["modifiers"].items()},
        approximators=words("approximators"),
        focus_adverbs=words("focus_adverbs"),
        seasons={k.lower(): v for k, v in data["seasons"]["words"].items()},
        day_times=words("day_times"),
        sunday_before_on=words("sunday_titles", "before_on"),
        sunday_after=words("sunday_titles", "after"),
        programme_nouns=words("programme_nouns"),
        range_joiners=words("range_joiners"),
        recurring=words("recurring_determiners", "recurring"),
        aim_subjects=words("arranged_be", "aim_subjects"),
        indefinite=words("recurring_determiners", "indefinite"),
        holidays={**{k.lower(): tuple(int(x) for x in v.split("-")) for k, v in data["holidays"]["fixed"].items()},
                  **{k.lower(): tuple(v) for k, v in data["holidays"]["nth_weekday"].items()},
                  # one number: days from Easter Sunday; none: a named day no rule places
                  **{k.lower(): (int(v),) for k, v in data["holidays"]["easter_relative"].items()},
                  **{k.lower(): () for k in data["holidays"]["unplaced"]}},
    )


@factory("claimgraph_times_v1", alias="claimgraph_times",
         requires=["doc._.cg_published", "doc._.cg_front_matter", "doc.ents", "token.dep", "token.tag"],
         assigns=["doc.spans", "span._.cg_time"])
def make_times(nlp: Language, name: str) -> "TimeTagger":
    return TimeTagger(nlp.vocab)


class TimeTagger(Component):
    """Finds candidate expressions (NER DATE/TIME plus our patterns), sets their extent, then resolves each."""

    DATA = ("time_words.yaml", "attribution.yaml")

    def __init__(self, vocab) -> None:
        register_extensions()
        self.vocab = vocab

    def load(self) -> None:
        vocab = self.vocab
        self.words = load_time_words()
        # a day on a verb of saying dates the telling, not the act the story tells (event_day)
        self.saying_verbs = lexicon.words("attribution.yaml", "reporting_verbs")
        self.matcher = build_matcher(vocab, self.words)
        self.pattern_words = pattern_words(self.words)

    def __call__(self, doc: Doc) -> Doc:
        published = parse_published(doc._.cg_published)
        story_start = doc._.cg_front_matter or 0
        self.explicit_years = explicit_years(doc)
        mentions: list[TimeMention] = []
        for candidate in self.candidates(doc):
            mention = self.length_after_act(self.mention(candidate, published, mentions))
            if mention is not None and mention.span.start_char >= story_start:
                mentions.append(mention)
        self.set_annotations(doc, mentions)
        return doc

    def set_annotations(self, doc: Doc, mentions: list[TimeMention]) -> None:
        set_times(doc, mentions)

    @staticmethod
    def length_after_act(mention: TimeMention | None) -> TimeMention | None:
        """'freed on Sunday after two weeks in captivity': a length that 'after' or 'following' relates to an act
        bounds no point of the calendar, so the preposition is a signal outside the expression (TimeML 1.2.1
        SIGNAL), the length alone being the duration, as 'for' stays outside a counted length (time_words.yaml
        span_prepositions). PolNeAR train: 32 'after <counted length>', each a stretch ('after eight years in',
        'after 20 weeks', 'after a decade')."""
        if mention is None or mention.granularity != "duration" or len(mention.span) < 2 \
                or mention.span[0].lower_ not in {"after", "following"}:
            return mention
        span = mention.span
        return replace(mention, span=span.doc[span.start + 1:span.end])

    # -- finding -------------------------------------------------------------------------------------------------

    def candidates(self, doc: Doc) -> list[Span]:
        ours = [self.without_possessor_preposition(Span(doc, start, end)) for start, end in pattern_matches(
            self.matcher, doc, self.pattern_words, self.words.quantifiers)]
        ours += calendar_name_spans(doc, self.words) + year_spans(doc) + self.season_spans(doc)
        # the words of the times of day are found in one walk: alone they are our candidates, with their day
        # the tagger's labels do not rule them out
        bare_times, on_days = self.times_of_day(doc)
        ours += bare_times
        # "Russia Today", "CBS This Morning": our patterns do not reach into names the NER has found
        spans = [piece for ent in doc.ents if ent.label_ in ("DATE", "TIME")
                 for part in self.split_uncounted(self.after_argument(ent)) for piece in self.split_at_night(part)]
        labels = token_table(doc).ent_type  # each word's label read from the table, not from a Token
        spans += [s for s in ours if not any(labels[i] and labels[i] not in ("DATE", "TIME")
                                             for i in range(s.start, s.end))]
        spans += holiday_spans(doc, self.words)  # a holiday is a date, whatever label the tagger gives it
        spans += self.day_ranges(doc)  # checks the tagger's labels itself: "12" of "12-14 May" may be a CARDINAL
        spans += self.past_nights(doc)
        spans += on_days
        spans += self.that_spans(doc)
        return merge_overlapping([self.without_focus(t) for t in map(trim, spans) if t is not None])

    def without_possessor_preposition(self, span: Span) -> Span:
        """'the report on last month's cyberattack', 'a recanvass in last week's primary': a time in the possessive
        dates the noun after it, which is what the preposition before the time takes; the preposition is no part of
        the expression (PolNeAR train: 31 '<preposition> last/this/next <unit>'s')."""
        doc = span.doc
        if len(span) < 2 or span[0].lower_ not in self.words.prepositions or span.end >= len(doc) \
                or doc[span.end].lower_ not in ("'s", "’s"):
            return span
        return Span(doc, span.start + 1, span.end)

    def without_focus(self, span: Span) -> Span:
        """'only two days later', 'even three years later': the tagger may open a time with a focusing adverb, which
        says what the writer makes of the time, not which time it is (Quirk et al. 1985 §8.116; TimeML 1.2.1
        leaves it out of the TIMEX3). PolNeAR train: 6 'only/even <count> <unit> later/ago/before' (weak)."""
        start, lower = span.start, token_table(span.doc).lower
        while start < span.end - 1 and lower[start] in self.words.focus_adverbs:
            start += 1
        return span if start == span.start else Span(span.doc, start, span.end)

    def split_uncounted(self, ent: Span) -> list[Span]:
        """'on Monday after days of talks': the tagger runs a date on over a preposition into an uncounted length
        ('after days', 'following weeks'), which places nothing; the date ends before the preposition. PolNeAR
        train: 18 'after/before/following/amid days/weeks/months/years/hours/decades of'."""
        doc = ent.doc
        for k in range(ent.start + 1, ent.end - 1):
            unit = doc[k + 1]
            if doc[k].lower_ in _LENGTH_LINKS and unit.tag_ == "NNS" and unit.lower_[:-1] in self.words.units:
                return [Span(doc, ent.start, k)]
        return [ent]

    def after_argument(self, ent: Span) -> Span:
        """'left the country hours after he fell ill': the tagger may run a length on back over the noun phrase of
        the verb's object or subject before it ('the country hours' a TIME); the noun names no time, so the
        expression starts after it. PolNeAR train: 7 uncounted or counted lengths before 'after/before/later/ago'
        right after an object's noun ('found the posts years ago', 'the preservation request weeks before', 'a job
        years later'); weak."""
        doc = ent.doc
        cut = next((t.i for t in reversed(ent[:-1]) if t.dep_ in _ARGUMENT_DEPS and t.pos_ in ("NOUN", "PROPN", "PRON")
                    and not self.names_time(t)), None)
        if cut is None:
            return ent
        rest = [t for t in doc[cut + 1:ent.end] if not t.is_punct]
        if not rest or any(doc[cut].is_ancestor(t) for t in rest):
            return ent  # "the end of the month": the length hangs on the noun, which is part of the expression
        if len(rest) > 1 and (rest[-1].lower_ in self.words.ago or rest[-1].lower_ in self.words.anchors):
            # "ordered an inquiry two days later", "killed at the school three years ago": a step or an age after
            # the length is the expression's own end (PolNeAR train: 2 of 17 "<det> <noun> <length> later/earlier/
            # ago" tagged with the noun inside, both before "ago"; weak)
            rest = rest[:-1]
        if unit_of(rest[-1], self.words) is None or any(
                number_of(t) is None and t.lower_ not in self.words.quantifiers
                and t.lower_ not in self.words.approximators for t in rest[:-1]):
            return ent  # only a length after the noun is split off; what else follows it stays as tagged
        return Span(doc, cut + 1, ent.end)

    def names_time(self, token: Token) -> bool:
        """A word that names a time of its own: a weekday, month, year, unit, part of the day or deictic day."""
        lower = token.lower_
        return bool(is_weekday(token) or month_of(token) or _YEAR.match(token.text) or unit_of(token, self.words)
                    or lower in self.words.day_parts or lower in self.words.day_times
                    or lower in self.words.relative_days or lower in self.words.night_adverbs
                    or lower in self.words.seasons or lower in self.words.holidays)

    def split_at_night(self, ent: Span) -> list[Span]:
        """'fought for several hours overnight': the tagger runs a length on into the night adverb after it, which
        is a time of its own (the night the act fell in, `past_nights`); the two are split there. PolNeAR train: 14
        'overnight', none after a length (weak); TimeML 1.2.1 tags a duration and a part of day apart."""
        doc = ent.doc
        night = next((t.i for t in ent[1:] if t.lower_ in self.words.night_adverbs and t.dep_ in ("advmod",
                                                                                                   "npadvmod")), None)
        if night is None:
            return [ent]
        return [Span(doc, ent.start, night), Span(doc, night, ent.end)]

    def that_spans(self, doc: Doc) -> list[Span]:
        """'that night', 'that year': a day part or calendar unit after the determiner 'that', which the tagger
        may leave untagged (that_time places it)."""
        lower = token_table(doc).lower
        found = []
        for i in (j for j, word in enumerate(lower[:-1]) if word == "that"):
            unit = lower[i + 1]
            if (unit in self.words.day_parts or unit in ("day", "week", "month", "year")) and \
                    doc[i].dep_ == "det" and doc[i].head.i == i + 1:
                found.append(doc[i:i + 2])
        return found

    def past_nights(self, doc: Doc) -> list[Span]:
        """'Rebels shelled the city overnight': the adverb in a past clause (resolve places it). 'Overnight on Sunday',
        'overnight Tuesday': the adverb and the day it names are one expression, placed at that day, as 'from midnight
        on Sunday' is (TimeML 1.2.1: a part of day is valued on its day; PolNeAR train: 1, weak, with 3 'at midnight
        on <weekday>' read the same way)."""
        lower = token_table(doc).lower
        found = []
        for i in (j for j, word in enumerate(lower) if word in self.words.night_adverbs):
            k = i + 1 + (i + 1 < len(doc) and lower[i + 1] == "on")
            if k < len(doc) and is_weekday(doc[k]) and doc[i].dep_ in ("advmod", "npadvmod"):
                found.append(doc[i:k + 1])
            elif self.is_past_night(doc[i]):
                found.append(doc[i:i + 1])
        return found

    def times_of_day(self, doc: Doc) -> tuple[list[Span], list[Span]]:
        """(the times of day alone, the times of day on their days). 'Dawn', 'noon': a time of day alone, unless
        written capitalised inside a sentence, where it is a name's word ("the Golden Dawn party", "Operation
        Sunrise"; news style writes times of day in lower case). 'before dawn on Monday', 'at noon on Friday', 'the
        evening of last Tuesday': a time of day and the weekday it falls on are one expression, valued at the day
        (TimeML 1.2.1: a part of day is valued on its day; the claimgraph gold convention, as 'late on Friday' and
        'overnight on Sunday'), where the tagger may tag the two apart. PolNeAR train: 1 'night on Saturday', 3 'at
        midnight on <weekday>', 1 'early hours of Thursday' and 3 'morning/evening of <month> <day>'; UW train: 1
        'early hours of Thursday' (weak)."""
        table = token_table(doc)
        lower = table.lower
        alone = []
        found = []
        for i in (j for j, word in enumerate(lower) if word in self.words.day_times or word in self.words.day_parts
                  or word == "hours" and j > 0 and lower[j - 1] in _SMALL_HOURS):
            word = lower[i]
            if word in self.words.day_times and not (table.title[i] and i > 0 and not doc[i].is_sent_start):
                alone.append(Span(doc, i, i + 1))
                stretch = self.day_time_stretch(doc, i)
                if stretch is not None:
                    found.append(stretch)
            k = i + 1
            if k < len(doc) and lower[k] in ("on", "of"):
                k += 1
            while k < len(doc) and lower[k] in self.words.relative_determiners:
                k += 1
            first = i - 1 if word == "hours" else i  # "the early hours of Sunday": the hours' adjective with them
            if k < len(doc) and k > i + 1 and is_weekday(doc[k]):
                found.append(doc[first:k + 1])
            elif k + 1 < len(doc) and k > i + 1 and lower[k - 1] == "of" and month_of(doc[k]) \
                    and _DAY_NUMBER.match(doc[k + 1].text):
                # "on the evening of June 7", "the morning of Feb. 28": the day named by its date (PolNeAR train: 3)
                found.append(doc[first:k + 2])
            elif word in _BOUNDED_DAY_PARTS and i > 0 and self.words.signals.get(lower[i - 1]) in ("until", "before") \
                    and doc[i].pos_ == "NOUN" and doc[i].head.i == i - 1:
                # "burned until evening", "had withdrawn by morning": a part of the day with no determiner, bounded
                # as "until nightfall" is, is a time of day of its own (resolve places it on the story's day).
                # PolNeAR train: 'by morning', 'by midday' (and 'until/by' with dawn, nightfall: day_times); weak
                found.append(doc[i:i + 1])
        return alone, found

    def day_time_stretch(self, doc: Doc, i: int) -> Span | None:
        """'from midnight until dawn', 'from dusk to dawn', 'between midnight and dawn': two times of day that open and
        close one stretch are one expression, 'from' or 'between' with them, valued on the day it falls on as a time
        of day alone is (the claimgraph gold convention: one span for the stretch). PolNeAR train: 1 'from 8 a.m. to
        noon' (its clock times the tagger takes whole), none in UW or MEANTIME train (weak)."""
        table = token_table(doc)
        lower = table.lower
        if i < 1 or i + 2 >= len(doc) or lower[i - 1] not in ("from", "between"):
            return None
        joined = lower[i + 1] == "and" if lower[i - 1] == "between" else lower[i + 1] in self.words.range_joiners
        if not joined or lower[i + 2] not in self.words.day_times or table.title[i + 2]:
            return None  # a capitalised word is a name's ('from noon until Sunrise Radio ...')
        return doc[i - 1:i + 3]

    def is_past_night(self, token: Token) -> bool:
        """'Overnight' as the adverb of a past clause that is not negated; 'became a star overnight' (suddenly),
        'overnight talks' and 'overnight on Saturday' (the day named next to it dates the clause) are not."""
        if token.dep_ not in ("advmod", "npadvmod"):
            return False
        doc = token.doc
        after = doc[token.i + 1:token.i + 3]
        if any(is_weekday(t) or month_of(t) or t.lower_ in self.words.relative_days for t in after):
            return False
        verb = governing_verb(token)
        if verb is None or lemma(verb) in self.words.sudden_change or any(c.dep_ == "neg" for c in verb.children):
            return False
        return clause_tense(token, self.words) == PAST

    def day_ranges(self, doc: Doc) -> list[Span]:
        """'6 to 9 October', '12-14 May': day numbers joined before a month, which the tagger may leave apart from
        it ('6 to 9' a DATE, 'October' another)."""
        found = []
        table = token_table(doc)  # the words as read once: only a capitalised word is made a Token to test
        text, lower = table.text, table.lower
        for month in (doc[i] for i in capitalised(table) if i >= 1 and could_be_month(lower[i]) and month_of(doc[i])):
            last, joiner, first = doc[month.i - 1], doc[max(0, month.i - 2)], doc[max(0, month.i - 3)]
            if re.fullmatch(r"\d{1,2}[-\u2013]\d{1,2}", last.text):
                found.append(doc[last.i:month.i + 1])
            elif month.i >= 3 and _DAY_NUMBER.match(last.text) and _DAY_NUMBER.match(first.text) and joiner.lower_ in \
                    self.words.range_joiners and not any(t.ent_type_ and t.ent_type_ not in
                                                         ("DATE", "TIME", "CARDINAL") for t in doc[first.i:month.i]):
                found.append(doc[first.i:month.i + 1])
        # both ranges follow "from" or "between": only the word after one is tested
        for k in (j + 1 for j, word in enumerate(lower) if word == "from" or word == "between"):
            if k >= len(doc) - 2:
                break
            # "from 2014 to 2016", "between 2019 and 2021": two years joined after the word that opens a range
            opener = lower[k - 1]
            if _YEAR.match(text[k]) and _YEAR.match(text[k + 2]) and (
                    opener == "from" and lower[k + 1] in self.words.range_joiners
                    or opener == "between" and lower[k + 1] == "and"):
                found.append(doc[k:k + 3])
            if opener == "from" and lower[k] in WEEKDAYS and lower[k + 1] in self.words.range_joiners \
                    and lower[k + 2] in WEEKDAYS:
                # "from Monday until Wednesday": the tagger may tag the two days apart; as "from Feb. 11 to Feb. 16"
                # it names both ends of one stretch (PolNeAR train: 7 "from <date> to/through <date>", all ranges)
                found.append(doc[k:k + 3])
        return found

    def mention(self, candidate: Span, published: dt.date | None,
                previous: list[TimeMention] = ()) -> TimeMention | None:
        doc = candidate.doc
        if self.names_no_time(candidate):
            return None
        counted_back = self.counted_from_event(candidate, published, previous)
        if counted_back is not None:
            return counted_back
        from_story = self.from_story_time(candidate, previous, published)
        if from_story is not None:
            return from_story
        told = self.that_time(candidate, previous)
        if told is not None:
            return None if told is NOT_PLACED else told
        inner = self.extend_left(candidate)
        if doc[inner].lower_ == "for" and any(is_cardinal(t) for t in doc[inner:candidate.end]):
            inner += 1  # "for about 14 hours": the counted length is the expression
        start, signal = self.signal_before(doc, inner)
        if previous and previous[-1].span.end > start:
            # "two days before Tuesday's vote": the preposition already ends the length before it
            start, signal = inner, None
        expression = doc[start:candidate.end]
        core_start, modifier = self.strip_front(doc[inner:candidate.end])
        core = doc[core_start:expression.end]
        if (len(core) == 0 or self.is_age(core) or self.is_event_anchored(core) or in_compound_word(core)
                or self.in_title(expression)):
            return None
        since = self.since_length(core, published)
        if since is not None:
            return TimeMention(expression, since[0], since[1], "since")
        if modifier == "end" and signal == "before" and self.is_current_period(core) in {"year", "month"} \
                and published:
            # "before the end of the year", "by the end of the month": a deadline, the last day of the period
            last = dt.date(published.year, 12, 31) if self.is_current_period(core) == "year" else \
                dt.date(published.year + published.month // 12, published.month % 12 + 1, 1) - dt.timedelta(days=1)
            return TimeMention(expression, last.isoformat(), "day", signal)
        tense = self.tense(expression)
        if expression[0].lower_ == "for" and any(t.lower_ in WEEKDAYS for t in core):
            # "called a general strike for Friday", "a rally planned for Thursday": the day something is set for
            # lies ahead of the telling (PolNeAR train: 10 of 11 "for <weekday>" name a day ahead or the day itself)
            tense = FUTURE
        if signal == "before" and expression[0].lower_ == "by" and not met_by(expression.root):
            # "must reach an agreement by Saturday", "vowed to clear the region by spring": a deadline lies ahead,
            # unless a past perfect tells it met ("had filed compliance reports by Wednesday"; UW and PolNeAR
            # train: 1 of 10 "by <weekday or month>" in a past perfect clause, the rest ahead)
            tense = FUTURE
        if signal == "until" and expression[0].head.pos_ == "VERB" and lemma(expression[0].head) in \
                self.words.deferrals:
            # "the talks have been postponed until October 4": the day an act is put off to lies ahead of the
            # putting off, whatever the tense of the clause that tells it (time_words.yaml deferral_predicates)
            tense = FUTURE
        ahead = self.length_ahead(expression, core, published, tense)
        if ahead is not None:
            return ahead
        base = published
        if signal == "until" and allowed_time(expression):
            # "gave investigators until December 8 to report", "have until Friday at noon to put their names in":
            # the time allowed for an act is a deadline, which lies after the granting whatever the clause's tense,
            # so the first such day from the day the story is at (UW train 2 "gave X until <time> to <verb>",
            # PolNeAR train 2 "have until <time> to <verb>", all four ahead; weak)
            tense, base = FUTURE, self.event_day(previous) or published
        resolved = self.resolve(core, base, tense, previous)
        if resolved is None:
            return None
        value, granularity = resolved
        first, granularity, last = self.range_points(core, published, tense, previous, value, granularity)
        return TimeMention(expression, first, granularity, signal or modifier, last)

    def range_points(self, core: Span, published: dt.date | None, tense: str | None, previous: list[TimeMention],
                     value: str | None, granularity: str) -> tuple[str | None, str, str | None]:
        """(first, last) of a range: '3 to 5 March', 'between Monday and Wednesday', 'June 20 to June 22' name both
        ends (TimeML 1.2.1 writes such a range as two points); 'the week to Friday' a length ending at a point. A
        single time keeps its value and no last point. Returns (first, granularity, last)."""
        doc = core.doc
        days = re.fullmatch(r"(\d{1,2})[-\u2013](\d{1,2})", core[0].text)
        if days and granularity == "month" and value and re.fullmatch(r"\d{4}-\d\d", value):
            # "12-14 May" written as one token: both days in the month resolved
            year, month = int(value[:4]), int(value[5:])
            a, b = int(days.group(1)), int(days.group(2))
            if a < b and valid_date(year, month, a) and valid_date(year, month, b):
                return f"{value}-{a:02d}", "day", f"{value}-{b:02d}"
            return value, granularity, None
        cut = next((t.i for t in core[1:-1] if t.lower_ in self.words.range_joiners
                    or t.lower_ == "and" and (doc[core.start - 1:core.start].text.lower() == "between"
                                              or core[0].lower_ == "between")), None)
        if cut is None or value is None or granularity not in ("day", "month", "year"):
            return value, granularity, None
        right = doc[cut + 1:core.end]
        left = doc[core.start:cut]
        if left and left[0].lower_ in ("between", "from"):
            left = doc[left.start + 1:left.end]
        if not right or not left or not any(is_weekday(t) or month_of(t) or _YEAR.match(t.text) or
                                            _DAY_NUMBER.match(t.text) for t in right):
            return value, granularity, None
        end = self.resolve(right, published, tense, previous)
        right_days = [t for t in right if is_weekday(t)]
        if granularity == "day" and value and _ISO_DATE.match(value) and len(right_days) == 1 and any(
                is_weekday(t) for t in left) and not any(
                month_of(t) or _YEAR.match(t.text) for t in right) and self.direction(right) is None:
            # "from Monday through Wednesday": the end is the first such weekday after the starting one, whatever
            # the clause's tense made of it alone (the nearest-day reading may put it before the start)
            end = resolve_weekday(WEEKDAYS.index(right_days[0].lower_), dt.date.fromisoformat(value), None, FUTURE)
        if end is None or end[0] is None or end[1] != granularity or not _ISO_DATE.match(end[0]) and \
                not _YEAR.match(end[0]):
            return value, granularity, None
        last = end[0]
        length = counted_length([t for t in left if t.lower_ not in ("the", "a")], self.words, bare_is_one=True)
        if length is not None and not any(is_weekday(t) or month_of(t) for t in left):
            # "the week to Friday", "the ten days to 4 May": the length counted back from the last point
            if granularity != "day" or length[1] not in ("day", "week"):
                return value, granularity, None
            days = length[0] * (7 if length[1] == "week" else 1)
            return (dt.date.fromisoformat(last) - dt.timedelta(days=days - 1)).isoformat(), granularity, last
        if last <= value:
            return value, granularity, None  # the right side is no later point: no range read
        return value, granularity, last

    # -- names, signals and anchored lengths -------------------------------------------------------------------

    def names_no_time(self, span: Span) -> bool:
        """'2017-18' (a season or fiscal year), 'zero-hours' (a word glued on), 'the Today show' (a title)."""
        doc = span.doc
        first, last = span[0], span[-1]
        if len(span) == 1 and first.lower_ in self.words.seasons and first.dep_ in ("compound", "amod", "nmod"):
            return True  # "winter exercises": the season describes the noun, it does not date anything
        if span.start >= 2 and doc[span.start - 1].text in ("-", "\u2013") and not doc[span.start - 2].whitespace_ \
                and unit_of(first, self.words) and not doc[span.start - 2].like_num:
            return True  # "part-time", "man-hours": a unit glued into a word
        if first.lower_ in ("zero", "no", "0") and unit_of(last, self.words):
            return True  # "zero-hours contracts": no length of time
        words = [t.lower_ for t in span if t.lower_ != "at"]
        if words == ["the", "last", last.lower_] and last.lower_ in self.words.last_moments \
                and (first.lower_ == "at" or span.start > 0 and doc[span.start - 1].lower_ == "at"):
            return True  # "raised demands at the last minute": as late as could be, no length nor date
        if _YEAR.match(last.text) and span.end + 1 < len(doc) and doc[span.end].text in ("-", "\u2013", "/") \
                and re.fullmatch(r"\d\d", doc[span.end + 1].text):
            return True
        if re.fullmatch(r"(1[89]|20)\d\d[-\u2013/]\d\d", first.text) or re.search(
                r"\b(1[89]|20)\d\d ?[-\u2013/] ?\d\d\b(?![-/]\d)", span.text):
            return True
        if self.in_sunday_title(span) \
                or not day_titles(doc, self.words).keys().isdisjoint(range(span.start, span.end)):
            return True
        holiday = next(iter(holiday_spans(span, self.words)), None)
        if holiday is not None and holiday[-1].dep_ in ("compound", "amod", "nmod") \
                and holiday[-1].head.pos_ in ("NOUN", "PROPN") and not span.start <= holiday[-1].head.i < span.end:
            return True  # "Christmas sales", "Black Friday deals": the holiday describes a noun, it dates nothing
        if holiday is not None and any(t.text in ("\u201d", '"') for t in doc[holiday.end:holiday.end + 2]):
            return True  # "How the Grinch Stole Christmas," : the end of a quoted title
        if holiday is not None and holiday.start > 0 and doc[holiday.start - 1].lower_ in ("merry", "happy"):
            return True  # "Merry Christmas": a greeting
        if programme_name(first, self.words):
            return True  # "Today programme presenters said": a programme's name, also where it opens a sentence
        # a deictic day word is written lower-case inside a sentence: capitalised there, it names a show
        return (first.lower_ in self.words.relative_days and first.text[:1].isupper() and not first.is_sent_start
                and first.i > 0 and not doc[first.i - 1].is_punct)

    def in_sunday_title(self, span: Span) -> bool:
        """'The Mail on Sunday', 'the Sunday Times': a newspaper named after its day."""
        table = token_table(span.doc)  # asked of every candidate: its words read from the table, no Token
        lower, text, n = table.lower, table.text, len(table)
        for i in range(span.start, span.end):
            if lower[i] != "sunday" or not text[i][:1].isupper():
                continue
            if i >= 2 and lower[i - 1] == "on" and lower[i - 2] in self.words.sunday_before_on \
                    and text[i - 2][:1].isupper():
                return True
            if i + 1 < n and lower[i + 1] in self.words.sunday_after and text[i + 1][:1].isupper():
                return True
        return False

    def signal_before(self, doc: Doc, start: int) -> tuple[int, str | None]:
        """A bounding preposition ('since', 'until', 'by', 'before') that takes the expression, with an
        approximating adverb before it ('shortly before noon')."""
        if start == 0:
            return start, None
        word = doc[start - 1]
        if word.lower_ not in self.words.signals or word.pos_ not in ("ADP", "SCONJ", ""):
            return start, None
        if not governs(word, doc[start:start + 1]) and not any(t.head == word for t in doc[start:start + 3]):
            return start, None
        start -= 1
        if start > 0 and doc[start - 1].lower_ in self.words.approximators:
            start -= 1
        return start, self.words.signals[word.lower_]

    def counted_from_event(self, candidate: Span, published: dt.date | None,
                           previous: list[TimeMention]) -> TimeMention | None:
        """'came two weeks after the president vowed ...': a length counted from the time of the clause it hangs
        on, back (after) or ahead (before) to the event it names."""
        doc = candidate.doc
        if candidate.end >= len(doc) or doc[candidate.end].lower_ not in ("after", "before"):
            return None
        if candidate.start > 0 and doc[candidate.start - 1].lower_ == "for":
            # "had been photographing our positions for at least a week before they were stopped": a length that
            # is the object of 'for' says how long, and places nothing (PolNeAR train: 5 of 5 "for (more than |
            # nearly) N <unit>s before/after", each a duration: "was suspended for a month after ...")
            return None
        following = doc[candidate.end + 1] if candidate.end + 1 < len(doc) else None
        if following is None or following.is_punct:
            return None  # "three days before," is anchored to nothing we can see
        length = counted_length(candidate, self.words)
        uncounted = length is None
        if uncounted:
            length = self.uncounted_hours(candidate)
            if length is None:
                return None
        count, unit = length
        expression = doc[candidate.start:candidate.end + 1]
        tense = clause_tense(candidate.root, self.words)
        told = self.told_event(doc[candidate.end])
        # a deadline or plan ahead of publication ("given them until Sunday to leave, five days after ...") is no day
        # an act of the story fell on
        lead_day = next((parse_published(m.value) for m in previous if m.granularity == "day" and m.value
                         and not self.ahead_of(m, published)), None)
        sign = -1 if doc[candidate.end].lower_ == "after" else 1  # the event lies back (after) or ahead (before)
        apposed = self.apposed_day(candidate, previous)
        if apposed is not None and not uncounted:
            # "expelled four diplomats on Friday, two days after ... arrested an officer", "summoned the ambassador
            # on Tuesday, two days after the collision": the length set beside a day tells that day from the event
            # it names, which lies the length away from it (PolNeAR train: 2 "<day>, N days after/before")
            value, granularity = shift(apposed, sign * count, unit)
            return TimeMention(expression, value, granularity, "approx")
        own = self.noun_own_time(doc[candidate.end], published, previous)
        if own is not None:
            # "three weeks before last month's bombing", "days before the April 19 primary": the event named after
            # the preposition carries its own time, which the length is counted from, not from the day the story
            # is at; the value is where the length begins, as after a told event (PolNeAR train: 4 lengths before
            # or after a noun dated by a possessive or modifying time, 'just days before Tuesday's New Hampshire
            # primary', 'a few weeks before the April 19 primary'; weak)
            value, granularity = own
            base = dt.date.fromisoformat(value + ("-01" if granularity == "month" else ""))
            shifted, unit_granularity = shift(base, -count if sign > 0 else 0, unit)
            if granularity == "month" and unit_granularity == "day":
                return TimeMention(expression, shifted[:7], "month", "approx")  # no day finer than the event's
            return TimeMention(expression, shifted, unit_granularity, "approx")
        anchor = published
        if told:
            # "images taken about six hours after the launch show ...": whatever the clause's tense, "the launch"
            # is the event the story told and dated, so the length is counted from that day and from no other; with
            # no day told before it, the length places nothing (PolNeAR train: 27 counted or approximate lengths
            # before or after a definite or possessive phrase)
            anchor = self.noun_event_day(doc[candidate.end], previous) or self.event_day(previous) or lead_day
        elif tense == PAST:  # a past clause ("the strike came ...") is the story's main event, dated in its lead
            anchor = lead_day or published
        elif uncounted:
            return None  # "hours before the vote" ahead of the telling: no day told to count from
        if anchor is None:
            return TimeMention(expression, None, granularity_of(unit), "approx")
        if told:
            # "had gained access four months before the outage": the definite phrase names the event the lead told
            # and dated, so the length places the clause's own act from it, the other way. The value is where the
            # length begins, the earlier of the two acts (TimeML 1.2.1 beginPoint), as the counted lengths of the
            # gold files are ("came two weeks after the vow" is the vow's day, "on Tuesday, two days after the
            # collision" the collision's): after a told event that is the told event's own day
            sign = -sign if sign > 0 else 0
        value, granularity = shift(anchor, sign * count, unit)
        return TimeMention(expression, value, granularity, "approx")

    @staticmethod
    def apposed_day(candidate: Span, previous: list[TimeMention]) -> dt.date | None:
        """The day a counted length is set beside after a comma ("on Tuesday, two days after X"), or None."""
        doc = candidate.doc
        if candidate.start < 2 or doc[candidate.start - 1].text != "," or not previous:
            return None
        last = previous[-1]
        if last.granularity != "day" or not last.value or last.end_value or last.span.end != candidate.start - 1:
            return None
        return parse_published(last.value)

    def noun_own_time(self, preposition: Token, published: dt.date | None,
                      previous: list[TimeMention]) -> tuple[str, str] | None:
        """The day or month of a time that modifies the noun after 'after'/'before' ("last month's bombing",
        "Tuesday's vote", "the April 19 primary"), or None."""
        noun = next((c for c in preposition.children if c.dep_ == "pobj"), None)
        if noun is None or noun.pos_ != "NOUN":
            return None
        doc = noun.doc
        for child in noun.lefts:
            if child.dep_ not in ("poss", "compound", "nmod", "npadvmod", "amod"):
                continue
            words = doc[child.left_edge.i:child.right_edge.i + 1]
            if not any(self.names_time(t) for t in words) or any(unit_of(t, self.words) and is_cardinal(w)
                                                                for t in words for w in words):
                continue  # "a three-day visit": a length, no time
            span = trim(words)
            mention = self.mention(span, published, previous) if span is not None else None
            if mention is not None and mention.value and mention.granularity in ("day", "month") \
                    and _ISO_DATE.match(mention.value):
                return mention.value, mention.granularity
        return None

    @staticmethod
    def noun_event_day(preposition: Token, previous: list[TimeMention]) -> dt.date | None:
        """'A drone strike ... killed 11 people on Sunday ... a video posted hours after the strike': the day placed
        on the clause whose act or doer the noun after 'after'/'before' names again ('strike' the subject of
        'killed', or 'the raid' after 'raided'), over the last day the story reached (PolNeAR train: 13 counted or
        uncounted lengths before or after a definite noun that an earlier sentence with a date holds; weak)."""
        noun = next((c for c in preposition.children if c.dep_ == "pobj"), None) \
            or surface_definite_noun(preposition)
        if noun is None:
            return None
        name = lemma(noun)
        for mention in reversed(previous):
            if mention.granularity != "day" or not mention.value or mention.end_value:
                continue
            verb = governing_verb(mention.span.root)
            if verb is None or verb.i >= preposition.i:
                continue
            if lemma(verb) == name or any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and lemma(c) == name
                                          for c in verb.children):
                return parse_published(mention.value)
        return None

    def event_day(self, previous: list[TimeMention]) -> dt.date | None:
        """The last day the story placed an act on, leaving out the days of its tellings: in "X has test-fired a
        missile, the agency said on Wednesday ... It was fired early on Tuesday", the launch is Tuesday's."""
        for mention in reversed(previous):
            if mention.granularity != "day" or not mention.value or mention.end_value:
                continue
            verb = governing_verb(mention.span.root)
            if verb is None or lemma(verb) not in self.saying_verbs:
                return parse_published(mention.value)
        return None

    @staticmethod
    def ahead_of(mention: TimeMention, published: dt.date | None) -> bool:
        """Whether a placed day or month begins after the day of publication (a plan or a deadline)."""
        return bool(mention.value and _ISO_DATE.match(mention.value)) and begins_after(mention.value, published)

    def uncounted_hours(self, candidate: Span) -> tuple[int, str] | None:
        """'minutes after he had left', 'just hours before the talks': minutes or hours left uncounted before
        'after'/'before' still fall on the day of the event they are counted from, as a counted 'two hours after'
        does; 'the hours before' is a stretch, and uncounted days could be any day. PolNeAR train: 14 'minutes/hours
        after|before' with no count or article ('just hours after', 'came hours after'), each on its act's day."""
        tokens = [t for t in candidate if not t.is_punct]
        unit = unit_of(tokens[-1], self.words) if tokens else None
        if unit not in ("minute", "hour") or tokens[-1].lower_ == unit:
            return None
        if any(t.lower_ not in self.words.approximators and (t.lower_ not in self.words.quantifiers or t.lower_ in
                                                              ("the", "past", "last", "next")) for t in tokens[:-1]):
            return None
        return 0, unit

    def that_time(self, candidate: Span, previous: list[TimeMention]) -> TimeMention | object | None:
        """'In a video shown that night', 'Later that day', 'later that year': 'that' points back to the time the
        story is at, the last one it placed at the unit or finer (TimeML 1.2.1: anchored to another time); with none
        before it nothing is placed (NOT_PLACED). PolNeAR train: 61 'that night/day/evening/morning/afternoon/
        month/year' with 'that' a determiner, 10 of them after 'later' or 'earlier'."""
        doc = candidate.doc
        tokens = [t for t in candidate if not t.is_punct]
        start = candidate.start
        if tokens and tokens[0].lower_ in self.words.anchors:
            tokens = tokens[1:]
        elif start > 0 and doc[start - 1].lower_ in self.words.anchors:
            start -= 1  # "later that day": the adverb narrows the time, as in "later this month"
        if len(tokens) != 2 or tokens[0].lower_ != "that" or tokens[0].dep_ != "det":
            return None
        word = tokens[1].lower_
        unit = "day" if word in self.words.day_parts else unit_of(tokens[1], self.words)
        if unit not in ("day", "week", "month", "year") or word != unit and word not in self.words.day_parts:
            return None
        finest = {"day": ("day",), "week": ("day", "week"), "month": ("day", "month"),
                  "year": ("day", "month", "year")}[unit]
        anchor = next((m for m in reversed(previous) if m.value and m.granularity != "duration"), None)
        if anchor is None or anchor.granularity not in finest:
            return NOT_PLACED
        if anchor.granularity == "week" or unit == "year" and anchor.granularity != "day":
            if unit != "year" or not _YEAR.match(anchor.value[:4]):
                return (TimeMention(doc[start:candidate.end], anchor.value, "week", None)
                        if anchor.granularity == "week" else NOT_PLACED)
            return TimeMention(doc[start:candidate.end], anchor.value[:4], "year", None)
        if unit == "month" and anchor.granularity == "month":
            return TimeMention(doc[start:candidate.end], anchor.value[:7], "month", None)
        try:
            day = dt.date.fromisoformat(anchor.value[:10])
        except ValueError:
            return NOT_PLACED
        return TimeMention(doc[start:candidate.end], *format_period(day, unit), None)

    def told_event(self, preposition: Token) -> bool:
        """Whether 'before'/'after' takes a definite common noun ('the outage', 'its launch') on a verb other than
        one of sequence ('the strike came two weeks after the vow' keeps the clause as the story's event): such a
        noun refers back to an event already told. PolNeAR train: 34 counted lengths before or after a definite
        phrase, 24 of them a common noun ('two days before the crash', 'seven months before the attack'), 5 after
        'come'."""
        noun = next((c for c in preposition.children if c.dep_ == "pobj"), None)
        if noun is None and preposition.dep_ == "mark" and misread_reduced_relative(preposition.head):
            # "images taken six hours after the launch show ...": the parser may take the reduced relative's
            # participle for the sentence's verb and "the launch show ..." for a clause; the words right after the
            # preposition still name the event
            noun = surface_definite_noun(preposition)
            if noun is None or not all(lemma(c) in ("the", "its", "their", "his", "her") for c in noun.lefts):
                return False
        if noun is None or noun.pos_ != "NOUN" or any(c.dep_ in ("relcl", "acl", "ccomp")
                                                     and not self.misplaced_content(c) for c in noun.children):
            return False
        if not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            return False
        verb = governing_verb(preposition)
        return verb is None or lemma(verb) not in self.words.sequence_verbs

    def misplaced_content(self, clause: Token) -> bool:
        """'told reporters two days after the seizure that she planned to ...': a 'that' clause the parser hangs on
        the noun of a time phrase as a relative clause, where the verb of saying the phrase dates has no content of
        its own, is that verb's content, not a clause about the noun (PolNeAR train: 7 of 8 '<verb of saying> <prep>
        <det> <noun> that' open the verb's content: 'said at the hearing that', 'said in his speech that'; weak)."""
        first = clause.doc[clause.left_edge.i]
        if clause.dep_ != "relcl" or first.lower_ != "that":
            return False
        verb = governing_verb(clause.head)
        return verb is not None and lemma(verb) in self.saying_verbs and not any(
            c.dep_ == "ccomp" for c in verb.children)

    def length_ahead(self, expression: Span, core: Span, published: dt.date | None,
                     tense: str | None) -> TimeMention | None:
        """'will vote in two weeks', 'would know in six months': 'in' and a counted length on a clause in the future
        tense place the event that far after the telling (TimeML 1.2.1: a DATE, not a DURATION, where it answers
        'when'). A clause not in the future tense ('to create jobs in seven years', 'rose 5% in three months') keeps
        the length, which there says how long it took, as does one after a counted result ('will hire 500 workers in
        five years') (PolNeAR train: 9 'in' + counted length under will/would/to, 6 of them a point ahead, the other 3
        after a counted result or a 'to' of purpose)."""
        if tense != FUTURE or published is None or expression[0].lower_ != "in" or core.start != expression.start + 1:
            return None
        if not self.is_duration(core) or core[0].lower_ == "the":
            return None  # "in the next two weeks", "in the coming months": a stretch the act falls within, no point
        verb = governing_verb(core.root)
        if verb is not None and any(c.dep_ in ("dobj", "npadvmod", "prep") and c.i < expression.start and any(
                g.dep_ == "nummod" or g.like_num for g in c.subtree) for c in verb.children):
            return None  # 'to hire 500 workers in five years': a counted result, reached within the length
        length = counted_length(core, self.words, bare_is_one=True)
        if length is None or length[1] not in ("day", "week", "month", "year"):
            return None
        value, granularity = shift(published, length[0], length[1])
        return TimeMention(expression, value, granularity, "approx")

    def from_story_time(self, candidate: Span, previous: list[TimeMention],
                        published: dt.date | None = None) -> TimeMention | None:
        """'the previous day', 'the following month', 'the day before', 'a week later': one step (or a counted
        number of them) from the last time the story placed at that unit or finer, which is the time the
        narrative is at (TimeML 1.2.1: such expressions take the time of another event as their anchor). Without
        such a time before them they are not placed."""
        doc = candidate.doc
        tokens = [t for t in candidate if not t.is_punct]
        if not tokens:
            return None
        end = candidate.end
        words = [t.lower_ for t in tokens]
        direction = None
        # "the day before", "the week after": an adverb the tagger leaves outside the expression
        if end < len(doc) and doc[end].lower_ in _STEP_WORDS and doc[end].dep_ in ("advmod", "prep") \
                and not any(c.dep_ == "pobj" for c in doc[end].children) and words[0] == "the" and len(words) == 2:
            direction, end = _STEP_WORDS[doc[end].lower_], end + 1
        elif words[-1] in _STEP_WORDS and len(words) >= 2:
            direction = _STEP_WORDS[words[-1]]
            words = words[:-1]
        elif len(words) == 3 and words[0] == "the" and words[1] in _STEP_ADJECTIVES:
            direction = _STEP_ADJECTIVES[words[1]]
            words = words[2:]
        if direction is None:
            return None
        unit = unit_of(doc[candidate.start + len(words) - 1], self.words) if words else None
        if unit is None and words:
            unit = next((u for u in (unit_of(t, self.words) for t in tokens) if u), None)
        if unit not in ("day", "week", "month", "year"):
            return None
        if words[-1] != unit and not any(is_cardinal(t) for t in tokens):
            return None  # "years later", "days before": no step the story's time can be moved by
        if words[0] in ("the", "a", "an") and len(words) == 2 or len(words) == 1:
            count = 1
        else:
            length = counted_length(doc[candidate.start:candidate.start + len(words)], self.words)
            if length is None:
                return None
            count = length[0]
        finest = {"day": ("day",), "week": ("day",), "month": ("day", "month"), "year": ("day", "month", "year")}
        # the time the narrative is at is the last one placed; coarser than the step, it cannot be stepped from.
        # "was told of the arrest only two days later": an act the clause names by a definite noun was placed
        # before, and the step is counted from it
        anchor = self.named_act_time(candidate, previous) \
            or next((m for m in reversed(previous) if m.value and m.granularity != "duration"), None)
        if anchor is not None and self.ahead_of(anchor, published) and clause_tense(candidate.root, self.words) \
                == PAST:
            # "are due to meet next month. A second outage two days later has not been explained": a plan ahead of
            # publication is no time the narrative of past acts is at; the step counts from the last act the story
            # dated, its tellings left out (`event_day`)
            day = self.event_day([m for m in previous if not self.ahead_of(m, published)])
            anchor = TimeMention(candidate, day.isoformat(), "day") if day is not None else None
        if anchor is None or anchor.granularity not in finest[unit] or not (
                _ISO_DATE.match(anchor.value) or anchor.granularity == "year" and _YEAR.match(anchor.value)):
            return None
        value = anchor.value + {"day": "", "month": "-01", "year": ""}.get(anchor.granularity, "")
        if anchor.granularity == "year":
            value = anchor.value[:4] + "-01-01"
        elif len(value) == 7:
            value += "-01"
        try:
            base = dt.date.fromisoformat(value)
        except ValueError:
            return None
        shifted, granularity = shift(base, direction * count, unit)
        before = doc[candidate.start - 1].lower_ if candidate.start > 0 else ""
        if unit == "week" and tokens[0].lower_ == "the" and words[-1] == "week" and not (
                before in ("over", "within", "for", "during", "throughout")):
            # "talks opened on Nov. 28 and resumed the following week", "the week after": a calendar week, written
            # as "last week" is (2024-W49); "a week later" is a day, and "over the next week" a stretch, left as
            # they were (PolNeAR train: 11 "the following/next week|month", 4 "the week/month after")
            return TimeMention(doc[candidate.start:end], *format_period(dt.date.fromisoformat(shifted), "week"), None)
        return TimeMention(doc[candidate.start:end], shifted, granularity, None)

    @staticmethod
    def named_act_time(candidate: Span, previous: list[TimeMention]) -> TimeMention | None:
        """The day placed on an act that the clause of a step names again by a definite noun ('who was arrested
        last Tuesday ... his family was told of the arrest only two days later'): the noun refers back to the act
        told and dated before (TimeML 1.2.1: the step takes that event's time as its anchor), as a length before or
        after such a noun is counted from it (`told_event`; PolNeAR train: 24 of 34 counted lengths before or after
        a definite phrase name an event told before; no 'later' with such a noun in the clause - weak)."""
        verb = governing_verb(candidate.root)
        if verb is None:
            return None
        nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
        nouns += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        named = {lemma(n) for n in nouns if n.pos_ == "NOUN" and not (candidate.start <= n.i < candidate.end)
                 and any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the" for c in n.children)}
        if not named:
            return None
        for mention in reversed(previous):
            if mention.granularity != "day" or not mention.value or mention.end_value:
                continue
            placed = governing_verb(mention.span.root)
            if placed is not None and placed.i < candidate.start and lemma(placed) in named:
                return mention
        return None

    def since_length(self, core: Span, published: dt.date | None) -> tuple[str | None, str] | None:
        """'over the past ten days', 'in the last three months': a stretch reaching up to publication, placed
        at its start."""
        words = [t.lower_ for t in core]
        if len(words) < 3 or words[0] != "the" or words[1] not in ("past", "last"):
            return None
        length = counted_length(core[2:], self.words, bare_is_one=True)
        if length is None or not any(is_cardinal(t) for t in core[2:]):
            return None
        count, unit = length
        if published is None:
            return None, granularity_of(unit)
        return shift(published, -count, unit)

    def is_current_period(self, core: Span) -> str | None:
        """'the year', 'the month': the period publication falls in."""
        words = [t.lower_ for t in core]
        if len(words) == 2 and words[0] in ("the", "this") and words[1] in ("year", "month", "week"):
            return words[1]
        return None

    def season_spans(self, doc: Doc) -> list[Span]:
        """'last summer', 'by spring', 'in the winter of': a season word that is a time, not a modifier
        ('winter exercises')."""
        spans = []
        lower = token_table(doc).lower
        for token in (doc[i] for i in range(len(doc)) if lower[i] in self.words.seasons):
            if token.dep_ in ("compound", "amod", "nmod") or not_a_season(token):
                continue
            start = token.i
            if start > 0 and doc[start - 1].lower_ in self.words.relative_determiners:
                start -= 1
            elif not (token.dep_ == "pobj" or (start > 0 and doc[start - 1].pos_ == "ADP")):
                continue
            elif start > 1 and doc[start - 1].lower_ == "the" and doc[start - 2].pos_ == "ADP":
                start -= 1  # "before the autumn", "in the spring": the article belongs to the expression
            spans.append(doc[start:token.i + 1])
        return spans

    def extend_left(self, span: Span) -> int:
        """Start of the expression: a modifier, then a placing preposition, then 'earlier'/'later' before it."""
        doc = span.doc
        start = self.modifier_before(doc, span.start)
        preposition = doc[start - 1] if start > 0 else None
        counted = preposition is not None and preposition.lower_ == "for" and any(
            is_cardinal(t) for t in doc[start:span.end])
        if preposition is not None and preposition.lower_ in self.words.prepositions and governs(
                preposition, doc[start:span.end]) and not counted:
            start -= 1
            if start == span.start - 1:
                # "late on Friday", "early on Monday": a modifier before the placing preposition is the
                # expression's too, as in "late September"
                start = self.modifier_before(doc, start)
        # "earlier Thursday", "later on Friday"; but "three days earlier" is anchored elsewhere and ends a span
        if start > 0 and doc[start - 1].lower_ in self.words.anchors and not (
                start > 1 and unit_of(doc[start - 2], self.words)):
            start -= 1
        return start

    def modifier_before(self, doc: Doc, start: int) -> int:
        """Start of a modifier phrase ending just before `start` ('late', 'the end of', 'mid-'), else `start`."""
        table = token_table(doc)  # every modifier phrase is compared: the words read once, no Span or Token
        lower = table.lower
        before = start - 1 if start > 0 and table.text[start - 1] == "-" else start
        for phrase, _ in self.words.modifiers:
            if before >= len(phrase) and tuple(lower[before - len(phrase):before]) == phrase:
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
        table = token_table(doc)  # as in modifier_before
        lower = table.lower
        for phrase, kind in self.words.modifiers:
            stop = i + len(phrase)
            if stop < end and tuple(lower[i:stop]) == phrase:
                if table.text[stop] == "-":  # "mid-July"
                    stop += 1
                return stop, kind
        return None

    def tense(self, expression: Span) -> str | None:
        """'since March' can only look back; otherwise the clause decides."""
        doc = expression.doc
        if expression[0].lower_ in self.words.past_signals or (
                expression.start > 0 and doc[expression.start - 1].lower_ in self.words.past_signals):
            return PAST
        if measure_onset(expression.root, self.words) is not None:
            return FUTURE  # "announced a ban on imports from Saturday": a measure is told before it starts
        if expression.start > 0 and doc[expression.start - 1].tag_ == "VBD" and expression[0].pos_ == "ADP":
            # "said on Thursday it would ...": the day right after a past verb dates that verb, even where the
            # parse hangs it on the reported clause (PolNeAR train: 42 "said/told/announced/... on <weekday>")
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

    def resolve(self, core: Span, published: dt.date | None, tense: str | None,
                previous: list[TimeMention] = ()) -> tuple[str | None, str] | None:
        """(value, granularity), or None when the words are not a time we can place or measure."""
        if self.is_duration(core):
            return None, "duration"
        holiday = next(iter(holiday_spans(core, self.words)), None)
        if holiday is not None:
            before = core.start > 0 and self.words.signals.get(core.doc[core.start - 1].lower_) in ("before", "until")
            if tense == PAST and before or tense is None:
                # "the debate was held the Saturday before Christmas", read on 23 December: a past clause may be
                # bounded by a holiday still to come; without a tense the nearest one is meant
                tense = PRESENT
            return resolve_holiday(self.words.holidays[holiday_key(holiday)], published,
                                   self.direction(core) or tense), "day"
        bare = [t for t in core if t.lower_ not in ("between", "from")]
        if len(bare) == 3 and _YEAR.match(bare[0].text) and _YEAR.match(bare[2].text):
            return bare[0].text, "year"  # "2014 to 2016": a range of years, placed at its first
        month = next((m for m in map(month_of, core) if m), None)
        if month is not None and not any(_YEAR.match(t.text) for t in core):
            named = self.named_month_day(core, month, previous)
            if named is not None:
                return named
            resolved = resolve_month(core, month, published, tense, self.direction(core), self.explicit_years)
            return self.narrative_year(core, month, resolved, tense, previous) or resolved
        weekday = next((WEEKDAYS.index(t.lower_) for t in core if is_weekday(t)), None)
        if weekday is not None and month is None:
            apposed = self.apposed_date(core, previous)
            if apposed is not None:
                return apposed
            if self.any_such_day(core):
                return None  # "every Friday", "on a Tuesday": a set of days or any one of them, no date
            if self.direction(core) is None:
                # the story placed this weekday already ("starts next Saturday ... open on Saturday"): the same day
                named = next((m for m in reversed(previous) if m.granularity == "day" and m.value
                              and any(is_weekday(t) and WEEKDAYS.index(t.lower_) == weekday for t in m.span)), None)
                if named is not None and named.end_value:
                    # "between Monday and Wednesday ... on Wednesday": the range's point on that weekday
                    days = [t for t in named.span if is_weekday(t)]
                    if WEEKDAYS.index(days[-1].lower_) == weekday and days[-1].i != days[0].i:
                        named = TimeMention(named.span, named.end_value, "day")
                if named is not None and tense_allows(named.value, published, tense):
                    return named.value, "day"
            resolved = resolve_weekday(weekday, published, tense, self.direction(core))
            if self.direction(core) is None and tense == FUTURE:
                told = self.after_telling_day(core, weekday, published, previous)
                if told is not None:
                    return told
            if self.direction(core) is None:
                return self.after_planned_day(core, weekday, resolved, published, previous) or resolved
            return resolved
        season = next((self.words.seasons[t.lower_] for t in core if t.lower_ in self.words.seasons), None)
        if season is not None:
            # "the fall of 2016", "spring 2019": the season of the year named (dateparser reads neither)
            year = next((int(t.text) for t in core if _YEAR.match(t.text)), None)
            lowers = [t.lower_ for t in core]
            if year is None and published is not None and "year" in lowers[1:]:
                # "the spring of next year", "last year's autumn": the year the determiner before it picks
                step = {"next": 1, "coming": 1, "last": -1, "previous": -1, "this": 0}.get(
                    lowers[lowers.index("year", 1) - 1])
                year = published.year + step if step is not None else None
            if year is None:
                return resolve_season(season, published, tense, self.direction(core))
            return f"{year:04d}-{season}", "season"
        if any(t.lower_ in self.words.day_times for t in core) or len(core) == 1 and core[0].lower_ in \
                _BOUNDED_DAY_PARTS or (
                _CLOCK.search(core.text) and not any(t.lower_ in self.words.relative_days for t in core)):
            # a time of day right before the day it falls on ("from midnight on Sunday", "at noon Thursday",
            # "shortly before dawn on Monday") is on that day, read as the day itself would be
            named = self.day_after_time_of_day(core)
            if named is not None:
                return self.resolve(named, published, tense, previous)
            # a time of day alone is placed on the day the narrative is at; one that stands as a line of its own
            # is the stamp of a live story's entry ("___. 2 p.m. Hillary Clinton is ..."), written on the day of
            # publication whatever day the entry before it told of (PolNeAR train: 187 such stamps in 8 articles)
            day = None if stamp_line(core) else next(
                (m.value for m in reversed(previous) if m.granularity == "day" and m.value), None)
            if day is None and published is not None:
                day = published.isoformat()
            return day, "day"
        if len(core) == 1 and core[0].lower_ in self.words.night_adverbs:
            if not self.is_past_night(core[0]):
                return None
            # the night that ended on the morning the story is published: a report of the day tells of the night
            # just past, whose hours after midnight fall on the day of publication, the day its acts are dated on
            # ('fought overnight ..., shelling two posts shortly after midnight'); the claimgraph gold convention
            return (None if published is None else published.isoformat()), "day"
        weekend = self.weekend(core, published, tense)
        if weekend is not None:
            return weekend
        period = self.is_current_period(core)
        if period is not None and published is not None:
            return format_period(published, period)
        if self.has_time_cue(core):
            return resolve_with_dateparser(core.text, published, tense)
        return None

    def day_after_time_of_day(self, core: Span) -> Span | None:
        """The weekday (with its "next", "last" or "this") right after a time of day, alone or after "on" or "of": the
        day a time of day falls on, where the expression was not taken as one ("midnight on Sunday"). TimeML 1.2.1
        gives such a time the date of its day; UW train: 3 "at noon/midnight <weekday>", PolNeAR train: 1."""
        doc = core.doc
        i = core.end
        if i < len(doc) and doc[i].lower_ in ("on", "of"):
            i += 1
        start = i
        while i < len(doc) and doc[i].lower_ in self.words.relative_determiners:
            i += 1
        if i < len(doc) and is_weekday(doc[i]) and not any(is_weekday(t) for t in core):
            return doc[start:i + 1]
        return None

    @staticmethod
    def weekend(core: Span, published: dt.date | None, tense: str | None = None) -> tuple[str | None, str] | None:
        """'last weekend', 'this weekend', 'next weekend': the weekend of the week before, of, or after the week of
        publication, as TIMEX3 writes it (2025-W42-WE; TimeML 1.2.1 guidelines, weekend values). 'the weekend'
        ('over the weekend', 'at the weekend') is the nearest one the clause's tense allows: in a future clause the
        weekend of the week of publication, else the one just past, which is that week's own when the story comes
        out on a Saturday or Sunday. PolNeAR train: 27 "over the weekend", those read all telling of a weekend past."""
        words = [t.lower_ for t in core if not t.is_punct]
        if len(words) != 2 or words[1] != "weekend" or published is None:
            return None
        if words[0] == "the":
            step = 0 if tense == FUTURE or published.weekday() >= 5 else -1
        else:
            step = {"last": -1, "past": -1, "this": 0, "coming": 1, "next": 1}.get(words[0])
        if step is None:
            return None
        year, week, _ = (published + dt.timedelta(weeks=step)).isocalendar()
        return f"{year:04d}-W{week:02d}-WE", "week"

    def named_month_day(self, core: Span, month: int, previous: list[TimeMention]) -> tuple[str | None, str] | None:
        """'The rules take effect on October 1 ... contracts signed starting October 1': a month-day without a year
        that the story has already placed is that same day, whatever the tense of the later clause would pick (as a
        weekday named again is; PolNeAR train: 26 month-days without a year repeated in 20 articles)."""
        day = day_of_month(core)
        if day is None or self.direction(core) is not None or apposed_weekday(core) is not None:
            return None
        for m in reversed(previous):
            if m.granularity != "day" or not m.value or not _ISO_DATE.match(m.value) or m.end_value:
                continue
            if int(m.value[5:7]) == month and int(m.value[8:10]) == day and any(
                    month_of(t) == month for t in m.span) and day_of_month(m.span) == day:
                return m.value, "day"
        return None

    def narrative_year(self, core: Span, month: int, resolved: tuple[str | None, str], tense: str | None,
                       previous: list[TimeMention]) -> tuple[str | None, str] | None:
        """'The council met on March 3, 2023 ... On March 10 it approved the budget': a month-day told in the past
        after a date the story wrote out with its year, and within half a year of it, is in that date's year,
        whatever year the tense alone would pick (PolNeAR train: 11 month-days without a year follow a date with its
        year in 8 articles)."""
        value, granularity = resolved
        if value is None or tense == FUTURE or self.direction(core) is not None or apposed_weekday(core) is not None:
            return None
        # the date the narrative is at: the last one placed, written out with its year
        dated = next((m for m in reversed(previous) if m.value and m.granularity in ("day", "month")), None)
        if dated is None or not (any(_YEAR.match(t.text) for t in dated.span)
                                 or int(dated.value[:4]) in self.explicit_years):
            return None  # "in June 2022 ... on July 8 ... in October": a date placed so passes its year on
        if dated.span.root.dep_ in ("compound", "nmod", "amod") or dated.span.root.head.pos_ in ("NOUN", "PROPN") \
                and dated.span.root.dep_ != "pobj":
            return None  # "the March 2022 reforms": a date naming a thing, not one the narrative is at
        anchor = dt.date.fromisoformat(dated.value + ("-01" if dated.granularity == "month" else ""))
        year = anchor.year
        day = day_of_month(core) or 1
        if str(year) == value[:4] or not valid_date(year, month, day):
            return None
        if abs((dt.date(year, month, day) - anchor).days) > 183:
            return None
        rest = value[4:]
        return f"{year:04d}{rest}", granularity

    def any_such_day(self, core: Span) -> bool:
        """'every Friday', 'each Monday', 'it happened on a Tuesday': a weekday after a determiner of recurrence,
        or after an indefinite article where the weekday heads its phrase ('a Friday interview' is one day)."""
        doc = core.doc
        day = next(t for t in core if is_weekday(t))
        if day.i == 0:
            return False
        before = doc[day.i - 1].lower_
        if before in self.words.recurring:
            return True
        after = doc[day.i + 1] if day.i + 1 < len(doc) else None
        return before in self.words.indefinite and (after is None or after.pos_ not in {"NOUN", "PROPN", "ADJ"})

    def after_planned_day(self, core: Span, weekday: int, resolved: tuple[str | None, str],
                          published: dt.date | None, previous: list[TimeMention]) -> tuple[str | None, str] | None:
        """'will walk out on Monday and again on Thursday', 'meeting on Monday, then on Thursday', 'a strike on
        Monday, followed by another on Friday': a weekday told after a day of the same sentence that lies ahead of
        publication, with no past verb between them, is the first such weekday after that day, however the parse
        hangs it (on 'said' after it, or on no verb). PolNeAR train: of the 3 sentences where a weekday follows a
        planned weekday after publication with no past verb between, all 3 name a later day."""
        value = resolved[0]
        if published is None or value is None:
            return None
        doc = core.doc
        sentence = core.sent
        planned = next((m for m in reversed(previous) if m.granularity == "day" and m.value
                        and m.span.end <= core.start and m.span.start >= sentence.start
                        and any(is_weekday(t) for t in m.span)), None)
        if planned is None or planned.span[0].lower_ == "for":
            return None  # "a strike for Friday after the shooting on Tuesday": a day set for, no first step
        day = dt.date.fromisoformat(planned.end_value or planned.value)
        if day <= published or dt.date.fromisoformat(value) > day:
            return None
        start = core.start - 1 if core.start > 0 and doc[core.start - 1].pos_ == "ADP" else core.start
        if doc[start].lower_ in self.words.past_signals or doc[start].lower_ in ("after", "before"):
            return None  # "since Monday", "after Tuesday's vote": placed from another time, not a next step
        between = doc[planned.span.end:core.start]
        if any(t.tag_ == "VBD" or lemma(t) == "have" and t.dep_ == "aux" for t in between):
            return None  # "will strike on Monday, the union said on Friday": the later weekday dates its own past verb
        return resolve_weekday(weekday, day, None, FUTURE)  # the first such weekday after that day

    def after_telling_day(self, core: Span, weekday: int, published: dt.date | None,
                          previous: list[TimeMention]) -> tuple[str | None, str] | None:
        """'Prosecutors said on Monday the trial would start on Thursday': the backshifted would of what was said
        looks ahead of the day it was said, not of publication (Quirk et al. 1985, 14.31): the first such weekday
        after the telling day, which may lie before publication. PolNeAR train has 1 "said <weekday> ... will/would
        ... <weekday>", told on the publication day, where both readings agree."""
        if published is None:
            return None
        verb = governing_verb(core.root)
        onset = measure_onset(core.root, self.words)
        if onset is not None and onset.tag_ == "VBD":
            # "announced on Wednesday a ban from Saturday", read the Monday after: the Saturday after the announcement
            telling = onset
        elif verb is None or verb.dep_ != "ccomp" or verb.head.tag_ != "VBD" or not any(
                c.dep_ == "aux" and (lemma(c) in self.words.reported_future or
                                     lemma(c) in self.words.affirmative_prospective_modals and not negated(verb))
                for c in verb.children):
            # an affirmative 'could' of what was said looks ahead of the telling as 'would' does (see verb_tense)
            return None
        else:
            telling = verb.head
        told_on = next((m for m in reversed(previous) if m.granularity == "day" and m.value and not m.end_value
                        and m.span.end <= core.start and m.span.start >= core.sent.start
                        and (m.span.start == telling.i + 1 or m.span.root.head.i == telling.i
                             or m.span.root.head.head.i == telling.i and m.span.root.head.pos_ == "ADP")), None)
        if told_on is None:
            return None
        day = dt.date.fromisoformat(told_on.value)
        if day >= published:
            return None  # told today: publication is the telling day already
        return resolve_weekday(weekday, day, None, FUTURE)  # the first such weekday after that day

    def apposed_date(self, core: Span, previous: list[TimeMention]) -> tuple[str | None, str] | None:
        """'Dec. 18, a Wednesday': the weekday names the date before it."""
        doc = core.doc
        i = core.start
        if i >= 3 and doc[i - 1].lower_ in ("a", "an") and doc[i - 2].text == "," and previous:
            last = previous[-1]
            if last.span.end == i - 2 and last.granularity == "day":
                return last.value, "day"
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
        # "a year", and "almost an hour", "more than a decade": the article counts one unit after an approximator
        # as a numeral would (Quirk et al. 1985 §5.25, §7.63; PolNeAR train: 48 "almost/nearly/about/over/more than/
        # at least/less than ... a/an <unit>")
        counted = (any(is_cardinal(t) for t in tokens[:-1]) or tokens[-1].lower_ != unit
                   or (before[:1] in (["a"], ["an"])) or before[-1:] in (["a"], ["an"]))
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
    # "and the following day power was restored": a step from the story's time the tagger misses at a clause's
    # start (PolNeAR train: 25 "the following/next/previous/preceding day/week/month/year")
    matcher.add("STEP", [[{"LOWER": "the"}, {"LOWER": {"IN": sorted(_STEP_ADJECTIVES)}},
                          {"LOWER": {"IN": ["day", "week", "month", "year"]}}]])
    matcher.add("DURATION", [[{"LOWER": {"IN": sorted(words.prepositions)}}] + counted])
    return matcher


def pattern_words(words: TimeWords) -> frozenset[str]:
    """The words one of which every pattern of build_matcher holds: a relative day, a unit or a part of the day."""
    return frozenset(words.relative_days | words.units | {plural(u) for u in words.units} | words.day_parts)


def pattern_matches(matcher: Matcher, doc: Doc, anchors: frozenset[str],
                    quantifiers: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) of every match of the patterns in the document, the matcher run only over the stretches that can
    hold one. Every match holds an anchor word (pattern_words) and reaches from it at most back over the quantifiers
    and numbers (or step adjectives: 'the following day') before it and one word more (a preposition or a
    determiner), and forward one word ('ago'); the
    stretches so drawn around the anchors, joined where they meet, hold every match, and the words outside them
    (most of a text) are not matched at all."""
    lower = token_table(doc).lower
    stretches: list[list[int]] = []
    for k, word in enumerate(lower):
        if word not in anchors:
            continue
        start = k
        while start > 0 and (lower[start - 1] in quantifiers or lower[start - 1] in _STEP_ADJECTIVES
                             or doc[start - 1].like_num):
            start -= 1
        start, end = max(0, start - 1), min(len(doc), k + 2)
        if stretches and start <= stretches[-1][1]:
            stretches[-1][1] = end
        else:
            stretches.append([start, end])
    return [(start + a, start + b) for start, end in stretches for _, a, b in matcher(doc[start:end])]


def calendar_name_spans(doc: Doc, words: TimeWords) -> list[Span]:
    """Weekday and month names, with 'last'/'next' before them and a day number, year or part of day after."""
    spans = []
    table = token_table(doc)
    text, lower = table.text, table.lower
    # weekday and month names are capitalised and spelt as one (is_weekday and month_of test that first): a Token
    # is made only of such a word
    for token in (doc[i] for i in capitalised(table) if lower[i] in WEEKDAYS or could_be_month(lower[i])):
        if not (is_weekday(token) or month_of(token)):
            continue
        start = token.i - 1 if token.i > 0 and lower[token.i - 1] in words.relative_determiners else token.i
        end = token.i + 1
        while end < len(doc) and (is_date_part(doc[end], words) or (
                text[end] == "," and end + 1 < len(doc) and is_date_part(doc[end + 1], words))):
            end += 1
        spans.append(doc[start:end])
    return spans


def holiday_key(span: Span) -> str:
    return span.text.lower().replace("\u2019", "'")


def holiday_spans(span, words: TimeWords) -> list[Span]:
    """'Christmas Eve', 'Boxing Day', 'New Year's Day', 'Black Friday': holiday names, capitalised, longest first."""
    found = []
    doc = span.doc if isinstance(span, Span) else span
    start, end = (span.start, span.end) if isinstance(span, Span) else (0, len(doc))
    # the words read from the table and each stretch's text joined as Span.text joins it (a word, then its space
    # if one follows, the last word's left off), so no Span is made but for a name found; a stretch is joined only
    # from a word that begins some holiday's name, which most capitalised words do not
    table = token_table(doc)
    text, whitespace = table.text, table.whitespace
    holidays, openings = words.holidays, _holiday_openings(words)
    # a name opens on a capitalised word: only those are visited (the document's, found once), in text order, a
    # word inside a name found being passed over
    upper = capitalised(table)
    next_free = start
    for i in upper[bisect_left(upper, start):bisect_left(upper, end)]:
        if i < next_free:
            continue
        length = 0
        if text[i].lower().replace("\u2019", "'") in openings:
            for size in (4, 3, 2, 1):
                if i + size <= end:
                    last = i + size - 1
                    joined = "".join(text[k] + " " if whitespace[k] else text[k] for k in range(i, last)) + text[last]
                    if joined.lower().replace("\u2019", "'") in holidays:
                        length = size
                        break
        if length:
            found.append(Span(doc, i, i + length))
            next_free = i + length
    return found


def _holiday_openings(words: TimeWords) -> frozenset[str]:
    """Every beginning of a holiday's name (lower case): the first word of a name found is one of them. Made once
    for each word list (the lists are loaded once)."""
    holidays = words.holidays
    kept = _OPENINGS.get(id(holidays))
    if kept is None or kept[0] is not holidays:
        kept = _OPENINGS[id(holidays)] = (holidays, frozenset(key[:k] for key in holidays
                                                              for k in range(1, len(key) + 1)))
    return kept[1]


_OPENINGS: dict[int, tuple[dict, frozenset[str]]] = {}


def resolve_holiday(rule: tuple[int, ...], published: dt.date | None, tense: str | None) -> str | None:
    """The holiday's date in the year the tense points to: past the last one not after publication, future the
    first not before it, present (or unknown) the nearest."""
    if published is None or not rule:
        return None

    def date_in(year: int) -> dt.date:
        if len(rule) == 1:
            return easter_sunday(year) + dt.timedelta(days=rule[0])
        if len(rule) == 2:
            return dt.date(year, rule[0], rule[1])
        month, weekday, nth, after = rule
        first = dt.date(year, month, 1)
        day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
        return day + dt.timedelta(days=after)

    dates = [date_in(y) for y in (published.year - 1, published.year, published.year + 1)]
    if tense == FUTURE:
        chosen = next(d for d in dates if d >= published)
    elif tense == PAST:
        chosen = [d for d in dates if d <= published][-1]
    else:
        chosen = min(dates, key=lambda d: (abs((d - published).days), d > published))
    return chosen.isoformat()


def easter_sunday(year: int) -> dt.date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus, Meeus 1991 ch. 8)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def is_date_part(token: Token, words: TimeWords) -> bool:
    """What may follow a weekday or month name in the same expression: 'March 3, 2022', 'Friday night'."""
    return bool(_DAY_NUMBER.match(token.text) or _YEAR.match(token.text)) or token.lower_ in words.day_parts


def year_spans(doc: Doc) -> list[Span]:
    """A four-digit year as the object of a preposition: 'in 2021', 'since 1998'."""
    table = token_table(doc)
    # a year is four digits, a newline allowed after them by the pattern's `$`: the length, tested first, leaves the
    # pattern out for most words
    return [Span(doc, i, i + 1) for i, text in enumerate(table.text)
            if (len(text) == 4 or len(text) == 5) and _YEAR.match(text) and i > 0
            and (table.pos[i - 1] == "ADP" or table.tag[i - 1] == "IN")]


def trim(span: Span) -> Span | None:
    """Trims edge punctuation, a trailing possessive ('Thursday's') or glued-on link; keep all of 'Seventy-four'."""
    start, end = span.start, span.end
    doc = span.doc
    # the edges read from the token table, a Token made only to ask what the table does not hold (like_url,
    # like_num); the tests have no side effects, so the table's come first
    table = token_table(doc)
    punct, space, lower, text = table.punct, table.space, table.lower, table.text
    while start < end and (punct[start] or space[start]):
        start += 1
    while end > start and (punct[end - 1] or space[end - 1] or lower[end - 1] in ("'s", "’s")
                           or doc[end - 1].like_url):
        end -= 1
    while start >= 2 and start < end and text[start - 1] == "-" and doc[start].like_num and doc[start - 2].like_num:
        start -= 2
    return Span(doc, start, end) if end > start else None  # doc[start:end] without the slice's normalising


def in_compound_word(span: Span) -> bool:
    """'day' of 'day-to-day' names no time: the expression runs on into a hyphenated word; nor does 'dawn' of 'a
    dusk-to-dawn curfew', which closes one after its linking word (PolNeAR train: 2 'day-to-day', no other
    '<time>-to-<time>' word; weak)."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text == "-" and not doc[span.end - 1].whitespace_:
        return True
    return len(span) == 1 and span.start >= 2 and doc[span.start - 1].text == "-" and \
        not doc[span.start - 1].whitespace_ and not doc[span.start - 2].whitespace_ and \
        doc[span.start - 2].lower_ in _COMPOUND_LINKS


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


def misread_reduced_relative(verb: Token) -> bool:
    """Whether a clause's verb is the sentence's real verb, which the parser hung as an adverbial clause on a bare
    participle it took for a finite verb ('Images taken hours after the launch show a crater': 'taken' the head,
    'show' its clause): a present verb under a past form with no auxiliary of its own, which in a well-formed
    sentence would tell a past act as coming after a present one."""
    head = verb.head
    return (verb.dep_ == "advcl" and verb.tag_ in ("VBP", "VBZ") and head.tag_ in ("VBN", "VBD")
            and not any(c.dep_ in ("aux", "auxpass") for c in head.children))


def stamp_line(core: Span) -> bool:
    """Whether a time stands as a sentence of its own, with nothing but punctuation or a rule of underscores beside
    it."""
    if all(t.is_punct or t.is_space or core.start <= t.i < core.end or not t.text.strip("_") for t in core.sent):
        return True
    # "___.  2 p.m.  Hillary Clinton is ...": the stamp right after the rule that opens an entry, which the sentence
    # splitter may run on into the entry's first sentence
    k = core.start - 1
    while k >= 0 and (core.doc[k].is_space or core.doc[k].text == "."):
        k -= 1
    return k >= 0 and core.doc[k].text.startswith("_") and not core.doc[k].text.strip("_")


def allowed_time(expression: Span) -> bool:
    """Whether a bounded time is followed by the infinitive of the act it allows ('until December 8 to report')."""
    doc = expression.doc
    end = expression.end
    return end + 1 < len(doc) and doc[end].tag_ == "TO" and doc[end + 1].tag_ == "VB"


def surface_definite_noun(preposition: Token) -> Token | None:
    """The common noun right after 'the' or a possessive pronoun after a preposition ('after the launch', 'before its
    vote'), read from the words, not the parse; None where the words are not such a phrase."""
    doc = preposition.doc
    k = preposition.i + 1
    if k + 1 >= len(doc) or doc[k].lower_ not in ("the", "its", "their", "his", "her"):
        return None
    noun = doc[k + 1]
    return noun if noun.pos_ == "NOUN" and noun.tag_ in ("NN", "NNS") else None


def governs(preposition: Token, span: Span) -> bool:
    """Whether the preposition takes the span as its object; without a parse, adjacency is all we have."""
    if not span.doc.has_annotation("DEP"):
        return True
    if any(token.head == preposition for token in span):
        return True
    # "images taken on Monday show ...": the parser may hang the time on a noun after it ("Monday show") and leave
    # the preposition right before it with no object at all; a preposition takes the words that follow it
    return preposition.i == span.start - 1 and preposition.dep_ == "prep" and not any(
        c.dep_ in ("pobj", "pcomp") for c in preposition.children)


def programme_name(token: Token, words: TimeWords | None = None) -> bool:
    """ "the Today programme", "the Tonight show": a capitalised deictic day word before a programme noun is the
    programme's name (PolNeAR train: 1, "the Today show"), not a time."""
    words = words or load_time_words()
    doc = token.doc
    return token.lower_ in words.relative_days and token.text[:1].isupper() and token.i + 1 < len(doc) \
        and doc[token.i + 1].lower_ in words.programme_nouns and doc[token.i + 1].is_lower


def day_titles(doc: Doc, words: TimeWords | None = None) -> dict[int, int]:
    """Weekdays that end a name ("The Mail on Sunday", "The Sentinel on Sunday") rather than date anything: the
    weekday's index mapped to where the name begins (its article left out). A listed newspaper's word before "on
    Sunday" makes one at once; an unlisted "The X on <Weekday>" needs the text to use it as a name, written
    whole more than once with the same weekday, once at least with "The" capitalised inside a sentence as a
    title's article is. A date after a name is the far commoner reading (PolNeAR train: 233 "<Name> on <Weekday>",
    all dates, 5 of them after a capitalised "The" in mid-sentence, "told The Huffington Post on Monday"; 4 written
    twice in one story, "White House on Tuesday", none of those after such a "The"), so neither sign alone is
    enough."""
    cached = _DAY_TITLES.get(doc)
    if cached is not None:
        return cached
    words = words or load_time_words()
    found: dict[int, int] = {}
    uses: dict[tuple[str, ...], list[tuple[int, int, bool]]] = {}
    lower = token_table(doc).lower  # every word is tested: a Token is built for a weekday after "on" only
    for i in range(2, len(doc)):
        if lower[i] not in WEEKDAYS or lower[i - 1] != "on" or not is_weekday(doc[i]):
            continue
        day = doc[i]
        start = day.i - 1
        while start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha and doc[start - 1].lower_ != "the" \
                and day.i - start < 5:
            start -= 1
        if start == day.i - 1:
            continue  # "said on Sunday": no name before the day
        if day.lower_ == "sunday" and doc[day.i - 2].lower_ in words.sunday_before_on:
            found[day.i] = start
            continue
        article = doc[start - 1] if start > 0 and doc[start - 1].lower_ == "the" else None
        titled = article is not None and article.text == "The" and not article.is_sent_start
        uses.setdefault(tuple(t.lower_ for t in doc[start:day.i + 1]), []).append((day.i, start, titled))
    for occurrences in uses.values():
        if len(occurrences) > 1 and any(titled for _, _, titled in occurrences):
            found.update({i: start for i, start, _ in occurrences})
    _DAY_TITLES[doc] = found
    return found


# read once per document by the times and the entities; keyed by the Doc itself, so it never travels with it
_DAY_TITLES: "weakref.WeakKeyDictionary[Doc, dict[int, int]]" = weakref.WeakKeyDictionary()


def is_weekday(token: Token) -> bool:
    return token.lower_ in WEEKDAYS and token.text[:1].isupper()


def could_be_month(lower: str) -> bool:
    """Whether a word (lower case) is spelt as a month's name or abbreviation, the first test of `month_of`."""
    name = lower.rstrip(".")
    return name in MONTHS or name in MONTH_ABBREVIATIONS


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
    scheduled = scheduled_adjective(token, words)
    if scheduled is not None:
        return scheduled
    verb = governing_verb(token)
    while verb is not None:
        tense, finite = verb_tense(verb, words)
        if tense is not None or finite:
            return tense
        # an infinitive, participle or coordinated verb takes its time from the verb it hangs on:
        # "is scheduled to speak", "has campaigned, attending rallies since February"
        # "will shut for two weeks starting June 24", "took to the airwaves beginning Wednesday": a participle the
        # parser reads as a preposition dates by the clause it hangs on (PolNeAR train: 4 "starting/beginning
        # <date>", 2 in a future clause, 2 in a past one)
        if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ == "from" and verb.head.head.i != verb.i:
            # "candidates will be barred from holding rallies on Saturday", "will stop them from marching on Friday":
            # what a future act keeps someone from doing would otherwise happen after it, so it lies ahead; under a
            # past or present act the day is left to nearness ("were barred from voting on Tuesday")
            return FUTURE if clause_tense(verb.head.head, words) == FUTURE else None
        if verb.dep_ == "acl" and lemma(verb.head) in words.prospective_nouns \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return FUTURE  # "a request to delay the hearing until January": what is asked or planned lies ahead
        if verb.dep_ not in ("xcomp", "conj", "advcl") and not (verb.dep_ == "prep" and verb.tag_ == "VBG") \
                or verb.head.i == verb.i:
            return None
        if arranged_be(verb, words):
            return FUTURE  # "the minister is to visit Varsk on Friday": an arrangement lies ahead
        if verb.dep_ == "xcomp" and verb_lemmas(verb.head) & words.commissives:
            return FUTURE  # what one vows or plans to do lies ahead of the vow
        if verb.dep_ == "xcomp" and verb_lemmas(verb.head) & words.directives:
            return FUTURE  # what one is urged or called on to do lies ahead of the call ("urged him to go on Monday")
        if verb.dep_ == "xcomp" and verb_lemmas(verb.head) & words.future_predicates:
            # "is due to start on Saturday", "the drills were set to begin on Thursday": what a schedule holds lies
            # ahead of it, whatever the tense of the be (PolNeAR train: 12 "is/was due/set/scheduled/expected/
            # slated to ... <weekday>", all ahead of the telling)
            return FUTURE
        verb = governing_verb(verb.head)
    return None


def measure_onset(token: Token, words: TimeWords) -> Token | None:
    """The verb that tells of a measure running from the time the token heads ("announced a ban on imports from
    Saturday", "imposed a curfew on the port from Monday"): "from" on a measure noun, or on the verb whose object is
    one; None where "from" opens a range ("from Monday to Friday") or the time is no measure's onset."""
    preposition = token.head
    if preposition.i == token.i or preposition.lower_ != "from" or token.dep_ != "pobj":
        return None
    if any(c.lower_ in words.range_joiners for c in token.children) or (
            token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in words.range_joiners):
        return None  # "from Monday to Friday", "from Monday through Wednesday": a range with both ends
    head = preposition.head
    if head.pos_ in ("NOUN", "PROPN") and lemma(head) in words.onset_measures:
        return governing_verb(head)
    if head.pos_ in ("VERB", "AUX") and any(c.dep_ in ("dobj", "nsubjpass") and lemma(c) in words.onset_measures
                                            for c in head.children):
        return head
    return None


def arranged_be(verb: Token, words: TimeWords) -> bool:
    """'X is to visit', 'the sailors are to be flown home': an infinitive hung on a present be, its subject no aim
    ('the goal is to ...' says what the aim is)."""
    be = verb.head
    if verb.dep_ != "xcomp" or lemma(be) != "be" or be.tag_ not in ("VBZ", "VBP"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    subject = next((c for c in be.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ in words.aim_subjects or lemma(subject) in words.aim_subjects:
        return False
    return subject.lower_ not in ("it", "this", "that", "what", "which")  # "it is to be hoped", "what it is to be"


def scheduled_adjective(token: Token, words: TimeWords) -> str | None:
    """'the budget, due on November 3', 'a decision is due in the autumn': a time on an adjective of schedule
    (Quirk et al. 1985 §4.41: 'be due' expresses future time) lies ahead, unless the adjective's copula is in the past
    ('was due on Monday'), which tells of the schedule as it stood. PolNeAR train: 2 'is due in/by <time>'. Returns
    None where no such adjective stands between the time and its verb."""
    node = token
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
        if node.pos_ == "ADJ" and lemma(node) in words.future_predicates:
            if any(c.lower_ == "to" for c in node.children):
                return None  # 'due to the strike on Monday' gives a cause; 'due to start' is the infinitive's
            copula = node.head if node.dep_ == "acomp" and lemma(node.head) == "be" else None
            if copula is None:
                return FUTURE  # 'the budget, due on November 3', however the parser hangs it
            tense, _ = verb_tense(copula, words)
            return PAST if tense == PAST else FUTURE
    if lemma(node) == "be" and due_to_act(node, words):
        tense, _ = verb_tense(node, words)
        return PAST if tense == PAST else FUTURE
    return None


def due_to_act(be: Token, words: TimeWords) -> bool:
    """'The minister is due to brief lawmakers on Thursday': the parser may read the infinitive's verb as an adjective
    ('brief', 'open', 'present') and 'to' as a preposition, hanging the time on the be. 'Be due to' gives a cause only
    of an effect ('the delay is due to heavy rain'); with a person or body as the subject it is a schedule, which lies
    ahead. PolNeAR train: 4 'is/are/was/were due to', 3 of them schedules with people as subjects ('applicants were
    due to file paperwork'), 1 a cause ('is due to the fact') - weak."""
    adjective = next((c for c in be.children if c.dep_ == "acomp" and c.pos_ == "ADJ"
                      and lemma(c) in words.future_predicates), None)
    if adjective is None or not any(c.lower_ == "to" for c in adjective.children):
        return False
    subject = next((c for c in be.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.ent_type_ in ("PERSON", "ORG", "NORP")
                                    or subject.lower_ in ("he", "she", "they", "we", "i")
                                    or any(t.ent_type_ == "PERSON" for t in subject.children if t.dep_ == "appos"))


def met_by(token: Token) -> bool:
    """Whether the verb a 'by' deadline hangs on is in the past perfect ('had been restored by Saturday')."""
    verb = governing_verb(token)
    return verb is not None and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


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
    if aux_lemmas & words.reported_future and verb.dep_ == "ccomp" and verb.head.tag_ == "VBD":
        # "officials said the ban would begin on Saturday": the will of what was said, backshifted by the past
        # verb of saying (Quirk et al. 1985, 14.31), still points ahead (PolNeAR train: of 11 "would <verb> ...
        # <weekday>", 8 tell a plan or an announcement)
        return FUTURE, True
    if aux_lemmas & words.prospective_modals:
        # "it might resume deliveries on Monday", "the team can win on Tuesday": a modal of possibility or obligation
        # without the perfect speaks of what is yet to come (the perfect, "may have", was read as past above)
        return FUTURE, True
    if aux_lemmas & words.affirmative_prospective_modals and not negated(verb):
        # "troops could withdraw as soon as Tuesday": an affirmative 'could' with a day speaks of what may yet
        # come; a negated one tells of the past as often ("could not be reached for comment Saturday")
        return FUTURE, True
    if "MD" in tags:  # would, could: not past, but not plainly future either
        return PRESENT, True
    present = bool(tags & {"VBZ", "VBP"})
    if present and (verb_lemmas(verb) & words.future_predicates or lemma(verb) in words.timetable):
        return FUTURE, True
    if present and verb.tag_ == "VBG":  # present progressive of a planned event: "is meeting on Friday"
        return FUTURE, True
    if verb.tag_ == "VBG" and not auxiliaries and lemma(verb) in words.timetable and (
            verb.dep_ == "acl" or (verb.dep_ == "advcl" and verb.i > 0 and verb.doc[verb.i - 1].pos_ == "NOUN")):
        # "a curfew starting on Saturday", "ads beginning Friday": a timetable verb naming when something set up
        # runs, however the parser hangs it right after its noun (PolNeAR train: 5 "<noun> starting/beginning/
        # opening/ending <date>", all ahead)
        return FUTURE, True
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and not auxiliaries:  # "the talks scheduled for Friday"
        return (FUTURE if lemma(verb) in words.future_predicates else PAST), True
    return (PRESENT, True) if present else (None, False)


def lemma(token: Token) -> str:
    return (token.lemma_ or token.lower_).lower()


NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "neither", "nothing", "noone", "no-one"})


def negated(verb: Token) -> bool:
    """Whether a verb is negated by 'not' or 'never' or by its subject ('neither he nor X could be located',
    'no one could', 'no-one could', split by the tokenizer)."""
    for c in verb.children:
        if c.dep_ == "neg":
            return True
        if c.dep_ in ("nsubj", "nsubjpass"):
            before = [t.lower_ for t in c.doc[max(c.i - 2, 0):c.i]]
            if c.lower_ in NEGATIVE_SUBJECTS or c.lower_ == "one" and before[-1:] == ["no"] or \
                    c.lower_ == "one" and before == ["no", "-"]:
                return True
            if any(d.dep_ in ("det", "preconj") and d.lower_ in ("no", "neither") for d in c.children):
                return True
    return False


def verb_lemmas(token: Token) -> set[str]:
    """The lemma, and the base form with its silent 'e' where the lemmatizer dropped it (`lemmas.silent_e`: 'hoped'
    is lemmatised 'hop'; PolNeAR train: 41 'hoped/hopes/hoping to', one dated: 'hoping to spend ... before
    Monday')."""
    base = lemma(token)
    return {base, silent_e(base, token.lower_)} - {""}


# -- resolving -----------------------------------------------------------------------------------------------------

def begins_after(value: str | None, published: dt.date | None) -> bool:
    """Whether a placed time ('2027-06-21', '2027-06', '2027-W42', '2027-W42-WE', '2027') begins after the day of
    publication. A weekend begins on its Saturday."""
    if published is None or not value:
        return False
    week = _ISO_WEEK.match(value)
    if week is not None:
        first_day = 6 if week[3] else 1
        return dt.date.fromisocalendar(int(week[1]), int(week[2]), first_day) > published
    if not (_ISO_DATE.match(value) or _YEAR.match(value)):
        return False
    return value[:len(published.isoformat())] > published.isoformat()[:len(value)]


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
                  direction: str | None, years: frozenset[int] = frozenset()) -> tuple[str | None, str]:
    """A month name without a year, with or without a day: the year is the one the tense points to, unless a
    weekday set beside it ('Dec. 18, a Wednesday') or the years the story names itself say which."""
    day = day_of_month(core)
    granularity = "month" if day is None else "day"
    if published is None:
        return None, granularity
    year = choose_year(month, day, published, direction or tense, strict=direction is not None)
    lowers = [t.lower_ for t in core]
    step = {"last": -1, "previous": -1, "next": 1, "this": 0}.get(lowers[-2]) \
        if len(lowers) > 2 and lowers[-1] == "year" else None
    if step is not None:
        # "October last year", "5 May next year": the year named after the month, whatever the tense
        year = published.year + step
        return (f"{year:04d}-{month:02d}" if day is None else
                dt.date(year, month, day).isoformat() if valid_date(year, month, day) else None), granularity
    nearby = [y for y in (published.year - 1, published.year, published.year + 1) if y != year]
    weekday = apposed_weekday(core)
    if day is not None and weekday is not None:
        # the weekday may name a year either side of the one the tense picked ("Dec. 18, a Monday" read in
        # January 2025 is in 2023): the nearest year where the day falls on it, the tense's side first
        around = (year + 1, year - 1) if (direction or tense) == FUTURE else (year - 1, year + 1)
        fitting = [y for y in dict.fromkeys([year, *around, *nearby]) if valid_date(y, month, day)
                   and dt.date(y, month, day).weekday() == weekday]
        if fitting:
            year = fitting[0]
    elif direction is None and years and year not in years:
        # the story dates other events in a year the tense did not pick: a month it names without a year
        # belongs to the same stretch of time, if that lies nearer publication than the tense's choice
        chosen_distance = abs((dt.date(year, month, min(day or 1, 28)) - published).days)
        # a year that would put a future clause's day before publication is no choice: 'the court will rule on
        # Oct. 2' stays ahead of publication whatever years the story names (a past clause may still tell of a
        # day to come: 'talks were scheduled for January 12')
        named = [y for y in nearby if y in years and valid_date(y, month, day or 1)
                 and abs((dt.date(y, month, day or 1) - published).days) < chosen_distance
                 and (tense != FUTURE or not_before_publication(y, month, day, published))]
        if len(named) == 1:
            year = named[0]
    if day is None:
        return f"{year:04d}-{month:02d}", granularity
    try:
        return dt.date(year, month, day).isoformat(), granularity
    except ValueError:  # "February 30"
        return None, granularity


def tense_allows(value: str, published: dt.date | None, tense: str | None) -> bool:
    """Whether a day fits the clause's tense: a past clause cannot tell of a day after publication, nor a future one
    of a day before it."""
    if published is None:
        return True
    day = dt.date.fromisoformat(value)
    return not ((tense == PAST and day > published) or (tense == FUTURE and day < published))


def not_before_publication(year: int, month: int, day: int | None, published: dt.date) -> bool:
    """Whether a day, or a whole month, has not ended before publication."""
    if day is not None:
        return dt.date(year, month, day) >= published
    return (year, month) >= (published.year, published.month)


def valid_date(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def apposed_weekday(core: Span) -> int | None:
    """The weekday in apposition after a date: 'Dec. 18, a Wednesday'."""
    doc = core.doc
    i = core.end
    if i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ in ("a", "an") and is_weekday(doc[i + 2]):
        return WEEKDAYS.index(doc[i + 2].lower_)
    return None


def explicit_years(doc: Doc) -> frozenset[int]:
    """Years the story writes out beside a month or a date ('December 2025', 'March 3, 2024')."""
    years = set()
    table = token_table(doc)
    lower = table.lower
    for i, text in enumerate(table.text):  # the words as read once: a Token a word costs more
        # (a year is four digits, the pattern's `$` allowing a newline after them: the length is tested first,
        # which is cheaper than the pattern and leaves it out for most words)
        if (len(text) == 4 or len(text) == 5) and _YEAR.match(text) and i > 0:
            # the three words before, a Token made only of a word spelt as a month's name
            if any(could_be_month(lower[j]) and month_of(doc[j]) for j in range(max(0, i - 3), i)):
                years.add(int(text))
    return frozenset(years)


def counted_length(span, words: TimeWords, bare_is_one: bool = False) -> tuple[int, str] | None:
    """(count, unit) of 'two weeks', 'ten days', 'about 14 hours'; None without a count."""
    tokens = [t for t in span if not t.is_punct]
    if not tokens:
        return None
    unit = unit_of(tokens[-1], words)
    if unit is None:
        return None
    count = None
    if len(tokens) > 2 and tokens[0].lower_ == "at" and tokens[1].lower_ in ("least", "most"):
        tokens = tokens[1:]  # "at least four months": a bound on the count, as "more than" is
    for token in tokens[:-1]:
        number = number_of(token)
        if number is not None:
            count = number
        elif token.lower_ not in words.quantifiers:
            return None
    if count is None:
        if not bare_is_one:
            return None
        count = 1
    return count, unit


NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
                "thirty": 30}


def number_of(token: Token) -> int | None:
    if token.lower_ in NUMBER_WORDS:
        return NUMBER_WORDS[token.lower_]
    if re.fullmatch(r"\d{1,4}", token.text):
        return int(token.text)
    return None


def granularity_of(unit: str) -> str:
    return {"month": "month", "year": "year", "decade": "year", "century": "year"}.get(unit, "day")


def shift(anchor: dt.date, count: int, unit: str) -> tuple[str, str]:
    """The date `count` units from `anchor`, at the granularity the unit can place."""
    if unit in ("day", "week", "weekend", "hour", "minute", "second"):
        days = count * (7 if unit in ("week", "weekend") else 1) if unit not in ("hour", "minute", "second") else 0
        return (anchor + dt.timedelta(days=days)).isoformat(), "day"
    if unit == "month":
        total = anchor.year * 12 + anchor.month - 1 + count
        return f"{total // 12:04d}-{total % 12 + 1:02d}", "month"
    years = count * {"year": 1, "decade": 10, "century": 100}[unit]
    return f"{anchor.year + years:04d}", "year"


SEASON_ORDER = {"SP": 1, "SU": 2, "FA": 3, "WI": 4}


def not_a_season(token: Token) -> bool:
    """'a fall in exports', 'the fall of the wall': the season words that are also nouns of decline, collapse or
    water name no time with an indefinite article, or with an of- or in-phrase that is no year ('the fall of 2016'
    is one; PolNeAR train: 'the fall/spring of <year>' 7 times, 'the fall of the <noun>' 4)."""
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
        return True
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "in"):
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if objects and not any(o.like_num for o in objects):
                return True
    return False


def season_of(date: dt.date) -> tuple[int, str]:
    """(year, code) of the northern-hemisphere season a day falls in; January and February close the winter
    that began the December before."""
    if date.month in (12, 1, 2):
        return (date.year if date.month == 12 else date.year - 1), "WI"
    return date.year, ("SP" if date.month <= 5 else "SU" if date.month <= 8 else "FA")


def resolve_season(code: str, published: dt.date | None, tense: str | None,
                   direction: str | None) -> tuple[str | None, str]:
    """'last summer', 'by spring': the season before, after or nearest to publication."""
    if published is None:
        return None, "season"
    year, current = season_of(published)
    now = year * 4 + SEASON_ORDER[current]
    candidates = [y * 4 + SEASON_ORDER[code] for y in (year - 1, year, year + 1)]
    looking = direction or tense
    if direction == PAST:
        chosen = max(c for c in candidates if c < now)
    elif direction == FUTURE:
        chosen = min(c for c in candidates if c > now)
    elif looking == FUTURE:
        chosen = min(c for c in candidates if c >= now)
    elif looking in (PAST, None):
        chosen = max(c for c in candidates if c <= now)
    else:
        chosen = min(candidates, key=lambda c: (abs(c - now), c))
    return f"{(chosen - 1) // 4:04d}-{code}", "season"


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
    if period == "week":  # ISO 8601 week, as TIMEX3 writes it: 2025-W45
        year, week, _ = date.isocalendar()
        return f"{year:04d}-W{week:02d}", "week"
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
