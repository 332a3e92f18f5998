"""'The broadcaster did not say where.': a verb of saying with one wh-word for its question says that word, and its
subject is the source."""
from __future__ import annotations

import pytest

from tests.news import by_cue, joined


@pytest.mark.parametrize("text, cue, source, content", [
    ("Kessar state television said the president had met the rebels. The broadcaster did not say where.",
     "did not say", "The broadcaster", "where"),
    ("The port authority closed the berth on Monday. Officials did not explain why.",
     "did not explain", "Officials", "why"),
])
def test_a_question_left_as_one_word_is_the_content_and_the_subject_the_source(analyse, text, cue, source, content):
    r = analyse(text)
    (report,) = by_cue(r, cue)
    assert joined(report["source"]) == source
    assert joined(report["content"]) == content


def test_a_question_with_its_clause_keeps_the_clause(analyse):
    r = analyse("Officials did not say how many people had been detained.")
    (report,) = by_cue(r, "did not say")
    assert joined(report["content"]) == "how many people had been detained"
