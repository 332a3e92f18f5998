"""Events on sentences written for these tests: people on a body's task named with it ("investigators from the
X Council", "experts from the Y Agency") act for that body."""
from __future__ import annotations

import pytest

from tests.conftest import event


@pytest.mark.parametrize("text, trigger, body", [
    ("Investigators from the Orvath Rights Council visited the prison in Drell on Monday.", "visited",
     "Orvath Rights Council"),
    ("Experts from the Velmish Atomic Agency inspected the reactor at Kessel on Friday.", "inspected",
     "Velmish Atomic Agency"),
])
def test_people_on_a_task_act_for_their_body(analyse, text, trigger, body):
    assert event(analyse(text), trigger)["roles"].get("actor") == body, text


def test_people_of_no_body_named_stay_themselves(analyse):
    visited = event(analyse("A team of investigators visited the prison in Drell on Monday."), "visited")
    assert visited["roles"].get("actor") == "investigators"
