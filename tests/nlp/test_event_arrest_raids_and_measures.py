"""Events on sentences written for these tests: a raid told with arrests is coercion, not an
assault; the noun a measure is named with ('a state of emergency') is no one it is laid on."""
from __future__ import annotations

import pytest

from tests.conftest import event


@pytest.mark.parametrize("text, trigger", [
    ("Police raided homes in Dresk and arrested 12 people.", "raided"),
    ("Officers raided the offices of the Tavel union and detained its leader.", "raided"),
])
def test_a_raid_with_arrests_is_coercion(analyse, text, trigger):
    assert event(analyse(text), trigger)["type"] == "COERCE", text


def test_a_raid_with_killings_stays_force(analyse):
    raid = event(analyse("Gunmen raided the village of Orsk and killed six farmers."), "raided")
    assert raid["type"] in {"ASSAULT", "FIGHT"}


def test_the_noun_naming_a_measure_is_no_target(analyse):
    declared = event(analyse("The governor of Pelmar declared a state of emergency."), "declared")
    assert declared["type"] == "COERCE"
    assert "target" not in declared["roles"]
    placed = event(analyse("The governor declared a state of emergency in Pelmar province."), "declared")
    assert placed["roles"].get("target") == "Pelmar"  # the province, named without its word
