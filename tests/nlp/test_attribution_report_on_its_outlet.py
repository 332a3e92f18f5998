"""'X, a weekly, reported on Monday, citing Y, that C' parsed as one noun phrase with the report a participle on it."""
from __future__ import annotations

from tests.news import by_cue, texts


def test_a_report_parsed_as_a_participle_on_its_outlet_keeps_its_speaker(analyse):
    r = analyse("The Marlow Gazette, a weekly that covers the valley, reported on Monday, citing two engineers, that "
                "the dam had cracked.")
    (reported,) = by_cue(r, "reported")
    (citing,) = by_cue(r, "citing")
    assert texts(reported["source"])[0].startswith("The Marlow Gazette")
    assert texts(reported["content"]) == ["that the dam had cracked"]
    assert texts(citing["source"]) == ["two engineers"]
    assert citing["parent"] == reported["id"]
