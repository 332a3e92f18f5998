"""Times on sentences written for these tests: a length counted before or after a definite event noun places the
clause's own act from the event the lead dated ('four months before the outage'), 'at least' bounds such a count,
a 'by' deadline in a past clause is one already met, and 'as early as'/'as soon as' bound a time from below."""
from __future__ import annotations


def dated(result):
    return {t["text"]: (t.get("value"), t.get("granularity")) for t in result["times"]}


# 2025-06-18 is a Wednesday: the Saturday before it is 06-14, the one after 06-21
WEDNESDAY = "2025-06-18"


def test_a_length_before_a_told_event_dates_the_clause_from_it(analyse):
    r = analyse("A flood cut the Mervan highway on Friday. Engineers said the levee had cracked three weeks before "
                "the flood.", published=WEDNESDAY)
    assert dated(r).get("three weeks before") == ("2025-05-23", "day")


def test_a_length_after_a_told_event_begins_on_its_day(analyse):
    # the value of a counted length is where it begins, the earlier act: here the raid's day, as "came two weeks
    # after the vow" is the vow's and "on Tuesday, two days after the collision" the collision's
    r = analyse("Gunmen stormed a bank in Ostrel on Monday. Police arrested two suspects two days after the raid.",
                published=WEDNESDAY)
    assert dated(r).get("two days after") == ("2025-06-16", "day")


def test_a_story_event_that_comes_after_another_keeps_dating_the_other(analyse):
    # 'X came two weeks after ...': X is the story's event, the length dates the other one
    r = analyse("A drone struck a depot near Harsk on Monday. The strike came two weeks after the ceasefire.",
                published=WEDNESDAY)
    assert dated(r).get("two weeks after") == ("2025-06-02", "day")


def test_at_least_bounds_a_counted_length(analyse):
    r = analyse("A flood cut the Mervan highway on Friday. Engineers said the levee had cracked at least three weeks "
                "before the flood.", published=WEDNESDAY)
    assert dated(r).get("at least three weeks before") == ("2025-05-23", "day")


def test_a_deadline_met_in_a_past_clause_lies_behind(analyse):
    r = analyse("The Tollan company said the water supply had been restored by Saturday.", published=WEDNESDAY)
    assert dated(r).get("by Saturday") == ("2025-06-14", "day")


def test_a_deadline_still_to_meet_lies_ahead(analyse):
    r = analyse("The Tollan company said the water supply would be restored by Saturday.", published=WEDNESDAY)
    assert dated(r).get("by Saturday") == ("2025-06-21", "day")


def test_as_early_as_bounds_a_time_from_below(analyse):
    r = analyse("A senior Dessian official said the talks could resume as early as next week.", published=WEDNESDAY)
    times = [t for t in r["times"] if "week" in t["text"]]
    assert [(t["text"], t["value"], t["granularity"]) for t in times] == [("as early as next week", "2025-W26", "week")]


def test_as_soon_as_before_a_weekday_bounds_it(analyse):
    r = analyse("The Arvel council may vote on the budget as soon as Saturday.", published=WEDNESDAY)
    assert dated(r).get("as soon as Saturday") == ("2025-06-21", "day")


def test_up_to_bounds_a_counted_length(analyse):
    r = analyse("If found guilty, the smuggler Arno Velk could face up to 12 years in jail.", published=WEDNESDAY)
    assert dated(r).get("up to 12 years") == (None, "duration")
