"""An act named only to date another is no act the words tell, wherever the dating clause stands and whatever names
its act: "Before the shooting began, ...", "before the Ustrian shelling began"."""
from __future__ import annotations

from claimgraph.link.acts import acts_told


def test_a_dating_clause_that_opens_the_sentence_tells_no_act():
    assert acts_told("Before the shooting began, troops had crossed into the valley") == acts_told(
        "troops had crossed into the valley")


def test_a_dating_clause_whose_act_a_name_modifies_tells_no_act():
    assert acts_told("troops crossed before the Ustrian shelling began") == acts_told("troops crossed")
