"""Only a verb of quoting makes a citation of its object's "saying": "described Y as saying C" passes on no words,
so Y is no source inside another report. A text written for this test."""
from __future__ import annotations


def test_a_describing_verb_makes_no_citation_of_saying(analyse):
    r = analyse("Officials said the Herald had described a nurse as saying nine crew members had been treated.")
    assert not any(any(c["text"] == "saying" for c in a["cue"]) for a in r["attributions"])
    assert not any(any(s["text"] == "a nurse" for s in a["source"]) for a in r["attributions"])
