"""Times on sentences written for these tests: 'X is to <verb> on <weekday>' tells an arrangement, which lies ahead
of the telling, and the act takes that day; 'the goal is to ...' names an aim, and the past 'was to' is left to the
nearest reading."""
from __future__ import annotations

from tests.conftest import event


def dated(result):
    return {t["text"]: t.get("value") for t in result["times"]}


def test_an_act_arranged_with_be_to_lies_ahead(analyse):
    # published on a Thursday: the Monday ahead, not the one just past
    r = analyse("Ostria is to release the Pellan prisoners on Monday, the ministry said.", published="2024-03-14")
    assert dated(r).get("on Monday") == "2024-03-18"
    released = event(r, "release")
    assert released["roles"].get("time") == next(t["id"] for t in r["times"] if t["text"] == "on Monday")


def test_a_passive_arrangement_lies_ahead(analyse):
    r = analyse("The Varsk sailors are to be flown home on Monday.", published="2024-03-14")
    assert dated(r).get("on Monday") == "2024-03-18"


def test_an_act_told_done_stays_in_the_past(analyse):
    r = analyse("Ostria released the Pellan prisoners on Monday, the ministry said.", published="2024-03-14")
    assert dated(r).get("on Monday") == "2024-03-11"
