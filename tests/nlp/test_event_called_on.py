"""Events on sentences written for these tests: the one called on, appealed to or pleaded with to do something does
it, and is the one the demand is made of."""
from __future__ import annotations

import pytest

from tests.conftest import event


@pytest.mark.parametrize("text, act, doer", [
    ("The Harlow council called on both sides to allow inspectors to reach the dam.", "allow", "sides"),
    ("Velmar called on the Tamm Front to free the sailors.", "free", "Tamm Front"),
    ("The envoy appealed to the rebels to release the hostages.", "release", "rebels"),
])
def test_the_one_called_on_does_the_act_asked_for(analyse, text, act, doer):
    assert doer in (event(analyse(text), act)["roles"].get("actor") or "")


def test_the_one_called_on_is_the_target_of_the_demand(analyse):
    found = event(analyse("The Harlow council called on both sides to allow inspectors to reach the dam."), "called on")
    assert "sides" in (found["roles"].get("target") or "")
