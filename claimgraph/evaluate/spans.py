"""Span matching shared by the scorers: exact and overlapping offsets, word-token overlap, one-to-one pairing."""
from __future__ import annotations

import re
from typing import Any, Callable, Iterable, NamedTuple, Sequence


class Stretch(NamedTuple):
    """A span reduced to what matching needs: character offsets and the words they cover."""

    start: int
    end: int
    text: str


_WORD = re.compile(r"\w+")


def as_stretch(value: Any) -> Stretch | None:
    """A span dict ({"start", "end", "text"?}) as a Stretch; None when it is not a usable span."""
    if not isinstance(value, dict):
        return None
    start, end = value.get("start"), value.get("end")
    if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool) or end < start:
        return None
    text = value.get("text")
    return Stretch(start, end, text if isinstance(text, str) else "")


def as_stretches(value: Any) -> list[Stretch]:
    """One span or a list of spans (the contract uses lists, gold files single spans) as Stretches, bad ones dropped."""
    items = value if isinstance(value, list) else [value]
    return [s for s in (as_stretch(v) for v in items) if s is not None]


def exact(gold: Sequence[Stretch], predicted: Sequence[Stretch]) -> bool:
    """The same character ranges, whatever their order; two empty lists are the same (an unnamed source)."""
    return {(s.start, s.end) for s in gold} == {(s.start, s.end) for s in predicted}


def overlaps(gold: Sequence[Stretch], predicted: Sequence[Stretch]) -> bool:
    """Some character is covered by both."""
    return any(g.start < p.end and p.start < g.end for g in gold for p in predicted)


def word_positions(stretches: Iterable[Stretch]) -> set[tuple[int, int]]:
    """The document offsets of the word tokens a set of spans covers, so the same word elsewhere does not count."""
    out: set[tuple[int, int]] = set()
    for s in stretches:
        for m in _WORD.finditer(s.text):
            out.add((s.start + m.start(), s.start + m.end()))
    return out


def token_f1(gold: Sequence[Stretch], predicted: Sequence[Stretch]) -> float:
    """F1 (0..1) of the word tokens two span lists cover, counted by position in the document."""
    g, p = word_positions(gold), word_positions(predicted)
    common = len(g & p)
    if not common:
        return 0.0
    return 2 * common / (len(g) + len(p))


def pair_up(gold: Sequence[Any], predicted: Sequence[Any],
            similarity: Callable[[Any, Any], float | None]) -> dict[int, int]:
    """Pair gold items with predicted ones one-to-one, most similar first.

    `similarity` returns None when two items cannot match at all; among candidates the higher value wins, ties go to
    the earlier items, so the pairing is deterministic. Greedy rather than optimal: with spans, conflicts are rare.
    """
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            value = similarity(g, p)
            if value is not None:
                candidates.append((-value, gi, pi))
    candidates.sort()
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for _, gi, pi in candidates:
        if gi not in pairs and pi not in taken:
            pairs[gi] = pi
            taken.add(pi)
    return pairs


def prf(found: int, predicted: int, gold: int) -> dict[str, float]:
    """Precision, recall and F1 on a 0..100 scale, rounded to one decimal; 0 where undefined."""
    precision = found / predicted if predicted else 0.0
    recall = found / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": percent(precision), "recall": percent(recall), "f1": percent(f1)}


def percent(fraction: float | None) -> float:
    """A 0..1 fraction as a 0..100 score rounded to one decimal; an undefined fraction scores 0."""
    return round(100 * fraction, 1) if fraction is not None else 0.0


def ratio(good: int, total: int) -> float | None:
    """good/total, None when there is nothing to count."""
    return good / total if total else None


def show(stretches: Sequence[Stretch] | Stretch | None, width: int = 60) -> str:
    """A span for people: its text, shortened, and where it starts."""
    if stretches is None:
        return "-"
    items = [stretches] if isinstance(stretches, Stretch) else list(stretches)
    if not items:
        return "''"
    text = " … ".join(s.text for s in items)
    if len(text) > width:
        text = text[:width - 1] + "…"
    return f"'{text}'@{items[0].start}"
