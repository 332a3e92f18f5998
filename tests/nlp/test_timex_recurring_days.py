"""Times on sentences written for these tests: a weekday after 'every' or 'each', or a bare weekday after an
indefinite article, names a set of days or any one of them and gets no date; 'a Friday interview' is one day."""
from __future__ import annotations

import pytest


def dated(result):
    return {t["text"]: t.get("value") for t in result["times"]}


@pytest.mark.parametrize("text, day", [
    ("The Tollen market opens every Friday, the mayor said.", "Friday"),
    ("The harbour board meets each Monday in Varsk.", "Monday"),
    ("It happened on a Tuesday in spring, the guard recalled.", "Tuesday"),
])
def test_a_recurring_or_indefinite_weekday_gets_no_date(analyse, text, day):
    times = dated(analyse(text, published="2024-03-14"))
    assert not any(day in words for words in times), times


def test_a_weekday_before_its_noun_is_one_day(analyse):
    times = dated(analyse("Senator Orla Vint said in a Friday interview that she would run.", published="2024-03-14"))
    assert times.get("Friday") == "2024-03-08", times


def test_the_weekday_said_on_stays_dated_beside_a_recurring_one(analyse):
    times = dated(analyse("The ferry sails every Sunday, the operator said on Tuesday.", published="2024-03-14"))
    assert times.get("on Tuesday") == "2024-03-12" and not any("Sunday" in w for w in times), times
