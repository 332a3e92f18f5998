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


def test_an_according_to_phrase_after_a_report_that_follows_its_content_relays_the_whole_report(analyse):
    r = analyse("The ministry overpaid for 40 trucks, an internal report by the Finance Office says, according to the "
                "news site Brindle, which obtained a copy.\n\nThe report says the contracts were signed without a "
                "tender.")
    report, later = by_cue(r, "says")
    (according,) = by_cue(r, "according to")
    assert texts(report["content"]) == ["The ministry overpaid for 40 trucks"]
    assert texts(according["content"]) == ["The ministry overpaid for 40 trucks, an internal report by the Finance "
                                           "Office says"]
    assert report["parent"] == according["id"]
    # the report named again speaks in the article's own voice: it stood inside the site's account only there
    assert later["refers_to"] == report["id"] and later["parent"] is None
