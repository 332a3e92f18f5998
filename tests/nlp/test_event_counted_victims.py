"""Events on sentences written for these tests: victims of a killing told only by their number are no target (the
place named stands in for them), and a toll told as the state an act left people in ("left at least 40 injured")
is no act of its own."""
from __future__ import annotations

import pytest

from tests.conftest import event


def test_victims_told_by_their_number_give_way_to_the_place(analyse):
    killed = event(analyse("Tarsic rebels killed 23 people in Tessaly on Sunday."), "killed")
    assert killed["roles"].get("target") == "Tessaly"


def test_victims_told_by_their_number_alone_are_no_target(analyse):
    killed = event(analyse("The blast killed six on Sunday, police said."), "killed")
    assert "target" not in killed["roles"]


def test_victims_said_to_be_someone_stay_the_target(analyse):
    killed = event(analyse("Tarsic rebels killed three Velmish soldiers in Tessaly on Sunday."), "killed")
    assert "soldiers" in killed["roles"].get("target", "")


@pytest.mark.parametrize("text", [
    "The blast in Varnis killed six and left at least 40 injured, police said.",
    "Orvath warplanes struck the town of Morvel on Friday, with at least 40 injured.",
])
def test_people_left_injured_are_no_act(analyse, text):
    assert "injured" not in [e["trigger"]["text"] for e in analyse(text)["events"]], text
