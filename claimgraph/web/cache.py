"""Answers kept while the store file is unchanged: listing the linked claims reads every claim's documents, and a
page of readers asking the same list need not each read them again."""
from __future__ import annotations

import itertools
import os
import threading
from collections import OrderedDict
from typing import Any, Callable, Hashable


def file_state(path: str | None) -> tuple | None:
    """What changes whenever SQLite commits to the store: the size and time of the file and of its write-ahead log.
    None for a store that is not a file (a server URL), which is never cached."""
    if not path or "://" in path:
        return None
    state = []
    for name in (path, path + "-wal"):
        try:
            stat = os.stat(name)
        except OSError:
            state.append(None)
            continue
        state.append((stat.st_mtime_ns, stat.st_size, stat.st_ino))
    return tuple(state) if state[0] is not None else None


_MISSING = object()
# computations of one key run one at a time, so a crowd of readers asking the list just after a write computes it
# once; keys share a few locks by their hash, which bounds the locks however many keys users make up
STRIPES = 16


class Answers:
    """A small LRU of answers, each valid for the store state it was computed under. The state is read before the
    answer is computed: a write landing meanwhile changes the state, so the answer is never kept past it."""

    def __init__(self, path: str | None, size: int = 64):
        self.path = path
        self.size = size
        self.lock = threading.Lock()
        self.stripes = [threading.Lock() for _ in range(STRIPES)]
        # answers by key: (the store state, the answer, the number of the computation that made it)
        self.kept: OrderedDict[Hashable, tuple[tuple, Any, int]] = OrderedDict()
        self.computations = itertools.count(1)
        self.last = 0

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        state = file_state(self.path)
        if state is None:
            return compute()
        with self.lock:
            arrived = self.last
        found = self.kept_for(key, state, arrived)
        if found is not _MISSING:
            return found
        with self.stripes[hash(key) % STRIPES]:
            # an answer computed since this reader arrived is as fresh as its question, even if another write has
            # landed since: taking it keeps a crowd from recomputing one after another while writes go on
            found = self.kept_for(key, file_state(self.path), arrived)
            if found is not _MISSING:
                return found
            with self.lock:
                number = self.last = next(self.computations)
            state = file_state(self.path)
            answer = compute()
            with self.lock:
                self.kept[key] = (state, answer, number)
                self.kept.move_to_end(key)
                while len(self.kept) > self.size:
                    self.kept.popitem(last=False)
        return answer

    def kept_for(self, key: Hashable, state: tuple | None, arrived: int) -> Any:
        with self.lock:
            found = self.kept.get(key)
            if found is None or (found[0] != state and found[2] <= arrived):
                return _MISSING
            self.kept.move_to_end(key)
            return found[1]
