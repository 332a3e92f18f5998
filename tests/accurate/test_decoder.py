"""The decoder keeps every attribution well formed, whatever scores the encoder gives."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from claimgraph.accurate.decoder import (CUE_ALLOWED, ROLE_ALLOWED, decode, decode_cues, decode_roles, viterbi)

scores = st.floats(min_value=-20, max_value=20, allow_nan=False, allow_infinity=False, width=32)


def contiguous(positions) -> bool:
    ordered = sorted(positions)
    return ordered == list(range(ordered[0], ordered[-1] + 1))


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 40).flatmap(lambda n: st.tuples(arrays(np.float32, (n, 3), elements=scores),
                                                      arrays(np.float32, (n, 5), elements=scores))))
def test_every_decoded_attribution_is_well_formed(logits):
    cue_logits, role_logits = logits

    def role_logits_of(cues):
        return np.stack([role_logits] * len(cues))

    found = decode(cue_logits, role_logits_of)
    cue_words = [w for cue, _, _ in found for w in cue]
    assert len(cue_words) == len(set(cue_words)), "two cues share a word"
    for cue, content, source in found:
        assert cue and contiguous(cue)
        assert content, "an attribution without content"
        assert not set(cue) & content and not set(cue) & source and not content & source
        # one run: nothing but its cue's words may lie between a source's first and last word
        assert not source or set(range(min(source), max(source) + 1)) <= source | set(cue)
        assert all(0 <= w < len(cue_logits) for w in [*cue, *content, *source])


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 30).flatmap(lambda n: arrays(np.float32, (n, 5), elements=scores)))
def test_the_best_path_never_takes_a_forbidden_step(role_logits):
    path = viterbi(role_logits, ROLE_ALLOWED)
    assert len(path) == len(role_logits)
    assert ROLE_ALLOWED[0, path[0]]
    assert all(ROLE_ALLOWED[a, b] for a, b in zip(path, path[1:]))


def one_hot(tags, width):
    out = np.full((len(tags), width), -5.0, dtype=np.float32)
    out[np.arange(len(tags)), tags] = 5.0
    return out


def test_an_inside_tag_without_a_beginning_starts_no_cue_on_its_own():
    # O I I O B: the leading I cannot continue anything; the decoder reads a cue that begins there or none
    cues = decode_cues(one_hot([0, 2, 2, 0, 1], 3))
    assert [4] in cues
    assert all(CUE_ALLOWED[0, 1] for _ in cues)
    assert all(contiguous(c) for c in cues)


def test_a_content_in_two_pieces_around_its_cue_stays_one_content():
    # "X Y , he said , Z W": B-C I-C O B-S [cue] O B-C I-C
    tags = [3, 4, 0, 1, 0, 0, 3, 4]
    source, content = decode_roles(one_hot(tags, 5), [4])
    assert content == {0, 1, 6, 7}
    assert source == {3}


def test_the_cue_is_never_its_own_content():
    source, content = decode_roles(one_hot([3, 4, 4, 4], 5), [2])
    assert 2 not in content and content == {0, 1, 3}


def test_of_two_source_runs_the_one_nearest_the_cue_is_kept():
    # B-S O O B-S [cue] B-C
    source, content = decode_roles(one_hot([1, 0, 0, 1, 0, 3], 5), [4])
    assert source == {3} and content == {5}


def test_a_cue_without_content_is_dropped():
    found = decode(one_hot([0, 1, 0], 3), lambda cues: np.stack([one_hot([0, 0, 0], 5)] * len(cues)))
    assert found == []


def test_a_cue_is_only_as_confident_as_its_least_sure_word():
    from claimgraph.accurate.decoder import cue_confidence
    sure, unsure = one_hot([1, 2], 3), one_hot([1, 2], 3)
    unsure[1] = [0.0, 0.0, 0.2]  # the second word barely leans to I
    assert 0.99 < cue_confidence(sure, [0, 1]) <= 1.0
    assert cue_confidence(unsure, [0, 1]) < cue_confidence(sure, [0, 1])
    assert cue_confidence(unsure, [0, 1]) == pytest.approx(cue_confidence(unsure, [1]))
