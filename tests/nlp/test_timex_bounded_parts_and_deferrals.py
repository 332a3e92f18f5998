"""Times of day bounded bare ("until evening") or told with their day ("before dawn on Monday", "the early hours of
Sunday"), a day an act is put off until, and "at the last minute"."""
from __future__ import annotations

WEDNESDAY = "2031-05-14"  # the Monday before is 05-12; 'October 2' lies ahead, in 2031


def times(analyse, text: str) -> dict[str, tuple]:
    return {t["text"]: (t["value"], t.get("modifier")) for t in analyse(text, published=WEDNESDAY)["times"]}


def test_a_bare_part_of_the_day_after_until_is_on_the_story_day(analyse):
    found = times(analyse, "Shells hit the Marrow grain store on Monday, and fires burned there until evening, "
                           "the Telk police said.")
    assert found["until evening"][0] == "2031-05-12"


def test_a_day_put_off_until_lies_ahead_of_the_putting_off(analyse):
    found = times(analyse, "The Ossery court hearing has been postponed until October 2, a clerk said.")
    assert found["until October 2"][0] == "2031-10-02"


def test_a_time_of_day_and_its_weekday_are_one_expression(analyse):
    found = times(analyse, "Gunmen raided a Kelby border post before dawn on Monday, the Telk army said.")
    assert found == {"before dawn on Monday": ("2031-05-12", "before")}


def test_at_the_last_minute_dates_nothing(analyse):
    found = times(analyse, "The Ossery delegation raised new demands at the last minute, a Telk official said.")
    assert "at the last minute" not in found and "the last minute" not in found


def test_the_early_hours_of_a_weekday_are_one_expression(analyse):
    found = times(analyse, "Kelby rebels shelled the Marrow depot in the early hours of Monday, the Telk army said.")
    assert found == {"in the early hours of Monday": ("2031-05-12", None)}


def test_the_evening_of_a_date_is_one_expression(analyse):
    found = times(analyse, "The blast at the Marrow depot on the evening of May 3 killed two guards, Telk police said.")
    assert found == {"on the evening of May 3": ("2031-05-03", None)}
