"""'C, shipping records show': a subject the parser read as the verb's compound is still who (or what) reports."""
from __future__ import annotations


def test_records_after_their_content_are_the_source(analyse):
    r = analyse("The tanker, the Morrow Star, had left the Dalvish port of Renko, shipping records show. "
                "Its owner said it knew nothing about the cargo.")
    shown = next(a for a in r["attributions"] if a["cue"][0]["text"] == "show")
    assert [s["text"] for s in shown["source"]] == ["shipping records"]
    assert shown["source_kind"] == "document"


def test_customs_records_after_their_content_are_the_source(analyse):
    r = analyse("The barge, the Grey Heron, had sailed from the northern port of Askel, customs records show.")
    shown = next(a for a in r["attributions"] if a["cue"][0]["text"] == "show")
    assert [s["text"] for s in shown["source"]] == ["customs records"]
