"""A counted length set beside a day after a comma, on sentences written for these tests."""
from __future__ import annotations


def time_of(r: dict, text: str) -> dict:
    (found,) = [t for t in r["times"] if t["text"] == text]
    return found


def test_a_length_beside_a_day_places_the_event_it_names_back_from_that_day(analyse):
    r = analyse("Ostria summoned Varn's ambassador on Tuesday, two days after the collision.", published="2028-05-18")
    assert time_of(r, "two days after")["value"] == "2028-05-14"


def test_a_length_before_an_event_beside_a_day_lies_ahead_of_it(analyse):
    r = analyse("Velmar's parliament voted on the budget on Wednesday, three days before the deadline.",
                published="2028-05-19")
    assert time_of(r, "three days before")["value"] == "2028-05-20"
