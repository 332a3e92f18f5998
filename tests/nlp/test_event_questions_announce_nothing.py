"""Events on sentences written for these tests: a cooperative act asked about with 'whether' and a modal is no
announcement of it (AGREE), the act itself stays; said with the modal, it is announced."""
from __future__ import annotations

import pytest

from tests.conftest import event


@pytest.mark.parametrize("text, trigger, kind", [
    ("The Ardish mission did not say whether it would send the generators.", "send", "AID"),
    ("Reporters asked whether Ardmoor would supply the Lomar rebels with rifles.", "supply", "AID"),
    ("The Ardish mission said it would send generators to Tovel.", "send", "AGREE"),
])
def test_an_act_asked_about_is_not_announced(analyse, text, trigger, kind):
    assert event(analyse(text), trigger)["type"] == kind, text
