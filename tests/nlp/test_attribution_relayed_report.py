"""An outlet relaying a report after it: 'X said C, the Herald, a weekly, reported'."""
from __future__ import annotations

from tests.news import by_cue, texts


def test_the_relaying_outlet_reports_the_first_report_and_its_speaker(analyse):
    r = analyse("The ministry said the bridge was closed, the Vantor Gazette, a Lissan daily, reported on Monday.")
    (reported,) = by_cue(r, "reported")
    assert texts(reported["source"]) == ["the Vantor Gazette"]
    assert texts(reported["content"]) == ["The ministry said the bridge was closed"]


def test_the_first_report_ends_before_the_relaying_outlet(analyse):
    r = analyse("Opposition leader Tamsin Orle has not been seen since Friday. Her party said she was safe, "
                "the Dunmere Courier, a Brasko weekly, reported.")
    (said,) = by_cue(r, "said")
    assert texts(said["source"]) == ["Her party"]
    assert texts(said["content"]) == ["she was safe"]
    (reported,) = by_cue(r, "reported")
    assert texts(reported["source"]) == ["the Dunmere Courier"]
