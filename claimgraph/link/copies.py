"""Near-duplicate documents (syndicated and lightly edited copies) found by MinHash LSH and kept as copy groups."""
from __future__ import annotations

import hashlib

import numpy as np
from datasketch import MinHash, MinHashLSH

from ..store.interface import CopyStore
from .normalise import words

NUM_PERM = 128
# a wire story reprinted with a new byline, a dropped paragraph or a retouched sentence or two stays above this
# (Jaccard of word 3-shingles); different reports of one event share far fewer shingles
THRESHOLD = 0.6
SHINGLE = 3
# members of one LSH bucket a new document is compared with, the latest first (see assign_copy_group)
MAX_BUCKET = 5

# datasketch's choice of bands and rows for the threshold; the buckets themselves live in the store, so they persist
# between runs and are looked up by index instead of being rebuilt in memory
_LSH = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
BANDS, ROWS = _LSH.b, _LSH.r
_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=1)
_PERMUTATIONS, _SCHEME = _TEMPLATE.permutations, _TEMPLATE.scheme


def signature(text: str) -> np.ndarray:
    """MinHash of the text's word shingles: two texts' signatures agree in the share their shingles do."""
    tokens = words(text)
    shingles = {" ".join(tokens[i:i + SHINGLE]) for i in range(max(1, len(tokens) - SHINGLE + 1))}
    minhash = MinHash(num_perm=NUM_PERM, seed=1, permutations=_PERMUTATIONS, scheme=_SCHEME)
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    return minhash.hashvalues.astype(np.uint64)


def buckets(hashvalues: np.ndarray) -> list[tuple[int, str]]:
    return [(band, hashlib.sha1(hashvalues[band * ROWS:(band + 1) * ROWS].tobytes()).hexdigest()[:16])
            for band in range(BANDS)]


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.count_nonzero(a == b)) / len(a)


def assign_copy_group(db: CopyStore, document: int, text: str) -> int:
    """Put a document in the copy group of its most similar stored copy, or start a group of its own."""
    hashvalues = signature(text)
    keys = buckets(hashvalues)
    candidates: set[int] = set()
    for band, bucket in keys:
        # the latest members of a bucket are enough: copies of a story are printed within days of each other,
        # and a bucket crowded by shared boilerplate must not make every document compare with all the others
        candidates.update(db.copy_bucket_members(band, bucket, MAX_BUCKET))
    candidates.discard(document)
    best, group = THRESHOLD, document
    rows = db.copy_signatures(candidates)
    for _, stored, copy_group in rows:
        score = similarity(hashvalues, np.frombuffer(stored, dtype=np.uint64))
        if score > best or (score == best and group == document):
            best, group = score, copy_group
    db.add_copy(document, hashvalues.tobytes(), group, keys)
    return group
