"""`eval corpus --db postgresql://...`: a story corpus ingested, linked and scored in a PostgreSQL store scores as it
does in an SQLite file, and a store kept from a first run is relinked and scored the same on the next."""
from __future__ import annotations

import re
from pathlib import Path

from claimgraph.evaluate.corpus import evaluate_corpus
from claimgraph.store.open import open_readonly, store_exists

STORIES = Path(__file__).resolve().parents[1] / "fixtures" / "stories"


def test_a_story_corpus_scores_the_same_in_postgresql_and_is_reused_there(nlp, postgres_db, tmp_path):
    gold = STORIES / "envoys.gold.json"
    assert not store_exists(postgres_db)
    in_sqlite = evaluate_corpus(gold, db=tmp_path / "envoys.db")
    first = evaluate_corpus(gold, db=postgres_db)
    assert store_exists(postgres_db)
    with open_readonly(postgres_db) as store:
        stored = len(list(store.documents()))
    assert stored == len((STORIES / "envoys.jsonl").read_text(encoding="utf-8").splitlines())
    again = evaluate_corpus(gold, db=postgres_db)
    with open_readonly(postgres_db) as store:
        assert len(list(store.documents())) == stored  # reused, not ingested twice
    assert first == in_sqlite
    # relinking numbers the linked claims anew, and a PostgreSQL sequence goes on where it stopped: the claims
    # are the same, their numbers in the details are not
    assert without_numbers(again) == without_numbers(first)


def without_numbers(report: dict) -> dict:
    return {**report, "details": [re.sub(r"\bL\d+\b", "L#", line) for line in report["details"]]}
