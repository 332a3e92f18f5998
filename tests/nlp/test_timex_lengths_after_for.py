"""A counted length after 'for' says how long, even with 'before' or 'after' an event after it."""
from __future__ import annotations


def test_a_length_for_which_something_went_on_before_an_event_is_no_date(analyse):
    r = analyse("A senior Velk official said the men had been watching the depot for at least a week before they "
                "were caught.", published="2027-03-04")
    assert not [t for t in r["times"] if t["value"]]


def test_a_length_after_for_stays_a_duration(analyse):
    r = analyse("The guards had patrolled the road for a week before the attack.", published="2027-03-04")
    assert [(t["text"], t["value"], t["granularity"]) for t in r["times"]] == [("for a week", None, "duration")]


def test_a_length_before_after_still_counts_from_the_event(analyse):
    r = analyse("The minister resigned on Monday. The vote came two weeks after the minister resigned.",
                published="2027-03-04")
    assert any(t["text"].startswith("two weeks after") for t in r["times"])
