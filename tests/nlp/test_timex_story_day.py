"""Times on sentences written for these tests: an uncounted stretch of minutes or hours before 'after'/'before'
('minutes after he had left', 'just hours before the talks') falls on the day of the event it is counted from, and
'that night', 'later that day', 'that year' take the time the story is at."""
from __future__ import annotations


def dated(result):
    return {t["text"]: (t.get("value"), t.get("granularity")) for t in result["times"]}


# 2025-06-18 is a Wednesday: the Monday before it is 06-16
WEDNESDAY = "2025-06-18"


def test_minutes_after_an_act_fall_on_its_day(analyse):
    r = analyse("A mine blew up under a lorry near Dassel on Monday, minutes after the envoy of Morrow had passed.",
                published=WEDNESDAY)
    assert dated(r).get("minutes after") == ("2025-06-16", "day")


def test_hours_before_an_act_fall_on_its_day(analyse):
    r = analyse("Guards at the Tesk crossing fired on a crowd on Monday, just hours before the talks in Ulm were due "
                "to begin.", published=WEDNESDAY)
    assert dated(r).get("just hours before") == ("2025-06-16", "day")


def test_an_uncounted_stretch_is_no_length_there(analyse):
    r = analyse("A mine blew up under a lorry near Dassel on Monday, minutes after the envoy of Morrow had passed.",
                published=WEDNESDAY)
    assert not [t for t in r["times"] if t.get("granularity") == "duration"]


def test_days_uncounted_place_nothing(analyse):
    # an uncounted number of days after an act could be any of them
    r = analyse("The Harnet militia left Korsa on Monday, days after the army of Velm had crossed the river.",
                published=WEDNESDAY)
    assert dated(r).get("days after") is None


def test_that_night_is_the_night_of_the_day_told(analyse):
    r = analyse("Police in Marvel arrested two men on Monday. In a video shown on Vessan television that night, one "
                "of them said he had been paid.", published=WEDNESDAY)
    assert dated(r).get("that night") == ("2025-06-16", "day")


def test_later_that_day_keeps_its_adverb(analyse):
    r = analyse("The Ostrel envoy landed in Pavard on Monday. Later that day, she met the leaders of the Harn "
                "council.", published=WEDNESDAY)
    assert dated(r).get("Later that day") == ("2025-06-16", "day")


def test_that_year_is_the_year_told(analyse):
    r = analyse("The Tollan dam opened in March 2019. Floods hit the valley of the Ser later that year.",
                published=WEDNESDAY)
    assert dated(r).get("later that year") == ("2019", "year")


def test_that_night_with_no_day_told_places_nothing(analyse):
    r = analyse("The Ostrel envoy said the talks went on late that night.", published=WEDNESDAY)
    assert dated(r).get("that night") is None
