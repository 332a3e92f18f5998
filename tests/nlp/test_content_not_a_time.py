"""A report's content is never a bare time phrase, even where the parse leaves the cue's time adjunct as its only
complement."""
from __future__ import annotations

import pytest

from tests.news import by_cue, joined


@pytest.mark.parametrize("text, content", [
    ("Train drivers will walk out on Monday and again on Thursday, the union said on Friday, after talks with "
     "operators ended without a deal.", "Train drivers will walk out on Monday and again on Thursday"),
    ("Officials said last week that the bridge was unsafe.", "that the bridge was unsafe"),
])
def test_the_content_is_what_was_said_not_when(analyse, text, content):
    (a,) = by_cue(analyse(text), "said")
    assert joined(a["content"]) == content
