"""Tests for a time of day told right before the weekday it falls on: one expression with the day, taking that day's
date, not the day the narrative is at; invented sentences read by the whole pipeline."""
import pytest

WEDNESDAY = "2024-12-11"  # the Sunday after is 12-15, the Friday before 12-06, the Monday before 12-09


def times(analyse, text: str) -> dict[str, str]:
    return {t["text"]: t["value"] for t in analyse(text, published=WEDNESDAY)["times"]}


@pytest.mark.parametrize("text, expression, value", [
    ("The Harl council said the curfew would be lifted from midnight on Sunday.", "midnight on Sunday", "2024-12-15"),
    ("The Tolvane polls close at noon Thursday.", "at noon", "2024-12-12"),
    ("The Orsk deadline expired at midnight on Friday.", "at midnight on Friday", "2024-12-06"),
    ("Rebels attacked the Vell border post shortly before dawn on Monday.", "shortly before dawn on Monday",
     "2024-12-09"),
])
def test_a_time_of_day_before_its_weekday_is_on_that_day(analyse, text, expression, value):
    assert times(analyse, text)[expression] == value


def test_a_time_of_day_alone_stays_on_the_day_the_story_is_at(analyse):
    found = times(analyse, "Talks in Korrin opened on Monday and ran past midnight.")
    assert found["on Monday"] == "2024-12-09" and found["past midnight"] == "2024-12-09"


@pytest.mark.parametrize("text, expression, value", [
    ("Villagers in Oskel said they heard shelling from midnight until dawn on Monday.",
     "from midnight until dawn on Monday", "2024-12-09"),
    ("Talks in Korrin opened on Monday; delegates argued from dusk to dawn.", "from dusk to dawn", "2024-12-09"),
    ("The Harl market stays shut between noon and sunset.", "between noon and sunset", "2024-12-11"),
])
def test_two_times_of_day_that_bound_one_stretch_are_one_expression(analyse, text, expression, value):
    found = times(analyse, text)
    assert found.get(expression) == value, found
    assert not {"midnight", "dusk", "noon", "until dawn"} & set(found)


def test_a_time_of_day_closing_a_hyphenated_word_is_no_time(analyse):
    # "a dusk-to-dawn curfew" names a kind of curfew, no time; the day after it does
    found = times(analyse, "The Selm garrison imposed a dusk-to-dawn curfew on Tuesday.")
    assert found == {"on Tuesday": "2024-12-10"}
