"""A participle opening the sentence that only frames the report ('Writing in the Times, X argued that C'): where and
how X put the words, no attribution of its own and no part of the source."""
from __future__ import annotations

import pytest

from tests.news import by_cue_ending, joined


@pytest.mark.parametrize("text, cue, source, content", [
    ("Writing in the Orvel Times on Monday, former envoy Lena Marsk argued that the sanctions had failed.",
     "argued", "former envoy Lena Marsk", "that the sanctions had failed"),
    ("Writing in the Quill Ledger, Dana Ferrow said the harbour plan would fail.",
     "said", "Dana Ferrow", "the harbour plan would fail"),
    ("Writing on social media, the minister said the bridge would reopen next week.",
     "said", "the minister", "the bridge would reopen next week"),
    ("Writing in a column for the Tessaly Gazette, Pavel Dunn said the ferry fares were too high.",
     "said", "Pavel Dunn", "the ferry fares were too high"),
])
def test_an_opening_participle_of_writing_is_no_attribution(analyse, text, cue, source, content):
    r = analyse(text)
    assert by_cue_ending(r, "Writing") == [] and by_cue_ending(r, "on") == []
    (report,) = by_cue_ending(r, cue)
    assert joined(report["source"]) == source
    assert joined(report["content"]) == content
    assert report["parent"] is None


def test_an_opening_participle_with_a_clause_of_its_own_still_reports(analyse):
    r = analyse("Writing that the plan was doomed, the columnist urged readers to protest.")
    (writing,) = by_cue_ending(r, "Writing")
    assert joined(writing["content"]) == "that the plan was doomed"
