"""Attribution shapes met on unseen text, on sentences written for these tests: what evidence shows, parenthetical
reports, citations, and the edges of a content."""
from __future__ import annotations

import pytest

from tests.news import by_cue, joined, texts


@pytest.mark.parametrize("text", [
    "What the satellite images show is a burned village.",
    "The damage that the photographs show was severe.",
])
def test_what_evidence_shows_with_its_object_before_the_verb(analyse, text):
    r = analyse(text)  # used to fail: nothing shown after the verb
    assert not [a for a in r["attributions"] if joined(a["cue"]) == "show"]
