"""A content in pieces, each a whole quotation ('"A," said X. "B."'): every piece is written without its marks and
the comma before the closing one, as a content that is one quotation is; the extent as written stays in evidence."""
from __future__ import annotations

import pytest

from tests.news import by_cue_ending, texts


@pytest.mark.parametrize("text, pieces", [
    ('"The border is closed," said Ivo Pell, the interior minister. "No one will cross it."',
     ["The border is closed", "No one will cross it"]),
    ('"We will not retreat," the general said. "Our troops are ready. The line will hold."',
     ["We will not retreat", "Our troops are ready. The line will hold"]),
])
def test_each_quoted_piece_loses_its_marks(analyse, text, pieces):
    r = analyse(text)
    (said,) = by_cue_ending(r, "said")
    assert texts(said["content"]) == pieces
    written = texts(said["evidence"]["content_as_written"])
    assert len(written) == 2 and all(piece[0] == '"' and piece[-1] == '"' for piece in written)


def test_a_quotation_run_over_paragraphs_loses_its_marks_in_every_paragraph(analyse):
    r = analyse('The commander of the Harvel brigade said:\n\n"We have taken the hill. The enemy has fled.\n\n'
                '"We will hold it until the relief column arrives."\n\nThe army did not confirm the claim.')
    (said,) = by_cue_ending(r, "said:")
    assert texts(said["content"]) == ["We have taken the hill. The enemy has fled",
                                      "We will hold it until the relief column arrives"]
    assert texts(said["evidence"]["content_as_written"])[0] == '"We have taken the hill. The enemy has fled.'
