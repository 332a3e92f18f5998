"""Writing many documents and linked claims at once: one transaction and one statement a table for a whole chunk,
where `write` and linking write one document, one claim at a time (what loads a large store in minutes)."""
from __future__ import annotations

from contextlib import nullcontext
from typing import Any, Iterable

from ..document import Document
from .clock import now
from .rows import ANALYSIS_WRITERS, document_name, insert_document


class Batch:
    """A connection's stand-in that keeps the rows of each statement given to `executemany`, so that the
    statements of many documents run once each, with all their rows."""

    def __init__(self) -> None:
        self.pending: dict[str, list[tuple[Any, ...]]] = {}

    def executemany(self, sql: str, rows: Iterable[Iterable[Any]]) -> None:
        self.pending.setdefault(sql, []).extend(tuple(row) for row in rows)

    def run(self, db: Any) -> None:
        for sql, rows in self.pending.items():
            if rows:
                db.executemany(sql, rows)
        self.pending.clear()


class BulkTables:
    """Bulk writes, mixed into `Store`; the PostgreSQL store sends each chunk's statements in one pipeline."""

    def bulk(self):
        """A context in which the statements of a chunk are sent without waiting on each (PostgreSQL); nothing in
        SQLite, whose statements cost no round trip."""
        return nullcontext()

    def deferred_indexes(self):
        """A context for loading a fresh store in bulk in which the secondary indexes wait until the rows are in
        (PostgreSQL); SQLite keeps its own, whose upkeep is not what its loading waits on."""
        return nullcontext()

    def write_many(self, items: list[tuple[Document, dict[str, Any]]]) -> list[int | None]:
        """Store documents with their analyses in one transaction, as `write` stores each; the row id of each, None
        for one already stored (or given twice)."""
        keys: list[int | None] = []
        batch = Batch()
        seen: set[str] = set()
        with self.transaction() as db, self.bulk():
            for document, result in items:
                content_hash = document.content_hash()
                if content_hash in seen or self.has(content_hash):
                    keys.append(None)
                    continue
                seen.add(content_hash)
                key = insert_document(db, document, content_hash, result)
                keys.append(key)
                for insert in ANALYSIS_WRITERS:
                    insert(batch, key, result)
                batch.executemany("DELETE FROM failures WHERE document = ? OR content_hash = ?",
                                  [(document_name(document), content_hash)])
            batch.run(db)
        return keys

    def create_linked_claims(self, claims: list[tuple[str, str | None, dict[str, Any], str | None, list[str],
                                                      str | None]]) -> list[int]:
        """`create_linked_claim` for each (text, event type, roles, time, tokens, published), in order."""
        return [self.create_linked_claim(*claim) for claim in claims]

    def add_many_claim_keys(self, rows: list[tuple[str, int]]) -> None:
        """(key, linked claim) pairs, as `add_claim_keys` adds them."""
        self._db.executemany("INSERT OR IGNORE INTO linked_claim_keys (key, linked_claim) VALUES (?, ?)", rows)

    def add_mentions(self, rows: list[tuple[int | None, int, str, str, str | None]]) -> None:
        """(linked claim, document, claim, rule, key) of many claims, as `add_mention` adds each."""
        self._db.executemany("INSERT OR IGNORE INTO linked_claim_mentions (linked_claim, document, claim)"
                             " VALUES (?, ?, ?)", [(c, d, m) for c, d, m, _, _ in rows if c is not None])
        self._db.executemany("INSERT OR IGNORE INTO linked_claim_evidence (document, claim, linked_claim, rule, key)"
                             " VALUES (?, ?, ?, ?, ?)", [(d, m, c, r, k) for c, d, m, r, k in rows])

    def add_document_entities(self, rows: list[tuple[int, str, int]]) -> None:
        """(document, entity, identity) of many entities, as `add_document_entity` adds each."""
        self._db.executemany("INSERT OR IGNORE INTO document_entities (document, entity, identity) VALUES (?, ?, ?)",
                             rows)

    def mark_many_linked(self, documents: list[int]) -> None:
        self._db.executemany("INSERT INTO linked_documents (document, linked_at) VALUES (?, ?)",
                             [(d, now()) for d in documents])

