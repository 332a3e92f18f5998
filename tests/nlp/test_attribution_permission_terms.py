"""A negated participle of permission states the terms a source speaks on only with the act permitted after it."""
from __future__ import annotations

from tests.news import by_cue, by_cue_ending, texts


def test_a_report_in_a_relative_clause_on_a_ministry_is_kept(analyse):
    # 'had not been authorised' is what the ministry said, not the terms it speaks on
    r = analyse("The transport ministry, which said the convoy had not been authorised, put the number of lorries "
                "at twelve.")
    (said,) = by_cue(r, "said")
    assert texts(said["source"]) == ["The transport ministry"]
    assert texts(said["content"]) == ["the convoy had not been authorised"]


def test_terms_of_permission_still_leave_no_report(analyse):
    r = analyse("A customs officer, who was not authorised to speak to reporters, said the convoy had been stopped.")
    (said,) = by_cue(r, "said")
    assert texts(said["content"]) == ["the convoy had been stopped"]
    assert not by_cue_ending(r, "authorised")
