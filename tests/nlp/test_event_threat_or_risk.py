"""Events on sentences written for these tests: "threaten" with a thing or a happening for its subject tells a risk,
no threat; a party that threatens keeps its THREATEN."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The dispute threatens to derail the talks in Marsk.",
    "The rise of piracy threatens trade in the Oskel strait.",
    "A ruling that threatened to cripple the Tarvish unions was overturned.",
    "Farmers in Marsk feel threatened by the drought.",
])
def test_a_thing_that_threatens_is_a_risk(analyse, text):
    assert not [e for e in analyse(text)["events"] if e["type"] == "THREATEN"]


@pytest.mark.parametrize("text", [
    "The Tarvish government threatened to close the border with Oskelia.",
    "The council threatened to expel the Oskelian envoy.",
    "The dockers' union threatened a general strike in Marsk.",
    "The rebels threatened to kill the hostages unless Oskelia paid.",
])
def test_a_party_that_threatens_keeps_its_threat(analyse, text):
    assert [e for e in analyse(text)["events"] if e["type"] == "THREATEN"]
