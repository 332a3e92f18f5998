"""A group named inside a joined source ('citing an audit and two inspectors') picked out later by an ordinal or
'the other': the joined source's attribution is the one referred to, and the one picked out is an unnamed person."""
from __future__ import annotations

from tests.news import by_cue_ending, joined


def test_an_ordinal_picks_one_out_of_a_group_joined_to_a_document(analyse):
    r = analyse("The Pelt port authority has hidden losses of nine million crowns, the Pelt Gazette reported on "
                "Monday, citing an internal audit and two senior inspectors.\n\nThe first inspector said the losses "
                "began in 2019. The other said the board had known of them for a year.")
    (reported,) = by_cue_ending(r, "reported")
    (citing,) = by_cue_ending(r, "citing")
    assert joined(citing["source"]) == "an internal audit and two senior inspectors"
    first, other = by_cue_ending(r, "said")
    assert joined(first["source"]) == "The first inspector" and joined(other["source"]) == "The other"
    for picked in (first, other):
        assert picked["refers_to"] == citing["id"] and picked["parent"] == reported["id"]
        assert picked["source_kind"] == "anonymous"
    # the inspector is no mention of the audit
    audit = [e for e in r["entities"] if "audit" in e["name"]]
    assert not any(m["text"] == "The first inspector" for e in audit for m in e["mentions"])
