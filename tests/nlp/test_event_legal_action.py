"""Events on sentences written for these tests: legal action taken against a party is a lawsuit brought against it
(DISAPPROVE, CAMEO 115), as "sue" is; action with no legal word is no act."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, certain", [
    ("The minister said Talvany would take legal action against the Orsk shipping line.", False),
    ("Talvany took legal action against Orsk last year.", True),
    ("Talvany has launched legal proceedings against the Orsk shipping line.", True),
])
def test_legal_action_is_a_lawsuit(analyse, text, certain):
    (e,) = [e for e in analyse(text)["events"] if e["type"] == "DISAPPROVE"]
    assert e["roles"]["actor"] == "Talvany"
    assert "Orsk" in e["roles"]["target"]
    assert (e["certainty"]["value"] == 3) == certain


def test_bare_action_is_no_lawsuit(analyse):
    r = analyse("The government will take action against the smugglers.")
    assert not [e for e in r["events"] if e["type"] == "DISAPPROVE"]
