"""A by-phrase the parser hangs on an active verb though it names the doer of the act noun before it, on sentences
written for these tests."""
from __future__ import annotations

from tests.conftest import event


def test_the_by_phrase_after_an_act_noun_object_names_its_doer(analyse):
    r = analyse("Police fired tear gas on Wednesday to break up a march by several thousand Velmar Union supporters "
                "on the Board.")
    assert event(r, "march")["roles"].get("actor") == "Velmar Union"


def test_a_margin_after_an_object_is_no_doer(analyse):
    r = analyse("Soldiers ended the siege by Tuesday, and the Velmar Union won the vote by 20 points.")
    assert all(e["roles"].get("actor") != "20 points" for e in r["events"])
