"""An opening 'According to X,' that the parser made the sentence's root, its clause hung on X as an apposition."""
from __future__ import annotations

from tests.news import by_cue, texts


def test_the_source_ends_at_the_comma_and_the_rest_is_the_content(analyse):
    r = analyse('According to radio host Dane Orvel, the request reeks of "fear" and weakness.')
    (according,) = by_cue(r, "According to")
    assert texts(according["source"]) == ["radio host Dane Orvel"]
    assert " ".join(texts(according["content"])).startswith("the request reeks of")

