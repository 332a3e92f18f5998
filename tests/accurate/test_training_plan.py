"""The encoder's training plan and the role tagger's reading of candidate spans, without torch."""
from __future__ import annotations

import random

import numpy as np

from claimgraph.accurate.component import RoleScores
from claimgraph.training.encoder import batches


def test_batches_cover_every_example_once_within_the_token_budget():
    lengths = [random.Random(3).randint(5, 150) for _ in range(300)]
    plan = batches(lengths, 1024, random.Random(7))
    seen = sorted(k for batch in plan for k in batch)
    assert seen == list(range(len(lengths)))
    for batch in plan:
        assert len(batch) == 1 or max(lengths[k] for k in batch) * len(batch) <= 1024


def test_the_same_seed_gives_the_same_plan_and_another_seed_another_order():
    lengths = [10 + (k * 37) % 90 for k in range(200)]
    assert batches(lengths, 800, random.Random(5)) == batches(lengths, 800, random.Random(5))
    assert batches(lengths, 800, random.Random(5)) != batches(lengths, 800, random.Random(6))


def role_scores(tags: list[int], words: list[int], cue: set[int]) -> RoleScores:
    """A tagger sure of one tag sequence (O, B-S, I-S, B-C, I-C per word)."""
    logits = np.full((len(tags), 5), -4.0, dtype=np.float32)
    for k, tag in enumerate(tags):
        logits[k, tag] = 4.0
    log_probabilities = logits - np.log(np.exp(logits).sum(1, keepdims=True))
    return RoleScores(words, cue, log_probabilities)


def test_the_span_the_tagger_reads_scores_above_a_shorter_or_longer_one():
    # "Port officials | warned | the ferry would be late ." as tokens 20..28, the cue at 22
    words = list(range(20, 29))
    tags = [1, 2, 0, 3, 4, 4, 4, 4, 0]
    roles = role_scores(tags, words, {22})
    content = frozenset(range(23, 28))
    assert roles.score("content", content) > roles.score("content", frozenset(range(23, 29)))
    assert roles.score("content", content) > roles.score("content", frozenset(range(24, 28)))
    assert roles.score("source", frozenset({20, 21})) > roles.score("source", frozenset())
    assert roles.score("source", frozenset({20, 21})) > roles.score("source", frozenset({21}))


def test_a_discontinuous_content_around_its_cue_and_source_scores_above_either_piece_alone():
    # '"The pier is shut," | said | the harbour master, "until Friday."' as tokens: the content's two pieces
    # (5-8 and 12-13) sit either side of the cue (9) and its source (10-11)
    words = list(range(5, 14))
    roles = role_scores([3, 4, 4, 4, 0, 1, 2, 3, 4], words, {9})
    both = frozenset({5, 6, 7, 8, 12, 13})
    assert roles.score("content", both) > roles.score("content", frozenset({5, 6, 7, 8}))
    assert roles.score("content", both) > roles.score("content", frozenset({12, 13}))


def test_words_outside_the_window_count_for_nothing():
    roles = role_scores([0, 3, 4, 4, 0], [30, 31, 32, 33, 34], {30})
    content = frozenset({31, 32, 33})
    assert roles.score("content", content | {400, 401}) == roles.score("content", content)
