"""A speaker tag closing its paragraph on a colon, with what was said in the next paragraph."""
from __future__ import annotations

from tests.news import by_cue, texts


def test_an_unquoted_paragraph_after_the_colon_is_the_content_and_the_subject_the_source(analyse):
    r = analyse('"She has no plan," he said.\n\nThe mayor added:\n\n'
                "It is typical of Dorla Venn. She talks, but the roads stay broken.")
    (added,) = by_cue(r, "added:")
    assert texts(added["source"]) == ["The mayor"]
    assert " ".join(texts(added["content"])).startswith("It is typical of Dorla Venn.")


def test_a_quoted_paragraph_after_the_colon_keeps_its_speaker(analyse):
    r = analyse('"The levy is fair," said Orvan Pell. "Growers agree."\n\nPell continued:\n\n'
                '"The harbour plan overall is a partisan matter."')
    (went_on,) = by_cue(r, "continued:")
    assert texts(went_on["source"]) == ["Pell"]
    assert texts(went_on["content"]) == ["The harbour plan overall is a partisan matter"]
