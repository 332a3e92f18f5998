"""Events on unseen text: what a statement holds, given in a relative clause ("the date the group gave"), is no aid."""
from __future__ import annotations


def test_a_date_given_in_a_relative_clause_is_no_aid(analyse):
    r = analyse("The Pell institute said a clock on the wall matched the date the Osk Front gave in its message.")
    assert "gave" not in [e["trigger"]["text"] for e in r["events"]]
    # goods given in a relative clause are still aid
    r = analyse("The rifles that Delk supplied to the Osk Front were found in Brel.")
    assert "supplied" in [e["trigger"]["text"] for e in r["events"]]
