"""Paragraph windows in word pieces, and the labels of character spans on them (shared by training and inference)."""
from __future__ import annotations

import re
from dataclasses import dataclass

CLS, SEP = 101, 102  # the uncased BERT vocabulary's [CLS] and [SEP]
MAX_PIECES = 160  # a window's word pieces, without [CLS]/[SEP]; a longer paragraph is cut at sentence ends
CUE_TAGS = ("O", "B", "I")
ROLE_TAGS = ("O", "B-source", "I-source", "B-content", "I-content")
# where a paragraph too long for one window may be cut: after a sentence's final mark (and a closing quote)
SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+")


@dataclass
class Window:
    start: int                      # character offsets of the window in the text
    end: int
    ids: list[int]                  # word pieces, without [CLS]/[SEP]
    offsets: list[tuple[int, int]]  # each piece's character offsets in the text


def load_tokenizer(path):
    """The word-piece tokenizer of the checkpoint, without the padding and truncation its file may ask for."""
    from tokenizers import Tokenizer
    tokenizer = Tokenizer.from_file(str(path))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    return tokenizer


def encode_span(tokenizer, text: str, start: int, end: int) -> tuple[list[int], list[tuple[int, int]]]:
    """The word pieces of text[start:end], with offsets in the whole text."""
    encoding = tokenizer.encode(text[start:end], add_special_tokens=False)
    return list(encoding.ids), [(start + s, start + e) for s, e in encoding.offsets]


def paragraph_windows(text: str, tokenizer, spans: list[tuple[int, int]] | None = None) -> list[Window]:
    """Windows over the paragraphs (lines) of `text`, or over the given character spans; a paragraph longer than
    MAX_PIECES pieces is cut after sentence ends, and a sentence longer than that at MAX_PIECES pieces."""
    if spans is None:
        spans, position = [], 0
        for line in text.split("\n"):
            if line.strip():
                spans.append((position, position + len(line)))
            position += len(line) + 1
    out = []
    for start, end in spans:
        ids, offsets = encode_span(tokenizer, text, start, end)
        out.extend(cut(text, start, end, ids, offsets))
    return out


def cut(text: str, start: int, end: int, ids: list[int], offsets: list[tuple[int, int]]) -> list[Window]:
    if not ids:
        return []
    if len(ids) <= MAX_PIECES:
        return [Window(start, end, ids, offsets)]
    starts = {m.end() for m in SENTENCE_END.finditer(text, start, end)}  # where a new sentence begins
    out, first = [], 0
    while first < len(ids):
        last = min(first + MAX_PIECES, len(ids))
        if last < len(ids):
            last = next((k for k in range(last, first, -1) if offsets[k][0] in starts), last)
        out.append(Window(offsets[first][0], offsets[last - 1][1], ids[first:last], offsets[first:last]))
        first = last
    return out


def piece_labels(offsets: list[tuple[int, int]], pieces: list[tuple[int, int]]) -> list[int]:
    """For every word piece: 1 where it begins one of the span's pieces, 2 where it continues one, else 0."""
    labels = [0] * len(offsets)
    for start, end in pieces:
        begun = False
        for k, (s, e) in enumerate(offsets):
            if s < end and e > start and e > s:
                labels[k] = 2 if begun else 1
                begun = True
    return labels
