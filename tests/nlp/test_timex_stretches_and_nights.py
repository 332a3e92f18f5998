"""Times on sentences written for these tests: a length counted from an event the story told and dated is placed from
that day whatever the clause's tense, and places nothing when no day was told; 'the coming months' is a stretch ahead,
not a point; 'overnight on Sunday' is one expression."""
from __future__ import annotations


def dated(result):
    return {t["text"]: (t.get("value"), t.get("granularity")) for t in result["times"]}


# 2025-06-18 is a Wednesday: the Monday before it is 06-16, the Sunday 06-15
WEDNESDAY = "2025-06-18"


def test_a_length_after_a_told_event_is_counted_from_its_day(analyse):
    r = analyse("The army of Velm fired a rocket at Korsa on Monday, its ministry said. Photographs taken about five "
                "hours after the launch show a burnt field, the Tarn Institute said.", published=WEDNESDAY)
    assert dated(r).get("about five hours after") == ("2025-06-16", "day")


def test_a_length_after_a_told_event_skips_the_day_it_was_told(analyse):
    # the first day placed is the telling's; the launch is the day the act was placed on
    r = analyse("Velm has fired a new rocket, its news agency said on Tuesday. The rocket was fired from a site near "
                "Korsa early on Monday. Photographs taken about five hours after the launch show a burnt field, the "
                "Tarn Institute said.", published=WEDNESDAY)
    assert dated(r).get("about five hours after") == ("2025-06-16", "day")


def test_a_length_after_an_event_never_dated_places_nothing(analyse):
    r = analyse("Photographs taken two days after the blast show a burnt field near Korsa, the Tarn Institute said.",
                published=WEDNESDAY)
    assert dated(r).get("two days after", (None, None))[0] is None


def test_the_coming_months_are_a_stretch_ahead(analyse):
    r = analyse("The Velm navy said more drills would follow in the coming months.", published=WEDNESDAY)
    assert dated(r).get("in the coming months") == (None, "duration")


def test_the_next_weeks_after_in_are_a_stretch_not_a_point(analyse):
    r = analyse("The court in Korsa is expected to rule in the next two weeks, a clerk said.", published=WEDNESDAY)
    assert dated(r).get("in the next two weeks") == (None, "duration")


def test_a_counted_length_after_in_is_still_a_point_ahead(analyse):
    r = analyse("The council of Korsa will vote in two weeks, its speaker said.", published=WEDNESDAY)
    assert dated(r).get("in two weeks") == ("2025-07-02", "day")


def test_overnight_on_a_weekday_is_one_expression_on_that_day(analyse):
    r = analyse("Rockets struck the port of Dassel overnight on Sunday, forcing hundreds to flee.", published=WEDNESDAY)
    assert dated(r) == {"overnight on Sunday": ("2025-06-15", "day")}


def test_a_focusing_adverb_is_no_part_of_a_time(analyse):
    r = analyse("The dam at Pellow burst on Monday. Rescue crews reached the valley only three days later.",
                published=WEDNESDAY)
    assert dated(r).get("three days later") == ("2025-06-19", "day")


def test_a_step_from_an_act_the_clause_names_again_is_counted_from_its_day(analyse):
    # the noun and the verb one word ('raid'): the act is named again, not merely one of its kind
    r = analyse("A depot that was raided on Monday held files on Vessany. Its owner will face a tribunal next month, "
                "his lawyer said. She said the owner was told of the raid two days later.", published=WEDNESDAY)
    assert dated(r).get("two days later") == ("2025-06-18", "day")


def test_after_a_length_leaves_the_preposition_outside_and_after_a_day_keeps_it(analyse):
    r = analyse("Four engineers held by the Vell Front were freed on Sunday after two weeks in captivity, the charity "
                "said. Talks between the two resumed after Monday.", published=WEDNESDAY)
    times = dated(r)
    assert times.get("two weeks") == (None, "duration") and "after two weeks" not in times
    assert "after Monday" in times
