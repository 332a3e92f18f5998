"""Answers are kept while the store file is unchanged, and never past a write."""
from __future__ import annotations

from claimgraph.store.store import Store
from claimgraph.web.cache import Answers, file_state


def test_an_answer_is_kept_until_the_store_changes(tmp_path):
    path = tmp_path / "s.db"
    Store.open(path).close()
    answers = Answers(str(path))
    computed = []

    def compute():
        computed.append(1)
        return len(computed)
    assert answers.get("k", compute) == 1
    assert answers.get("k", compute) == 1
    with Store.open(path) as store:
        store.record_failure("doc.txt", "E001 empty document", "E001")
    assert answers.get("k", compute) == 2
    assert answers.get("other", compute) == 3


def test_a_store_that_is_no_file_is_never_cached():
    assert file_state("postgresql://user@host:5432/db") is None
    assert file_state(None) is None
    answers = Answers("postgresql://user@host/db")
    counted = []
    for _ in range(3):
        answers.get("k", lambda: counted.append(1))
    assert len(counted) == 3


def test_the_cache_stays_small(tmp_path):
    path = tmp_path / "s.db"
    Store.open(path).close()
    answers = Answers(str(path), size=4)
    for n in range(10):
        answers.get(n, lambda: n)
    assert len(answers.kept) == 4 and list(answers.kept) == [6, 7, 8, 9]
