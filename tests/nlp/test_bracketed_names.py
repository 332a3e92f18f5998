"""A source named with its short form in brackets keeps the closing bracket."""
from __future__ import annotations

import pytest

from tests.news import by_cue, joined


@pytest.mark.parametrize("text, source", [
    ("The World Health Organization (WHO) said the outbreak was under control.",
     "The World Health Organization (WHO)"),
    ("In a statement, the European Central Bank (ECB) said rates would stay unchanged.",
     "the European Central Bank (ECB)"),
    ("Kenya's National Police Service (NPS) said on Sunday that two officers had been arrested.",
     "Kenya's National Police Service (NPS)"),
])
def test_a_source_keeps_the_bracket_it_opened(analyse, text, source):
    (a,) = by_cue(analyse(text), "said")
    assert joined(a["source"]) == source

