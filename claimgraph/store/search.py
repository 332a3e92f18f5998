"""Full-text search over the linked claims and the entities (SQLite FTS5): a user's words in, ids out, best match
first; and the look-ups the workbench adds."""
from __future__ import annotations

import re
import sqlite3

# the words of a query; everything else (quotes, operators, brackets, colons) is FTS5 syntax a user did not mean
_WORD = re.compile(r"\w+", re.UNICODE)
# a query is a handful of words: a pasted page must not become a query of thousands of terms
MAX_TERMS = 32


def match_expression(query: str) -> str | None:
    """The FTS5 expression for a user's words: each word quoted, so no input is read as syntax, and taken as a
    prefix ("drone" finds "drones"); every word must match. None when the query holds no word."""
    terms = _WORD.findall(query or "")[:MAX_TERMS]
    if not terms:
        return None
    return " ".join('"' + term.replace('"', '""') + '"*' for term in terms)


class SearchTables:
    """The part of the SQLite store that searches the linked claims; mixed into `Store`, over its one connection.
    The indexes are filled by the triggers of migration 005, so linking writes it without knowing of it."""

    _db: sqlite3.Connection

    def search_claim_ids(self, query: str, limit: int | None = None) -> list[int]:
        """Linked claim ids whose wording or mentions hold every word of the query, best match first (BM25, the
        first wording weighing twice a mention's)."""
        expression = match_expression(query)
        if expression is None:
            return []
        sql = ("SELECT rowid FROM claim_search WHERE claim_search MATCH ?"
               " ORDER BY bm25(claim_search, 2.0, 1.0), rowid")
        params: tuple = (expression,)
        if limit is not None:
            sql, params = sql + " LIMIT ?", (expression, max(0, int(limit)))
        return [row[0] for row in self._db.execute(sql, params)]

    def search_entity_ids(self, query: str, limit: int | None = None) -> list[int]:
        """Identity ids whose canonical name or another name holds every word of the query, best match first."""
        expression = match_expression(query)
        if expression is None:
            return []
        sql = ("SELECT rowid FROM entity_search WHERE entity_search MATCH ?"
               " ORDER BY bm25(entity_search, 2.0, 1.0), rowid")
        params: tuple = (expression,)
        if limit is not None:
            sql, params = sql + " LIMIT ?", (expression, max(0, int(limit)))
        return [row[0] for row in self._db.execute(sql, params)]

    def document_linked_claims(self, document: int) -> dict[str, int]:
        """A linked document's claim ids and the linked claims they are mentions of."""
        return {row[0]: row[1] for row in self._db.execute(
            "SELECT claim, linked_claim FROM linked_claim_mentions WHERE document = ?", (document,))}

    def linked_claim_row(self, key: int) -> dict | None:
        """One linked claim's row by its id, as `linked_claim_rows` gives it; None when there is none."""
        row = self._db.execute("SELECT * FROM linked_claims WHERE id = ?", (key,)).fetchone()
        return dict(row) if row is not None else None
