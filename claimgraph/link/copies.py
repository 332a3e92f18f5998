"""Near-duplicate documents (syndicated and lightly edited copies) found by MinHash LSH and kept as copy groups."""
from __future__ import annotations

import functools
import hashlib
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH

from ..settings import MinHash as MinHashSettings
from ..store.interface import CopyStore
from .normalise import words

# the copy settings (permutations, threshold, shingle length, bucket members compared): settings.MinHash
DEFAULTS = MinHashSettings()


@functools.lru_cache(maxsize=None)
def scheme(num_perm: int, threshold: float) -> tuple[int, int, Any, Any]:
    """(bands, rows, permutations, hash scheme) for the settings: datasketch's choice of bands and rows for the
    threshold. The buckets themselves live in the store, so they persist between runs and are looked up by index
    instead of being rebuilt in memory."""
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    template = MinHash(num_perm=num_perm, seed=1)
    return lsh.b, lsh.r, template.permutations, template.scheme


def signature(text: str, settings: MinHashSettings = DEFAULTS) -> np.ndarray:
    """MinHash of the text's word shingles: two texts' signatures agree in the share their shingles do."""
    _, _, permutations, hashing = scheme(settings.num_perm, settings.threshold)
    size = settings.shingle
    tokens = words(text)
    shingles = {" ".join(tokens[i:i + size]) for i in range(max(1, len(tokens) - size + 1))}
    minhash = MinHash(num_perm=settings.num_perm, seed=1, permutations=permutations, scheme=hashing)
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    return minhash.hashvalues.astype(np.uint64)


def buckets(hashvalues: np.ndarray, settings: MinHashSettings = DEFAULTS) -> list[tuple[int, str]]:
    bands, rows, _, _ = scheme(settings.num_perm, settings.threshold)
    return [(band, hashlib.sha1(hashvalues[band * rows:(band + 1) * rows].tobytes()).hexdigest()[:16])
            for band in range(bands)]


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.count_nonzero(a == b)) / len(a)


def assign_copy_group(db: CopyStore, document: int, text: str, settings: MinHashSettings = DEFAULTS) -> int:
    """Put a document in the copy group of its most similar stored copy, or start a group of its own."""
    hashvalues = signature(text, settings)
    keys = buckets(hashvalues, settings)
    # the latest members of each bucket are enough: copies of a story are printed within days of each other,
    # and a bucket crowded by shared boilerplate must not make every document compare with all the others
    candidates = set(db.copy_buckets_members(keys, settings.max_bucket))
    candidates.discard(document)
    best, group = settings.threshold, document
    rows = db.copy_signatures(candidates)
    for _, stored, copy_group in rows:
        score = similarity(hashvalues, np.frombuffer(stored, dtype=np.uint64))
        if score > best or (score == best and group == document):
            best, group = score, copy_group
    db.add_copy(document, hashvalues.tobytes(), group, keys)
    return group
