"""Events on sentences written for these tests: a release of people is a retreat aimed at those freed, with no
doer unless one is named; a promise to release stays an agreement; a conjunct with a modal of its own keeps no
time of the act before it."""
from __future__ import annotations

import pytest

from tests.conftest import event


@pytest.mark.parametrize("text, trigger, target", [
    ("The Ostrel rebels said the men would be released on Friday.", "released", "men"),
    ("The hostages were freed on Sunday, officials in Varnis said.", "freed", "hostages"),
    ("The prisoners will be released next week.", "released", "prisoners"),
])
def test_a_release_told_without_its_doer_is_a_retreat_with_no_actor(analyse, text, trigger, target):
    released = event(analyse(text), trigger)
    assert released["type"] == "RETREAT", text
    assert released["roles"].get("target") == target, text
    assert "actor" not in released["roles"], text


def test_a_release_promised_by_its_doer_stays_an_agreement_aimed_at_those_freed(analyse):
    r = analyse("The Ostrel rebels said they will release the prisoners.")
    promise = event(r, "release")
    assert promise["type"] == "AGREE"
    assert promise["roles"].get("target") == "prisoners"


def test_a_release_done_has_its_doer_and_those_freed(analyse):
    released = event(analyse("The Ostrel rebels released the prisoners on Monday."), "released")
    assert released["type"] == "RETREAT"
    assert released["roles"].get("actor", "").startswith("Ostrel")
    assert released["roles"].get("target") == "prisoners"


def test_a_conjunct_with_its_own_modal_takes_no_time_of_the_first(analyse):
    r = analyse("The reporter was held for two days and would be released.")
    released = event(r, "released")
    assert "time" not in released["role_mentions"]
    assert released["roles"].get("target") == "reporter"  # the passive conjuncts share their subject
    assert event(r, "held")["role_mentions"]["time"]["text"] == "two days"


def test_coordinated_acts_told_alike_still_share_their_time(analyse):
    r = analyse("Police arrested the suspects on Tuesday and detained their driver.")
    assert event(r, "detained")["role_mentions"].get("time", {}).get("text") == "on Tuesday"
