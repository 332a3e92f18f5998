"""Paragraph windows and the span labels training reads from them."""
from __future__ import annotations

import pytest

from claimgraph.accurate import windows
from claimgraph.accurate.windows import MAX_PIECES, paragraph_windows, piece_labels

pytest.importorskip("tokenizers", reason="the accurate mode needs the tokenizers package ([accurate] extra)")


@pytest.fixture(scope="module")
def tokenizer():
    from claimgraph.accurate.model import resource
    from importlib import resources
    with resources.as_file(resource("tokenizer.json")) as path:
        return windows.load_tokenizer(path)


def test_each_paragraph_is_a_window_and_offsets_point_into_the_text(tokenizer):
    text = "Rain fell on Orvale.\n\nThe mayor said the dam held.\n"
    found = paragraph_windows(text, tokenizer)
    assert [text[w.start:w.end] for w in found] == ["Rain fell on Orvale.", "The mayor said the dam held."]
    for w in found:
        assert all(w.start <= s < e <= w.end for s, e in w.offsets)
        assert text[w.offsets[0][0]:w.offsets[0][1]].lower() == tokenizer.id_to_token(w.ids[0])


def test_a_long_paragraph_is_cut_at_sentence_ends_within_the_limit(tokenizer):
    sentence = "The council of Brenmoor voted to widen the northern canal before the spring floods arrive. "
    text = sentence * 40
    found = paragraph_windows(text, tokenizer)
    assert len(found) > 1
    assert all(len(w.ids) <= MAX_PIECES for w in found)
    assert all(text[w.start:w.end].startswith("The council") for w in found)
    assert sum(len(w.ids) for w in found) == len(tokenizer.encode(text, add_special_tokens=False).ids)


def test_span_labels_begin_each_piece_and_continue_inside_it():
    offsets = [(0, 3), (4, 9), (9, 12), (13, 17), (18, 22)]
    assert piece_labels(offsets, [(4, 12)]) == [0, 1, 2, 0, 0]
    assert piece_labels(offsets, [(0, 3), (18, 22)]) == [1, 0, 0, 0, 1]
