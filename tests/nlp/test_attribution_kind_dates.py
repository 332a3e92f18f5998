"""A date in the words that describe a source ('the envoy, who was told on Friday,') says when, not whose voice: it
gives the source no kind of its own."""
from __future__ import annotations

import pytest

from tests.news import by_cue_ending


@pytest.mark.parametrize("text", [
    "The envoy, who was told of the decision on Friday, said he would leave.",
    "The harbour pilot, who retired in June, said the channel was unsafe.",
])
def test_a_date_in_a_relative_clause_gives_no_kind(analyse, text):
    r = analyse(text)
    (said,) = by_cue_ending(r, "said")
    assert said["source_kind"] == "anonymous"
    assert "entity type" not in said["evidence"]["source_kind_by"]
