"""Events on sentences written for these tests: acts carried on, shown in footage, seized, declared and struck."""
from __future__ import annotations

from tests.conftest import event


def test_pressing_on_with_an_act_is_no_demand(analyse):
    r = analyse("The Harrow Brigade pressed on with the offensive despite the truce talks.")
    assert not any(e["type"] == "DEMAND" for e in r["events"])
    assert event(r, "offensive")["roles"].get("actor") == "Harrow Brigade"


def test_pressing_someone_on_a_matter_stays_a_demand(analyse):
    r = analyse("Reporters pressed the minister on the budget cuts.")
    assert event(r, "pressed")["type"] == "DEMAND"


def test_moving_forward_with_an_act_gives_it_its_doer(analyse):
    r = analyse("The Velmor Front moved forward with the assault on the port.")
    assert event(r, "assault")["roles"].get("actor") == "Velmor Front"
