"""Well-formed attributions from tag scores: constrained BIO decoding of cues, then of each cue's source and content.

Invariants (tests/accurate/test_decoder.py): a cue span is contiguous and no two cues share a word; every
attribution kept has a non-empty content; a source, a content and their cue never share a word; a content may be
discontinuous (one run per piece); a source is one run (across its cue at most), the one nearest its cue.
"""
from __future__ import annotations

import numpy as np

NEG = -1e9


def viterbi(scores: np.ndarray, allowed: np.ndarray) -> list[int]:
    """The best tag sequence under `allowed[prev, tag]` transitions (row 0 of `allowed` also holds the start,
    where the outside tag 0 is assumed before the first word)."""
    n, tags = scores.shape
    if n == 0:
        return []
    penalty = np.where(allowed, 0.0, NEG)
    best = scores[0] + penalty[0]
    back = np.zeros((n, tags), dtype=np.int64)
    for i in range(1, n):
        total = best[:, None] + penalty  # [prev, tag]
        back[i] = total.argmax(0)
        best = total.max(0) + scores[i]
    path = [int(best.argmax())]
    for i in range(n - 1, 0, -1):
        path.append(int(back[i, path[-1]]))
    return path[::-1]


def log_softmax(x: np.ndarray) -> np.ndarray:
    x = x - x.max(-1, keepdims=True)
    return x - np.log(np.exp(x).sum(-1, keepdims=True))


# O B I: I only after B or I
CUE_ALLOWED = np.array([[1, 1, 0], [1, 1, 1], [1, 1, 1]], dtype=bool)
# O B-S I-S B-C I-C: an inside tag only continues its own role
ROLE_ALLOWED = np.array([[1, 1, 0, 1, 0],
                         [1, 1, 1, 1, 0],
                         [1, 1, 1, 1, 0],
                         [1, 1, 0, 1, 1],
                         [1, 1, 0, 1, 1]], dtype=bool)


def cue_confidence(cue_logits: np.ndarray, cue: list[int]) -> float:
    """The least probability, over the cue's words, that the word belongs to a cue (B or I)."""
    probabilities = np.exp(log_softmax(cue_logits[cue]))
    return float((1.0 - probabilities[:, 0]).min())


def decode_cues(cue_logits: np.ndarray) -> list[list[int]]:
    """Cue spans (word positions) from per-word scores over O, B, I."""
    spans: list[list[int]] = []
    for i, tag in enumerate(viterbi(log_softmax(cue_logits), CUE_ALLOWED)):
        if tag == 1:
            spans.append([i])
        elif tag == 2:
            spans[-1].append(i)
    return spans


def decode_roles(role_logits: np.ndarray, cue: list[int]) -> tuple[frozenset[int], frozenset[int]]:
    """(source, content) word positions of one cue from per-word scores over O, B-S, I-S, B-C, I-C."""
    # the cue's words are left out of the sequence: a content that runs on across its cue continues there
    cue_words = set(cue)
    kept = [i for i in range(len(role_logits)) if i not in cue_words]
    path = viterbi(log_softmax(role_logits[kept]), ROLE_ALLOWED) if kept else []
    runs: dict[str, list[list[int]]] = {"source": [], "content": []}
    for i, tag in zip(kept, path):
        if tag in (1, 3):
            runs["source" if tag == 1 else "content"].append([i])
        elif tag in (2, 4):
            runs["source" if tag == 2 else "content"][-1].append(i)
    content = frozenset(i for run in runs["content"] for i in run)
    source: frozenset[int] = frozenset()
    if runs["source"]:
        nearest = min(runs["source"], key=lambda run: min(abs(i - c) for i in run for c in cue))
        source = frozenset(nearest)
    return source, content


def decode(cue_logits: np.ndarray, role_logits_of) -> list[tuple[list[int], frozenset[int], frozenset[int]]]:
    """Every well-formed attribution of one window as (cue, content, source) word positions; `role_logits_of(cues)`
    gives the [cues, words, 5] role scores of the decoded cues."""
    cues = decode_cues(cue_logits)
    if not cues:
        return []
    out = []
    for cue, logits in zip(cues, role_logits_of(cues)):
        source, content = decode_roles(logits, cue)
        if content:
            out.append((cue, content, source))
    return out
