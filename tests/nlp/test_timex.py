"""Tests for the time-expression component: extent of the expressions and their resolution against publication."""
import datetime as dt

import pytest
import spacy
from spacy.tokens import Doc

from claimgraph.analysis import make_doc
from claimgraph.document import Document
from claimgraph.nlp import timex
from claimgraph.nlp.pipeline import MODEL

# 2023-11-08 is a Wednesday: the Friday before it is 11-03 and the nearest Friday 11-10; the Monday before it is
# 11-06 (also the nearest) and the one after 11-13. The cases below pick days where tense and nearness disagree.
WEDNESDAY = "2023-11-08"


@pytest.fixture(scope="module")
def tagger():
    return timex.TimeTagger(spacy.blank("en").vocab)


def parsed(tagger, rows: str, published: str | None = WEDNESDAY) -> Doc:
    """A hand-parsed sentence, one token a line: word TAG POS dep head [lemma]."""
    fields = [line.split() for line in rows.strip().splitlines()]
    words = [f[0] for f in fields]
    # no space before punctuation nor around a hyphen, so that span texts read as written
    spaces = [i + 1 < len(words) and words[i + 1] not in "-.," and words[i] != "-" for i in range(len(words))]
    doc = Doc(tagger.matcher.vocab, words=words, spaces=spaces, tags=[f[1] for f in fields],
              pos=[f[2] for f in fields], deps=[f[3] for f in fields], heads=[int(f[4]) for f in fields],
              lemmas=[f[5] if len(f) > 5 else f[0].lower() for f in fields])
    doc._.cg_published = published
    return tagger(doc)


def times(doc: Doc) -> list[tuple]:
    return [(t.span.text, t.value, t.granularity, t.modifier) for t in doc._.cg_times]


PAST_FRIDAY = """
Officials NNS NOUN nsubj 1
met VBD VERB ROOT 1 meet
on IN ADP prep 1
Friday NNP PROPN pobj 2
. . PUNCT punct 1
"""

FUTURE_MONDAY = """
Officials NNS NOUN nsubj 2
will MD AUX aux 2
meet VB VERB ROOT 2
on IN ADP prep 2
Monday NNP PROPN pobj 3
. . PUNCT punct 2
"""

SCHEDULED_MONDAY = """
The DT DET det 1
envoy NN NOUN nsubjpass 3
is VBZ AUX auxpass 3 be
scheduled VBN VERB ROOT 3 schedule
to TO PART aux 5
speak VB VERB xcomp 3
on IN ADP prep 5
Monday NNP PROPN pobj 6
. . PUNCT punct 3
"""

PROGRESSIVE_MONDAY = """
She PRP PRON nsubj 2
is VBZ AUX aux 2 be
visiting VBG VERB ROOT 2 visit
Kyiv NNP PROPN dobj 2
on IN ADP prep 2
Monday NNP PROPN pobj 4
. . PUNCT punct 2
"""

EARLIER_ON_FRIDAY = """
The DT DET det 1
agency NN NOUN nsubj 2
announced VBD VERB ROOT 2 announce
earlier RBR ADV advmod 2
on IN ADP prep 2
Friday NNP PROPN pobj 4
that IN SCONJ mark 8
prices NNS NOUN nsubj 8
rose VBD VERB ccomp 2 rise
. . PUNCT punct 2
"""


def test_weekday_on_the_publication_day_is_that_day(tagger):
    assert times(parsed(tagger, PAST_FRIDAY, published="2023-11-10")) == [("on Friday", "2023-11-10", "day", None)]


def test_weekday_in_past_tense_is_the_one_before_publication(tagger):
    assert times(parsed(tagger, PAST_FRIDAY)) == [("on Friday", "2023-11-03", "day", None)]


def test_weekday_with_will_is_the_one_after_publication(tagger):
    assert times(parsed(tagger, FUTURE_MONDAY)) == [("on Monday", "2023-11-13", "day", None)]


def test_weekday_after_scheduled_to_is_in_the_future(tagger):
    assert times(parsed(tagger, SCHEDULED_MONDAY)) == [("on Monday", "2023-11-13", "day", None)]


def test_weekday_with_present_progressive_is_in_the_future(tagger):
    assert times(parsed(tagger, PROGRESSIVE_MONDAY)) == [("on Monday", "2023-11-13", "day", None)]


def test_earlier_on_weekday_keeps_the_adverb_and_the_day(tagger):
    assert times(parsed(tagger, EARLIER_ON_FRIDAY)) == [("earlier on Friday", "2023-11-03", "day", None)]


PAST_DECEMBER = """
Troops NNS NOUN nsubj 1
arrived VBD VERB ROOT 1 arrive
in IN ADP prep 1
December NNP PROPN pobj 2
. . PUNCT punct 1
"""

FUTURE_AUGUST = """
Troops NNS NOUN nsubj 2
will MD AUX aux 2
leave VB VERB ROOT 2
in IN ADP prep 2
August NNP PROPN pobj 3
. . PUNCT punct 2
"""


def test_month_in_past_tense_takes_the_latest_year_not_after_publication(tagger):
    assert times(parsed(tagger, PAST_DECEMBER)) == [("in December", "2022-12", "month", None)]


def test_month_in_future_tense_takes_the_next_year(tagger):
    assert times(parsed(tagger, FUTURE_AUGUST)) == [("in August", "2024-08", "month", None)]


@pytest.mark.parametrize("words, expected", [
    (["early", "March"], ("in early March", "2023-03", "month", "start")),
    (["mid", "-", "July"], ("in mid-July", "2023-07", "month", "mid")),
    (["late", "September"], ("in late September", "2023-09", "month", "end")),
    (["the", "end", "of", "June"], ("in the end of June", "2023-06", "month", "end")),
])
def test_early_mid_late_set_the_modifier(tagger, words, expected):
    # every modifier word hangs on the month, which is the object of "in"
    month = len(words) + 2
    rows = ["Talks NNS NOUN nsubj 1", "stalled VBD VERB ROOT 1 stall", "in IN ADP prep 1"]
    rows += [f"{w} JJ ADJ amod {month}" for w in words[:-1]] + [f"{words[-1]} NNP PROPN pobj 2", ". . PUNCT punct 1"]
    assert times(parsed(tagger, "\n".join(rows))) == [expected]


def test_as_of_stays_outside_the_expression(tagger):
    rows = """
    As IN ADP prep 5
    of IN ADP prep 0
    late JJ ADJ amod 3
    September NNP PROPN pobj 1
    talks NNS NOUN nsubj 5
    continued VBD VERB ROOT 5 continue
    """
    assert times(parsed(tagger, rows)) == [("late September", "2023-09", "month", "end")]


@pytest.mark.parametrize("rows, text", [
    ("""
    They PRP PRON nsubj 2
    have VBP AUX aux 2 have
    fought VBN VERB ROOT 2 fight
    for IN ADP prep 2
    years NNS NOUN pobj 3
    """, "for years"),
    ("""
    They PRP PRON nsubj 1
    talked VBD VERB ROOT 1 talk
    for IN ADP prep 1
    three CD NUM nummod 4
    weeks NNS NOUN pobj 2
    """, "three weeks"),
])
def test_counted_or_plural_units_are_durations_without_value(tagger, rows, text):
    # "for years" keeps its preposition; before a counted length the measure alone is the expression
    assert times(parsed(tagger, rows)) == [(text, None, "duration", None)]


def test_last_week_is_a_date_not_a_duration(tagger):
    rows = """
    Prices NNS NOUN nsubj 1
    fell VBD VERB ROOT 1 fall
    last JJ ADJ amod 3
    week NN NOUN npadvmod 1
    """
    assert times(parsed(tagger, rows)) == [("last week", "2023-W44", "week", None)]


def test_without_publication_date_relative_values_are_none(tagger):
    assert times(parsed(tagger, PAST_FRIDAY, published=None)) == [("on Friday", None, "day", None)]
    assert times(parsed(tagger, PAST_DECEMBER, published=None)) == [("in December", None, "month", None)]


def test_present_tense_takes_the_nearest_weekday(tagger):
    rows = """
    Talks NNS NOUN nsubj 1
    begin VBP VERB ROOT 1
    on IN ADP prep 1
    Friday NNP PROPN pobj 2
    """
    assert times(parsed(tagger, rows)) == [("on Friday", "2023-11-10", "day", None)]


def test_without_a_verb_the_weekday_before_publication_is_taken(tagger):
    rows = """
    Reaction NN NOUN ROOT 0
    to IN ADP prep 0
    Friday NNP PROPN poss 4
    's POS PART case 2
    vote NN NOUN pobj 1
    """
    assert times(parsed(tagger, rows)) == [("Friday", "2023-11-03", "day", None)]


def test_participle_clause_takes_the_tense_of_its_main_verb(tagger):
    rows = """
    She PRP PRON nsubj 2
    will MD AUX aux 2
    tour VB VERB ROOT 2
    the DT DET det 4
    region NN NOUN dobj 2
    , , PUNCT punct 2
    visiting VBG VERB advcl 2 visit
    Kyiv NNP PROPN dobj 6
    on IN ADP prep 6
    Monday NNP PROPN pobj 8
    """
    assert times(parsed(tagger, rows)) == [("on Monday", "2023-11-13", "day", None)]


def test_since_points_back_whatever_the_tense(tagger):
    rows = """
    The DT DET det 1
    post NN NOUN nsubj 2
    is VBZ AUX ROOT 2 be
    vacant JJ ADJ acomp 2
    since IN ADP prep 2
    December NNP PROPN pobj 4
    """
    assert times(parsed(tagger, rows)) == [("since December", "2022-12", "month", "since")]


def test_last_and_next_override_tense(tagger):
    rows = """
    He PRP PRON nsubj 1
    said VBD VERB ROOT 1 say
    next JJ ADJ amod 3
    Monday NNP PROPN npadvmod 1
    """
    assert times(parsed(tagger, rows)) == [("next Monday", "2023-11-13", "day", None)]


def test_modal_may_is_not_a_month(tagger):
    rows = """
    May MD AUX aux 2
    we PRP PRON nsubj 2
    leave VB VERB ROOT 2
    in IN ADP prep 2
    August NNP PROPN pobj 3
    """
    assert [t[0] for t in times(parsed(tagger, rows))] == ["in August"]


# -- through the statistical pipeline: layout, parser and NER, then this component -------------------------------

@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.load(MODEL)
    nlp.add_pipe("claimgraph_layout", before="parser")
    nlp.add_pipe("claimgraph_times")
    return nlp


def analyse(nlp, text: str, published: str | None = WEDNESDAY) -> list[tuple]:
    return times(nlp(make_doc(nlp, Document(text=text, published=published))))


def test_explicit_date_with_year_ignores_publication(nlp):
    found = analyse(nlp, "The treaty was signed on March 3, 2021, in Geneva.", published=None)
    assert found == [("on March 3, 2021", "2021-03-03", "day", None)]


def test_yesterday_and_days_ago(nlp):
    found = analyse(nlp, "Two days ago the rebels advanced, and yesterday they withdrew.")
    assert found == [("Two days ago", "2023-11-06", "day", None), ("yesterday", "2023-11-07", "day", None)]


def test_year_after_preposition(nlp):
    assert analyse(nlp, "The company has operated in Chad since 2019.") == [("since 2019", "2019", "year", "since")]


def test_month_with_day_takes_its_year_from_tense(nlp):
    found = analyse(nlp, "The minister resigned on Dec. 20 after a long dispute.")
    assert found == [("on Dec. 20", "2022-12-20", "day", None)]


def test_ages_and_event_anchored_spans_are_not_placed(nlp):
    assert analyse(nlp, "The 40-year-old driver was arrested, and three days later he was released.") == []


@pytest.mark.parametrize("text", [
    "Officials review the case on a day-to-day basis.",          # part of a hyphenated word
    "Coal has a shrinking role in a 21st-century economy.",      # a rank, not a count
    "He hosted a show on Russia Today, the state broadcaster.",  # a deictic word inside a name
    "Voters complained because the days overlapped.",            # particular days, not a length of time
])
def test_words_that_look_like_times_but_are_not(nlp, text):
    assert analyse(nlp, text) == []


def test_front_matter_is_skipped(nlp):
    text = ("Protesters gather in Beirut on Monday\nPhoto credit Agence France-Presse\n\n"
            "The government said on Tuesday that it would lift the curfew.")
    found = analyse(nlp, text)
    assert found == [("on Tuesday", "2023-11-07", "day", None)]


# -- bounded intervals, lengths counted from events, seasons, names that are not times --------------------------

def test_bounding_prepositions_join_the_expression_and_set_the_modifier(nlp):
    found = analyse(nlp, "The pier stayed closed until March, and the ferry has not sailed since 2020.")
    assert found == [("until March", "2023-03", "month", "until"), ("since 2020", "2020", "year", "since")]


def test_deadline_at_the_end_of_the_year_is_its_last_day(nlp):
    found = analyse(nlp, "The contractor must finish the bridge before the end of the year.")
    assert found == [("before the end of the year", "2023-12-31", "day", "before")]


def test_the_past_counted_days_start_that_many_days_before_publication(nlp):
    found = analyse(nlp, "Farmers have moved their herds north over the past twelve days.")
    assert found == [("over the past twelve days", "2023-10-27", "day", "since")]


def test_length_after_an_event_in_a_present_clause_counts_back_from_publication(nlp):
    found = analyse(nlp, "The audit comes four months after regulators fined the lender.")
    assert found == [("four months after", "2023-07", "month", "approx")]


def test_length_after_an_event_in_a_past_clause_counts_back_from_the_lead_date(nlp):
    text = ("A ferry sank off the northern cape on Monday, coastguard officials said. "
            "The sinking came three days after the port authority warned of storms.")
    found = analyse(nlp, text)
    assert found[-1] == ("three days after", "2023-11-03", "day", "approx")


def test_a_time_of_day_alone_sits_on_the_day_the_story_is_at(nlp):
    text = "Gunmen stormed a hotel on Monday. Witnesses said the shooting began just after midnight."
    found = analyse(nlp, text)
    assert found[-1][:3] == ("just after midnight", "2023-11-06", "day")


def test_seasons_look_back_with_last_and_ahead_with_by(nlp):
    text = "The road has been closed since last winter, and the governor promised to reopen it by summer."
    found = analyse(nlp, text)
    assert found == [("since last winter", "2022-WI", "season", "since"), ("by summer", "2024-SU", "season", "before")]


def test_a_season_describing_a_noun_is_no_time(nlp):
    assert analyse(nlp, "The navy began its annual winter drills near the islands.") == []


def test_a_fall_or_spring_of_something_is_no_season(nlp):
    # "fall" and "spring" are also nouns of decline, collapse and water: with "a", or an of/in-phrase that is no year
    assert analyse(nlp, "The mayor blamed the deficit on a fall in tourist numbers.") == []
    assert analyse(nlp, "Shops reopened after the fall of the provincial council.") == []
    assert analyse(nlp, "The ferry will resume in the spring.")[0][:3] == ("in the spring", "2024-SP", "season")


def test_a_season_of_a_named_year_is_that_years_season(nlp):
    # PolNeAR train: "the fall/spring of <year>" 7 times; dateparser reads neither this nor "autumn 2018"
    found = analyse(nlp, "The mill closed in the autumn of 2015 and reopened in spring 2019.")
    assert [f[:3] for f in found] == [("in the autumn of 2015", "2015-FA", "season"),
                                      ("in spring 2019", "2019-SP", "season")]


def test_a_month_day_told_after_a_dated_event_takes_that_events_year(nlp):
    # the narrative is at a date written with its year: a past month-day within half a year of it is in that year,
    # whatever year the tense alone picks; a future one still looks ahead
    found = analyse(nlp, "The mill closed on April 4, 2022 after a fire. On May 9 the owners sold the site, and on "
                         "Feb. 2 the new owners will reopen it.", published="2023-11-08")
    assert [f[1] for f in found] == ["2022-04-04", "2022-05-09", "2024-02-02"]
    found = analyse(nlp, "Dockers struck in June 2021. Talks failed on July 8, and the port closed in October.",
                    published="2023-11-08")
    assert [f[1] for f in found] == ["2021-06", "2021-07-08", "2021-10"]


def test_apposed_weekday_fixes_the_year_of_a_date(nlp):
    # 2022-12-14 was a Wednesday; tense alone would pick 2022 too, so use a date whose weekday needs the other year
    found = analyse(nlp, "The court will rule on Jan. 4, a Thursday, on the appeal.", published="2024-01-02")
    assert found[0] == ("on Jan. 4", "2024-01-04", "day", None)
    found = analyse(nlp, "The board met on Dec. 14, a Wednesday, to approve the budget.", published="2023-11-08")
    assert found[0] == ("on Dec. 14", "2022-12-14", "day", None)
    assert found[1][1] == "2022-12-14"


@pytest.mark.parametrize("text", [
    "She appeared on the Today show to defend the plan.",          # a programme, not the day
    "Today programme listeners wrote in to complain.",            # a programme opening the sentence
    "Unions oppose zero-hours contracts in the care sector.",      # a unit glued into a word
    "The club finished third in the 2017-18 season.",              # a season or fiscal span
])
def test_names_and_words_that_are_not_times(nlp, text):
    assert analyse(nlp, text) == []


def test_a_weekday_named_again_is_the_day_already_placed(nlp):
    found = analyse(nlp, "The curfew starts next Saturday. Traders who open on Saturday face fines.")
    assert [t[1] for t in found] == ["2023-11-11", "2023-11-11"]


@pytest.mark.parametrize("text", [
    "The Mail on Sunday reported that the envoy had resigned.",   # a newspaper named after its day
    "He told the Sunday Telegraph that he would stay.",
])
def test_sunday_newspapers_are_no_dates(nlp, text):
    assert analyse(nlp, text) == []


def test_earlier_this_week_is_the_publication_week(nlp):
    found = analyse(nlp, "The court ruled earlier this week that the vote was valid.")
    assert found == [("earlier this week", "2023-W45", "week", None)]


def test_a_scheduled_event_in_the_simple_present_lies_ahead(tagger):
    rows = """
    Rules NNS NOUN nsubj 1
    expire VBP VERB ROOT 1
    on IN ADP prep 1
    Monday NNP PROPN pobj 2
    """
    # the Monday before (11-06) is nearer than the one after (11-13), but a schedule looks ahead
    assert times(parsed(tagger, rows)) == [("on Monday", "2023-11-13", "day", None)]


def test_an_iso_date_is_not_taken_for_a_season_span(nlp):
    found = analyse(nlp, "The report is dated 2023-03-15 and covers the 2017-18 season.")
    assert found == [("2023-03-15", "2023-03-15", "day", None)]


def test_the_storys_own_years_fix_a_month_the_tense_misplaces(nlp):
    text = "The January 2024 summit was set months ago. Talks were scheduled for January 12."
    found = analyse(nlp, text)
    assert found[-1][1] == "2024-01-12"


def test_a_past_month_stays_past_when_the_story_names_the_current_year(nlp):
    found = analyse(nlp, "The March 2022 reforms were repealed. Prices rose in March.", published="2023-04-10")
    assert found[-1][1] == "2023-03"


# -- one step from the time the story is at ("the previous day", "a week later") -----------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The envoy reached Harvel on Monday. He had met the rebels the previous day.", ("the previous day", "2023-11-05")),
    ("Police held the editor on October 2. She was freed the following day.", ("the following day", "2023-10-03")),
    ("The vote took place on Friday. A day earlier, crowds had blocked the roads.", ("A day earlier", "2023-11-02")),
    ("Talks broke down on October 9. The day before, both sides had sounded hopeful.", ("The day before", "2023-10-08")),
    ("The truce was signed in May 2021. Shelling resumed the following month.", ("the following month", "2021-06")),
    ("The mayor quit on October 20. Two weeks later, her deputy followed.", ("Two weeks later", "2023-11-03")),
])
def test_step_from_the_story_time(nlp, text, expected):
    found = {t[0]: t[1] for t in analyse(nlp, text)}
    assert found.get(expected[0]) == expected[1]


def test_step_without_a_story_time_is_not_placed(nlp):
    found = analyse(nlp, "The colonel was released the previous day.")
    assert all(value is None for _, value, _, _ in found)


def test_vague_step_is_not_placed(nlp):
    found = {t[0]: t[1] for t in analyse(nlp, "The dam failed on October 20. Years later, the valley is still empty.")}
    assert not any(text.startswith("Years") and value for text, value in found.items())


def test_day_after_a_past_reporting_verb_dates_the_report(nlp):
    # the parser may hang "on Monday" on the reported clause's "would": the verb it follows is past all the same
    found = analyse(nlp, "Ostrava Mills said on Monday it would shut the plant.")
    assert found[0][:2] == ("on Monday", "2023-11-06")


def test_season_of_next_year(nlp):
    found = analyse(nlp, "Elections are due in the spring of next year.")
    assert found[0][1] == "2024-SP"


def test_a_day_step_from_a_month_is_not_placed(nlp):
    found = analyse(nlp, "Talks opened on Monday. The rebels took the port in March and left it the following day.")
    assert all(value is None for text, value, _, _ in found if text == "the following day")


@pytest.mark.parametrize("text, value", [
    ("The strike ended last weekend.", "2023-W44-WE"),
    ("Protesters plan to march this weekend.", "2023-W45-WE"),
    ("The envoy will visit next weekend.", "2023-W46-WE"),
    # 'the weekend': the one just past in a past clause, the one of the week of publication in a future one
    ("Rebels took the Vell ferry port over the weekend.", "2023-W44-WE"),
    ("The envoy will visit Orsk at the weekend.", "2023-W45-WE"),
])
def test_weekends_around_publication(nlp, text, value):
    assert analyse(nlp, text)[0][1] == value


def ranges(nlp, text: str) -> dict[str, tuple]:
    doc = nlp(make_doc(nlp, Document(text=text, published=WEDNESDAY)))
    return {t.span.text: (t.value, t.end_value) for t in doc._.cg_times}


@pytest.mark.parametrize("text, words, first, last", [
    ("Inspectors toured the mills from 6 to 9 October.", "6 to 9 October", "2023-10-06", "2023-10-09"),
    ("Shelling went on between Monday and Wednesday.", "between Monday and Wednesday", "2023-11-06", "2023-11-08"),
    ("The fair will run from November 20 to November 23.", "November 20 to November 23", "2023-11-20", "2023-11-23"),
    ("Grain exports fell 4% in the week to Friday.", "in the week to Friday", "2023-10-28", "2023-11-03"),
])
def test_a_range_keeps_both_points(nlp, text, words, first, last):
    found = ranges(nlp, text)
    assert found[words] == (first, last)


def test_a_single_day_is_no_range(nlp):
    found = ranges(nlp, "Ferries to Oskel stopped on Monday.")
    assert found["on Monday"] == ("2023-11-06", None)


def test_a_weekday_named_again_after_a_range_is_its_last_day(nlp):
    found = ranges(nlp, "Rail staff walked out between Monday and Tuesday. The union said on Tuesday it would "
                        "meet the board.")
    assert found["between Monday and Tuesday"] == ("2023-11-06", "2023-11-07")
    assert found["on Tuesday"] == ("2023-11-07", None)


@pytest.mark.parametrize("text, words, first, last", [
    ("Polls were open on 12-14 May.", "on 12-14 May", "2023-05-12", "2023-05-14"),
    ("The mine was shut from 2015 to 2018.", "2015 to 2018", "2015", "2018"),
    ("Between 2016 and 2019 the port doubled its trade.", "Between 2016 and 2019", "2016", "2019"),
    ("Engineers inspected the dam from 2 to 4 August last year.", "2 to 4 August last year", "2022-08-02",
     "2022-08-04"),
])
def test_ranges_of_days_and_years(nlp, text, words, first, last):
    assert ranges(nlp, text)[words] == (first, last)


def test_a_month_with_last_year_is_in_the_year_before(nlp):
    assert ranges(nlp, "The reservoir ran dry in August last year.")["in August last year"] == ("2022-08", None)


def test_a_season_after_a_preposition_takes_its_article(nlp):
    found = ranges(nlp, "Officials say the bridge will not reopen before the winter.")
    assert found["before the winter"][0] == "2023-WI"


@pytest.mark.parametrize("text", [
    "Port officials said the ban would begin on Saturday.",               # will of what was said, backshifted
    "The toll, which comes into force on Saturday, doubles the fares.",  # the simple present of a timetable
    "The board approved a curfew starting on Saturday in the old town.",  # a timetable participle after its noun
    "The new tariff is due to start on Saturday.",                       # be due to
    "The harbour master said the repairs were set to begin on Saturday.",  # be set to, told in the past
])
def test_a_weekday_a_plan_or_rule_starts_on_lies_ahead(nlp, text):
    # published on a Wednesday: the Saturday before is 11-04, the one ahead 11-11
    assert [t[1] for t in analyse(nlp, text)] == ["2023-11-11"]


def test_a_weekday_of_what_was_done_stays_behind(nlp):
    assert [t[1] for t in analyse(nlp, "Port officials said the crew had left on Saturday.")] == ["2023-11-04"]


def test_an_apposed_weekday_may_name_a_year_two_back(nlp):
    # read in January 2025, Dec. 18 fell on a Monday in 2023, not in 2024 (a Wednesday)
    found = analyse(nlp, "The ferry sank on Dec. 18, a Monday, off the cape.", published="2025-01-20")
    assert found[0][1] == "2023-12-18"


# -- the years a story names do not overrule a clause's tense -------------------------------------------------------

@pytest.mark.parametrize("clause, expected", [
    ("the court will rule on Oct. 2", ("on Oct. 2", "2024-10-02", "day", None)),
    ("the plant will reopen in October", ("in October", "2024-10", "month", None)),
    ("the plant closed on Oct. 2", ("on Oct. 2", "2023-10-02", "day", None)),
])
def test_a_named_year_moves_a_month_only_where_the_tense_allows(nlp, clause, expected):
    # the story dates another event in 2023; a future clause's October is still the one after publication
    found = analyse(nlp, f"Output fell in August 2023, and {clause}.")
    assert found == [("in August 2023", "2023-08", "month", None), expected]


@pytest.mark.parametrize("text", ["Sales fell in 2010-11 and rose in 2011-12.",
                                  "The budget for 2019/20 was cut."])
def test_split_financial_years_are_not_read_as_months(nlp, text):
    assert not [t for t in analyse(nlp, text) if t[2] == "month"]


# -- a weekday told after a planned one in the same sentence lies after it ------------------------------------------
# WEDNESDAY: the coming Monday is 11-13, the Friday after it 11-17; the Thursday before publication 11-02.

@pytest.mark.parametrize("text, expected", [
    # the parse hangs "on Friday" on the "said" that follows it, a past verb
    ("Dock workers will stop work on Monday and again on Friday, the union said.", ["2023-11-13", "2023-11-17"]),
    # an adverb joins the second day, with no verb of its own
    ("Ministers are gathering in Oslo on Monday, then on Friday in Bergen.", ["2023-11-13", "2023-11-17"]),
    # a participle adjunct carries the second day
    ("Cabin crew will strike on Monday, followed by a longer stoppage on Friday.", ["2023-11-13", "2023-11-17"]),
])
def test_a_weekday_after_a_planned_one_is_later(nlp, text, expected):
    assert [t[1] for t in analyse(nlp, text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a past verb between the days: the later weekday dates that verb
    ("Dock workers will stop work on Monday, the union announced on Thursday.", ["2023-11-13", "2023-11-02"]),
    # a past first day sets nothing ahead
    ("Dock workers stopped work on Monday and again on Tuesday.", ["2023-11-06", "2023-11-07"]),
])
def test_a_weekday_with_a_past_verb_of_its_own_stays_behind(nlp, text, expected):
    assert [t[1] for t in analyse(nlp, text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("The mill will close for a month starting Dec. 4.", "2023-12-04"),
    ("The mill closed for a month beginning Oct. 4.", "2023-10-04"),
])
def test_a_participle_read_as_a_preposition_dates_by_its_clause(nlp, text, expected):
    assert [t[1] for t in analyse(nlp, text) if t[2] == "day"] == [expected]


# -- a would of what was said looks ahead of the day it was said ----------------------------------------------------

def test_a_backshifted_would_looks_ahead_of_the_telling_day(nlp):
    # told on Friday 11-03; the Tuesday after it is 11-07, before publication, not the Tuesday after publication
    found = analyse(nlp, "Lawyers said on Friday the hearing would resume on Tuesday.")
    assert [t[1] for t in found] == ["2023-11-03", "2023-11-07"]


def test_a_would_told_without_a_day_still_looks_ahead_of_publication(nlp):
    assert [t[1] for t in analyse(nlp, "Lawyers said the hearing would resume on Tuesday.")] == ["2023-11-14"]


# -- two weekdays joined after "from" are one stretch ---------------------------------------------------------------

@pytest.mark.parametrize("text", ["The tunnel will be shut from Saturday until Monday.",
                                  "Ferries are suspended from Saturday through Monday."])
def test_weekdays_from_and_until_are_one_range(nlp, text):
    assert [(t[1], t[2]) for t in analyse(nlp, text)] == [("2023-11-11", "day")]
    doc = nlp(make_doc(nlp, Document(text=text, published=WEDNESDAY)))
    assert [(t.value, t.end_value) for t in doc._.cg_times] == [("2023-11-11", "2023-11-13")]


# -- a step from the story's time at a clause's start ---------------------------------------------------------------

def test_a_step_at_the_start_of_a_clause_is_found(nlp):
    found = analyse(nlp, "The dam burst on Monday, and the following day crews began pumping.")
    assert [(t[0], t[1]) for t in found] == [("on Monday", "2023-11-06"), ("the following day", "2023-11-07")]


# -- 'overnight' in a past clause is the night that ended on the day of publication ----------------------------------

@pytest.mark.parametrize("text", ["Artillery hit the port of Odesa overnight, the governor said.",
                                  "Heavy snow closed the motorway overnight."])
def test_overnight_in_a_past_clause_is_the_night_ending_on_the_day_of_publication(nlp, text):
    assert ("overnight", "2023-11-08") in [(t[0], t[1]) for t in analyse(nlp, text)]


def test_a_length_run_on_into_overnight_is_split_from_the_night(nlp):
    found = [(t[0], t[1]) for t in analyse(nlp, "Rebels and troops clashed for several hours overnight near Tarsk.")]
    assert ("for several hours", None) in found and ("overnight", "2023-11-08") in found


@pytest.mark.parametrize("text", ["The singer became a household name overnight.",
                                  "Peace will not come overnight, the envoy said.",
                                  "The overnight talks ended without a deal."])
def test_overnight_meaning_suddenly_or_describing_a_noun_dates_nothing(nlp, text):
    assert not any(t[0].lower().endswith("overnight") for t in analyse(nlp, text))


# -- holidays are dates, unless they describe a noun ----------------------------------------------------------------

@pytest.mark.parametrize("text, published, expected", [
    ("Stores in Leeds were busy on Boxing Day.", "2025-01-06", ("on Boxing Day", "2024-12-26")),
    ("The lights will be switched off on New Year's Eve.", "2024-11-20", ("on New Year's Eve", "2024-12-31")),
    # US Thanksgiving 2024 fell on 28 November, the fourth Thursday
    ("Queues formed before dawn on Black Friday.", "2024-12-04", ("on Black Friday", "2024-11-29")),
    ("Negotiators hope to agree before Christmas.", "2024-06-12", ("before Christmas", "2024-12-25")),
    # a past clause bounded by a holiday still to come
    ("The last vote was held the Monday before Christmas.", "2024-12-20", ("before Christmas", "2024-12-25")),
    ("The last vote was held on Christmas Eve.", "2024-12-20", ("on Christmas Eve", "2023-12-24")),
    # Easter Sunday fell on 31 March 2024 and falls on 20 April 2025: Good Friday two days before, Easter Monday
    # the day after, Ash Wednesday 46 days before; none of them the nearest Friday, Monday or Wednesday
    ("The galleries will close on Good Friday.", "2024-03-04", ("on Good Friday", "2024-03-29")),
    ("Traffic was light on Easter Monday.", "2025-05-02", ("on Easter Monday", "2025-04-21")),
    ("The fast began on Ash Wednesday.", "2024-02-20", ("on Ash Wednesday", "2024-02-14")),
    ("Online sales peaked on Cyber Monday.", "2024-12-06", ("on Cyber Monday", "2024-12-02")),
])
def test_a_holiday_is_its_date_in_the_year_the_tense_picks(nlp, text, published, expected):
    assert expected in [(t[0], t[1]) for t in analyse(nlp, text, published=published)]


def test_easter_sunday_follows_the_gregorian_computus():
    assert [timex.easter_sunday(y).isoformat() for y in (1818, 2000, 2019, 2024, 2038, 2285)] == [
        "1818-03-22", "2000-04-23", "2019-04-21", "2024-03-31", "2038-04-25", "2285-03-22"]


def test_a_named_day_the_calendar_does_not_fix_is_not_the_nearest_weekday(nlp):
    # read on Monday 4 March 2024: the nearest Tuesday is the 5th, which a reader cannot know is the primary day
    found = [(t[0], t[1]) for t in analyse(nlp, "Governors campaigned across Texas ahead of Super Tuesday.",
                                           published="2024-03-04")]
    assert ("Super Tuesday", None) in found
    assert not any(value == "2024-03-05" for _, value in found)


@pytest.mark.parametrize("text", ["Christmas sales rose by 4 percent.", "Black Friday deals drew crowds.",
                                  "She starred in \u201cHow the Grinch Stole Christmas,\u201d the film.",
                                  "The mayor wished residents a Merry Christmas."])
def test_a_holiday_describing_a_noun_or_in_a_title_dates_nothing(nlp, text):
    assert analyse(nlp, text) == []


FUTURE_IN_WEEKS = """
Senators NNS NOUN nsubj 2
will MD AUX aux 2
vote VB VERB ROOT 2
in IN ADP prep 2
two CD NUM nummod 5
weeks NNS NOUN pobj 3 week
. . PUNCT punct 2
"""

PAST_IN_MONTHS = """
Prices NNS NOUN nsubj 1
rose VBD VERB ROOT 1 rise
in IN ADP prep 1
three CD NUM nummod 4
months NNS NOUN pobj 2 month
. . PUNCT punct 1
"""

COUNTED_RESULT_IN_YEARS = """
The DT DET det 1
firm NN NOUN nsubj 3
will MD AUX aux 3
hire VB VERB ROOT 3
500 CD NUM nummod 5
workers NNS NOUN dobj 3 worker
in IN ADP prep 3
five CD NUM nummod 8
years NNS NOUN pobj 6 year
. . PUNCT punct 3
"""


def test_in_a_counted_length_ahead_is_a_date(tagger):
    # 'will vote in two weeks': when the vote is, two weeks after the telling
    assert times(parsed(tagger, FUTURE_IN_WEEKS)) == [("in two weeks", "2023-11-22", "day", "approx")]


def test_in_a_counted_length_in_the_past_stays_a_length(tagger):
    assert [t[1:3] for t in times(parsed(tagger, PAST_IN_MONTHS))] == [(None, "duration")]


def test_in_a_length_after_a_counted_result_stays_a_length(tagger):
    assert [t[1:3] for t in times(parsed(tagger, COUNTED_RESULT_IN_YEARS))] == [(None, "duration")]


DUE_IN_NOVEMBER = """
The DT DET det 1
budget NN NOUN nsubjpass 3
was VBD AUX auxpass 3 be
delayed VBN VERB ROOT 3 delay
, , PUNCT punct 3
now RB ADV advmod 6
due JJ ADJ advcl 3
on IN ADP prep 6
November NNP PROPN pobj 7
3 CD NUM nummod 8
. . PUNCT punct 3
"""

WAS_DUE_IN_NOVEMBER = """
The DT DET det 1
budget NN NOUN nsubj 2
was VBD AUX ROOT 2 be
due JJ ADJ acomp 2
on IN ADP prep 3
November NNP PROPN pobj 4
3 CD NUM nummod 5
. . PUNCT punct 2
"""


def test_a_time_a_schedule_holds_lies_ahead(tagger):
    # "due on November 3" after a past verb: the day the schedule names is still to come
    assert times(parsed(tagger, DUE_IN_NOVEMBER, published="2023-11-01")) == [
        ("on November 3", "2023-11-03", "day", None)]
    assert times(parsed(tagger, DUE_IN_NOVEMBER, published="2023-11-08"))[0][1] == "2024-11-03"


def test_a_schedule_told_in_the_past_looks_back(tagger):
    assert times(parsed(tagger, WAS_DUE_IN_NOVEMBER, published="2023-11-08"))[0][1] == "2023-11-03"


MONTH_DAY_TWICE = """
Rules NNS NOUN nsubj 1 rule
start VBP VERB ROOT 1
on IN ADP prep 1
October NNP PROPN pobj 2
1 CD NUM nummod 3
. . PUNCT punct 1
Deals NNS NOUN nsubj 11 deal
signed VBN VERB acl 6 sign
after IN ADP prep 7
October NNP PROPN pobj 8
1 CD NUM nummod 9
change VBP VERB ROOT 11
. . PUNCT punct 11
"""


def test_a_month_day_named_again_is_the_same_day(tagger):
    # the second 'October 1' hangs on a past participle, which alone would place it a year back
    found = times(parsed(tagger, MONTH_DAY_TWICE))
    assert [t[1] for t in found] == ["2024-10-01", "2024-10-01"]


def test_a_date_ends_before_an_uncounted_length_the_tagger_ran_it_into(tagger):
    rows = """
Unions NNS NOUN nsubj 1
struck VBD VERB ROOT 1 strike
a DT DET det 3
deal NN NOUN dobj 1
on IN ADP prep 1
Friday NNP PROPN pobj 4
following VBG VERB prep 1
weeks NNS NOUN pobj 6 week
of IN ADP prep 7
talks NNS NOUN pobj 8 talk
. . PUNCT punct 1
"""
    fields = [line.split() for line in rows.strip().splitlines()]
    doc = Doc(tagger.matcher.vocab, words=[f[0] for f in fields], tags=[f[1] for f in fields],
              pos=[f[2] for f in fields], deps=[f[3] for f in fields], heads=[int(f[4]) for f in fields],
              lemmas=[f[5] if len(f) > 5 else f[0].lower() for f in fields],
              ents=["O"] * 5 + ["B-DATE", "I-DATE", "I-DATE"] + ["O"] * 3)
    doc._.cg_published = WEDNESDAY
    assert [t.span.text for t in tagger(doc)._.cg_times] == ["on Friday"]


# -- a hope looks ahead like a vow, whatever the lemmatizer makes of 'hoped' ----------------------------------------

@pytest.mark.parametrize("text, published, expected", [
    # spaCy's rules give 'hopes' and 'hoped' the lemma 'hop'; the season is the coming one, not the nearest one behind
    ("The mayor hopes to open the bridge in the autumn.", "2025-05-10", ("in the autumn", "2025-FA")),
    ("The council had hoped to approve the budget before the summer.", "2025-03-07", ("before the summer", "2025-SU")),
])
def test_a_time_inside_what_is_hoped_lies_ahead_of_the_hope(nlp, text, published, expected):
    assert expected in [(t[0], t[1]) for t in analyse(nlp, text, published=published)]


def test_deadline_at_the_end_of_the_month_is_its_last_day(nlp):
    found = analyse(nlp, "The contractor must finish the bridge by the end of the month.")
    assert found == [("by the end of the month", "2023-11-30", "day", "before")]


def test_a_modifier_before_a_placing_preposition_is_the_expressions(nlp):
    found = analyse(nlp, "Shelling resumed late on Friday and stopped early on Monday.")
    assert [(text, value) for text, value, *_ in found] == [("late on Friday", "2023-11-03"),
                                                           ("early on Monday", "2023-11-06")]


def test_the_weekday_something_is_set_for_lies_ahead(nlp):
    found = analyse(nlp, "Opposition leaders called a general strike for Friday after the shooting on Tuesday.")
    assert [(text, value) for text, value, *_ in found] == [("for Friday", "2023-11-10"), ("on Tuesday", "2023-11-07")]


@pytest.mark.parametrize("value, after", [("2024-03-18", True), ("2024-03-14", False), ("2024-06", True),
                                          ("2024-03", False), ("2024-W12", True), ("2024-W11", False),
                                          ("2024-W12-WE", True), ("2024-W11-WE", True), ("2024-W10-WE", False),
                                          ("2025", True), ("2024", False), ("P2D", False), (None, False)])
def test_a_time_begins_after_publication_whatever_its_grain(value, after):
    # published Thursday 2024-03-14, in ISO week 11
    assert timex.begins_after(value, dt.date(2024, 3, 14)) is after
