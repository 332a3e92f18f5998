"""Events on sentences written for these tests: legal action taken against a party is a lawsuit brought against it
(DISAPPROVE, CAMEO 115), as "sue" is, and announced for the future it is a threat of one, as "will sue" is; action
with no legal word is no act."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, kind", [
    ("The minister said Talvany would take legal action against the Orsk shipping line.", "THREATEN"),
    ("Talvany took legal action against Orsk last year.", "DISAPPROVE"),
    ("Talvany has launched legal proceedings against the Orsk shipping line.", "DISAPPROVE"),
])
def test_legal_action_is_a_lawsuit(analyse, text, kind):
    (e,) = [e for e in analyse(text)["events"] if e["type"] in ("DISAPPROVE", "THREATEN")]
    assert e["type"] == kind
    assert e["roles"]["actor"] == "Talvany"
    assert "Orsk" in e["roles"]["target"]
    # a suit brought took place; one announced has not been brought yet
    assert (e["certainty"]["value"] == 3) == (kind == "DISAPPROVE")


def test_bare_action_is_no_lawsuit(analyse):
    r = analyse("The government will take action against the smugglers.")
    assert not [e for e in r["events"] if e["type"] == "DISAPPROVE"]
