"""The SQL of linking: copy buckets, entity identities, linked claims and their candidates, read and written."""
from __future__ import annotations

import json
import sqlite3
from typing import Any, Iterable

from .clock import now

# the tables linking fills, in an order that keeps the foreign keys valid while they are emptied
LINK_TABLES = ("link_outlets", "place_parties", "linked_claim_evidence", "entity_identity_evidence",
               "linked_claim_keys", "linked_claim_mentions", "linked_claims", "linked_documents",
               "document_entities", "entity_identity_tokens", "entity_identity_names", "entity_identities",
               "copy_buckets", "document_copies")
# the outlet that made a document's story: the wire a site reposts, else the site itself
MAKER = "COALESCE(d.wire, d.outlet)"


def marks(values: Iterable[Any]) -> str:
    return ",".join("?" * len(list(values)))


class LinkTables:
    """The part of the SQLite store that linking reads and writes; mixed into `Store`, over its one connection."""

    _db: sqlite3.Connection

    # documents to link

    def unlinked_documents(self) -> list[int]:
        """Stored documents not linked yet, oldest first."""
        return [row[0] for row in self._db.execute(
            "SELECT id FROM documents WHERE id NOT IN (SELECT document FROM linked_documents) ORDER BY id")]

    def is_linked(self, document: int) -> bool:
        return self._db.execute("SELECT 1 FROM linked_documents WHERE document = ?", (document,)).fetchone() is not None

    def document_to_link(self, document: int) -> dict[str, Any]:
        """What linking reads of a stored document: its text, date, outlet, the wire it reposts and its analysis."""
        row = self._db.execute("SELECT text, published, result_json, outlet, wire FROM documents WHERE id = ?",
                               (document,)).fetchone()
        return {"text": row["text"], "published": row["published"], "outlet": row["outlet"], "wire": row["wire"],
                "result": json.loads(row["result_json"])}

    def mark_linked(self, document: int) -> None:
        """The document is linked: its copy group, identities and claim links are stored."""
        self._db.execute("INSERT INTO linked_documents (document, linked_at) VALUES (?, ?)", (document, now()))

    def forget_links(self) -> None:
        """Empty every table linking fills, so the stored analyses can be linked afresh."""
        for table in LINK_TABLES:
            self._db.execute(f"DELETE FROM {table}")

    # outlets

    def add_link_outlet(self, key: str) -> None:
        self._db.execute("INSERT OR IGNORE INTO link_outlets (name_key) VALUES (?)", (key,))

    def link_outlet_keys(self) -> set[str]:
        return {r[0] for r in self._db.execute("SELECT name_key FROM link_outlets")}

    def outlets(self) -> list[str]:
        """The outlets of the stored documents, each once, in the order they first appear, then the wires whose
        stories they repost."""
        # from one outlet to the next along the index on the outlet, a lookup each: grouping the table read every
        # document of the store, on every read of the linked claims (the wires, few, have an index of their own)
        sites = [r[0] for r in self._db.execute(
            "WITH RECURSIVE next_outlet (outlet) AS (SELECT MIN(outlet) FROM documents UNION ALL"
            " SELECT (SELECT MIN(d.outlet) FROM documents d WHERE d.outlet > n.outlet) FROM next_outlet n"
            " WHERE n.outlet IS NOT NULL)"
            " SELECT outlet FROM next_outlet WHERE outlet IS NOT NULL"
            " ORDER BY (SELECT MIN(d.id) FROM documents d WHERE d.outlet = next_outlet.outlet)")]
        wires = [r[0] for r in self._db.execute(
            "SELECT wire FROM documents WHERE wire IS NOT NULL GROUP BY wire ORDER BY MIN(id)")]
        return sites + [wire for wire in wires if wire not in sites]

    # copies

    def copy_buckets_members(self, buckets: list[tuple[int, str]], limit: int) -> set[int]:
        """The latest `limit` documents of each of a document's LSH buckets (band, bucket), for all of them in one
        statement: a document has a bucket a band, and on a server each lookup was a round trip."""
        if not buckets or limit <= 0:
            return set()
        values = ", ".join("(?, ?)" for _ in buckets)
        # the latest `limit` members of a bucket are those from its limit-th latest on: found by walking the key
        # backwards from the bucket's end, so a bucket crowded by boilerplate is never read whole
        return {row[0] for row in self._db.execute(
            f"WITH wanted (band, bucket) AS (VALUES {values}) SELECT b.document FROM wanted w JOIN copy_buckets b"
            f" ON b.band = w.band AND b.bucket = w.bucket AND b.document >= COALESCE((SELECT c.document"
            f" FROM copy_buckets c WHERE c.band = w.band AND c.bucket = w.bucket ORDER BY c.document DESC"
            f" LIMIT 1 OFFSET ?), 0)", [value for pair in buckets for value in pair] + [limit - 1])}

    def copy_signatures(self, documents: Iterable[int]) -> list[tuple[int, bytes, int]]:
        """(document, MinHash signature, copy group) of stored documents."""
        documents = sorted(documents)
        return [tuple(row) for row in self._db.execute(
            f"SELECT document, signature, copy_group FROM document_copies WHERE document IN ({marks(documents)})"
            " ORDER BY document", documents)]

    def add_copy(self, document: int, signature: bytes, group: int, buckets: list[tuple[int, str]]) -> None:
        self._db.execute("INSERT INTO document_copies (document, signature, copy_group) VALUES (?, ?, ?)",
                         (document, signature, group))
        self._db.executemany("INSERT INTO copy_buckets (band, bucket, document) VALUES (?, ?, ?)",
                             [(band, bucket, document) for band, bucket in buckets])

    def copy_group_of(self, document: int) -> int | None:
        row = self._db.execute("SELECT copy_group FROM document_copies WHERE document = ?", (document,)).fetchone()
        return row[0] if row else None

    def copy_group_outlet(self, group: int) -> str | None:
        """The outlet that made a copy group's earliest member: the wire it reposts, else its site."""
        row = self._db.execute(
            f"SELECT {MAKER} FROM document_copies c JOIN documents d ON d.id = c.document WHERE c.copy_group = ?"
            f" AND {MAKER} IS NOT NULL ORDER BY COALESCE(d.published, '9999'), d.id LIMIT 1", (group,)).fetchone()
        return row[0] if row else None

    # identities

    def new_identity(self, name: str, type_: str | None) -> int:
        return self._db.execute("INSERT INTO entity_identities (name, type) VALUES (?, ?) RETURNING id",
                                (name, type_)).fetchone()[0]

    def identity_name(self, identity: int) -> str | None:
        row = self._db.execute("SELECT name FROM entity_identities WHERE id = ?", (identity,)).fetchone()
        return row[0] if row else None

    def rename_identity(self, identity: int, name: str) -> None:
        self._db.execute("UPDATE entity_identities SET name = ? WHERE id = ?", (name, identity))

    def identities(self, ids: Iterable[int]) -> list[tuple[int, str, str | None]]:
        """(id, name, type) of identities, by id."""
        ids = sorted(ids)
        return [tuple(row) for row in self._db.execute(
            f"SELECT id, name, type FROM entity_identities WHERE id IN ({marks(ids)}) ORDER BY id", ids)]

    def first_identity_named(self, keys: list[str]) -> int | None:
        """The oldest identity one of the name keys belongs to."""
        return self._db.execute(f"SELECT MIN(identity) FROM entity_identity_names WHERE name_key IN ({marks(keys)})",
                                keys).fetchone()[0]

    def identities_named(self, key: str, limit: int | None = None) -> list[int]:
        """The identities a name key belongs to."""
        sql = "SELECT DISTINCT identity FROM entity_identity_names WHERE name_key = ?"
        params: tuple[Any, ...] = (key,)
        if limit is not None:
            sql, params = sql + " LIMIT ?", (key, limit)
        return [r[0] for r in self._db.execute(sql, params)]

    def typed_identities_named(self, key: str, limit: int | None = None) -> list[tuple[int, str | None]]:
        """(identity, type) of each identity a name key belongs to."""
        sql = ("SELECT n.identity, i.type FROM entity_identity_names n JOIN entity_identities i ON i.id = n.identity"
               " WHERE n.name_key = ?")
        params: tuple[Any, ...] = (key,)
        if limit is not None:
            sql, params = sql + " LIMIT ?", (key, limit)
        return [tuple(r) for r in self._db.execute(sql, params)]

    def identities_named_any(self, keys: list[str], except_type: str) -> list[int]:
        """The identities any of the name keys belongs to, but those of one type."""
        return [r[0] for r in self._db.execute(
            f"SELECT DISTINCT n.identity FROM entity_identity_names n JOIN entity_identities i ON i.id = n.identity"
            f" WHERE n.name_key IN ({marks(keys)}) AND COALESCE(i.type, '') NOT IN (?)", [*keys, except_type])]

    def has_longer_name(self, identity: int) -> bool:
        """Whether an identity is known by a name of more than one word."""
        return self._db.execute("SELECT COUNT(*) FROM entity_identity_names WHERE identity = ? AND name_key LIKE '% %'",
                                (identity,)).fetchone()[0] > 0

    def identities_with_token(self, token: str, limit: int) -> list[int]:
        """Identities in one blocking bucket of fuzzy name matching."""
        return [r[0] for r in self._db.execute("SELECT identity FROM entity_identity_tokens WHERE token = ? LIMIT ?",
                                               (token, limit))]

    def add_identity_names(self, identity: int, keys: list[str], rules: list[str], document: int | None,
                           tokens: Iterable[str]) -> None:
        """Name keys an identity is known by, each with the rule that gave it, and its blocking tokens."""
        self._db.executemany("INSERT OR IGNORE INTO entity_identity_names (identity, name_key) VALUES (?, ?)",
                             [(identity, k) for k in keys])
        self._db.executemany("INSERT OR IGNORE INTO entity_identity_evidence (identity, name_key, rule, document)"
                             " VALUES (?, ?, ?, ?)", [(identity, k, r, document) for k, r in zip(keys, rules)])
        self._db.executemany("INSERT OR IGNORE INTO entity_identity_tokens (token, identity) VALUES (?, ?)",
                             [(t, identity) for t in tokens])

    def add_document_entity(self, document: int, entity: str, identity: int) -> None:
        self._db.execute("INSERT OR IGNORE INTO document_entities (document, entity, identity) VALUES (?, ?, ?)",
                         (document, entity, identity))

    def merge_identities(self, keep: int, drop: int) -> None:
        """Every name, mention, count and claim key of `drop` moves to `keep`, and `drop` is gone."""
        db = self._db
        for table, column in (("entity_identity_names", "identity"), ("entity_identity_tokens", "identity"),
                              ("entity_identity_evidence", "identity"), ("place_parties", "identity")):
            db.execute(f"UPDATE OR IGNORE {table} SET {column} = ? WHERE {column} = ?", (keep, drop))
            db.execute(f"DELETE FROM {table} WHERE {column} = ?", (drop,))
        db.execute("UPDATE document_entities SET identity = ? WHERE identity = ?", (keep, drop))
        for prefix in ("entity", "source"):
            db.execute("UPDATE OR IGNORE linked_claim_keys SET key = ? WHERE key = ?",
                       (f"{prefix}:{keep}", f"{prefix}:{drop}"))
            db.execute("DELETE FROM linked_claim_keys WHERE key = ?", (f"{prefix}:{drop}",))
        rows = db.execute("SELECT id, roles_json FROM linked_claims WHERE roles_json LIKE ?",
                          (f"%{drop}%",)).fetchall()
        for key, roles_json in rows:
            roles = {r: (keep if v == drop else v) for r, v in json.loads(roles_json).items()}
            db.execute("UPDATE linked_claims SET roles_json = ? WHERE id = ?", (json.dumps(roles), key))
        db.execute("INSERT OR IGNORE INTO entity_identity_evidence (identity, name_key, rule, document) SELECT ?,"
                   " 'identity ' || ?, 'merged', NULL", (keep, drop))
        db.execute("DELETE FROM entity_identities WHERE id = ?", (drop,))

    def identity_evidence(self, identity: int) -> list[dict[str, Any]]:
        """Each name an identity took on, with the rule and the document (its id) that gave it."""
        return [{"name": r[0], "rule": r[1], "document": r[2]} for r in self._db.execute(
            "SELECT e.name_key, e.rule, d.document_id FROM entity_identity_evidence e LEFT JOIN documents d"
            " ON d.id = e.document WHERE e.identity = ? ORDER BY e.rule, e.name_key", (identity,))]

    def add_identity_evidence(self, identity: int, key: str, rule: str, document: int | None) -> None:
        """Evidence for an identity that gives it no name (a description or an office one document uses)."""
        self._db.execute("INSERT OR IGNORE INTO entity_identity_evidence (identity, name_key, rule, document)"
                         " VALUES (?, ?, ?, ?)", (identity, key, rule, document))

    def identity_evidence_keys(self, identity: int, prefix: str) -> list[str]:
        """The evidence keys of an identity that begin with `prefix` (its relations to other parties, "parent:7|..."),
        read along the key: a state's descriptions, one a document, are never scanned."""
        return [r[0] for r in self._db.execute(
            "SELECT name_key FROM entity_identity_evidence WHERE identity = ? AND name_key >= ? AND name_key < ?"
            " AND substr(name_key, 1, ?) = ?",
            (identity, prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1), len(prefix), prefix))]

    def description_votes(self, key: str) -> list[tuple[int, str, int]]:
        """(identity, rule, documents) for each identity a description or office key is given to."""
        return [tuple(r) for r in self._db.execute(
            "SELECT identity, rule, COUNT(*) FROM entity_identity_evidence WHERE rule IN ('office', 'description')"
            " AND substr(name_key, 1, ?) = ? GROUP BY identity, rule", (len(key) + 2, f"{key} @"))]

    def office_holders_with_word(self, word: str) -> list[int]:
        """The identities given an office whose name holds the word ("prosecutor": "prosecutor general @12")."""
        return [r[0] for r in self._db.execute(
            "SELECT DISTINCT identity FROM entity_identity_evidence WHERE rule = 'office'"
            " AND (' ' || name_key || ' ') LIKE ?", (f"% {word} %",))]

    def entity_names(self, identities: list[int]) -> list[tuple[str, list[str]]]:
        """(name, aliases) of each distinct entity of the documents that resolve to the identities."""
        return [(r[0], json.loads(r[1])) for r in self._db.execute(
            f"SELECT DISTINCT e.name, e.aliases_json FROM document_entities de JOIN entities e"
            f" ON e.document = de.document AND e.id = de.entity WHERE de.identity IN ({marks(identities)})",
            identities)]

    def documents_naming(self, identities: list[int]) -> int:
        """How many stored documents name one of the identities."""
        return self._db.execute(f"SELECT COUNT(DISTINCT document) FROM document_entities WHERE identity IN"
                                f" ({marks(identities)})", identities).fetchone()[0]

    def entity_identities_of(self, document: int) -> dict[str, int]:
        """A linked document's entity ids and the identities they resolved to."""
        return {r[0]: r[1] for r in self._db.execute(
            "SELECT entity, identity FROM document_entities WHERE document = ?", (document,))}

    # places

    def ranked_parties(self, place_key: str, limit: int) -> list[tuple[int, int, int]]:
        """(identity, sentences, whether a state) of the parties named beside a place and not guests there, the
        states first and then by sentences."""
        # a party whose people have an adjective ("Ustrian") is a state, which has a seat; a bloc or a firm has none
        return [tuple(r) for r in self._db.execute(
            "SELECT identity, sentences, EXISTS (SELECT 1 FROM entity_identity_evidence e WHERE"
            " e.identity = p.identity AND e.rule = 'demonym') AS state FROM place_parties p"
            " WHERE place_key = ? AND hosted = 0 ORDER BY state DESC, sentences DESC LIMIT ?", (place_key, limit))]

    def count_place_party(self, place_key: str, identity: int, hosted: bool) -> None:
        self._db.execute("INSERT INTO place_parties (place_key, identity, sentences, hosted) VALUES (?, ?, 1, ?)"
                         " ON CONFLICT (place_key, identity) DO UPDATE SET sentences = sentences + 1,"
                         " hosted = hosted + excluded.hosted", (place_key, identity, int(hosted)))

    def count_seat_use(self, place_key: str) -> None:
        self._db.execute("UPDATE place_parties SET seat_uses = seat_uses + 1 WHERE place_key = ?", (place_key,))

    def seats_of(self, identity: int) -> list[tuple[str, int]]:
        """(place, sentences) of the places an identity is said to be governed from."""
        return [tuple(r) for r in self._db.execute("SELECT place_key, sentences FROM place_parties WHERE identity = ?"
                                                   " AND seat_uses > 0", (identity,))]

    # linked claims

    def candidate_claims(self, keys: list[str], window: tuple[str, str] | None) -> list[dict[str, Any]]:
        """The linked claims that share a key and whose time range meets the window (an undated claim always
        does), with their parties: the candidates a new claim is scored against."""
        sql = (f"SELECT DISTINCT c.id, c.event_type, c.roles_json, c.time_value, c.tokens_json, c.vocabulary_json"
               f" FROM linked_claim_keys k"
               f" JOIN linked_claims c ON c.id = k.linked_claim WHERE k.key IN ({marks(keys)})")
        params: list[Any] = list(keys)
        if window is not None:
            sql += (" AND (c.last_published IS NULL OR c.last_published >= ?)"
                    " AND (c.first_published IS NULL OR c.first_published <= ?)")
            params += list(window)
        found = []
        for row in self._db.execute(sql, params).fetchall():
            parties = {int(k.split(":")[1]) for (k,) in self._db.execute(
                "SELECT key FROM linked_claim_keys WHERE linked_claim = ? AND key LIKE 'entity:%'", (row[0],))}
            found.append({"id": row[0], "event_type": row[1], "roles": json.loads(row[2]), "time_value": row[3],
                          "tokens": set(json.loads(row[4])), "parties": parties,
                          "vocabulary": set(json.loads(row[5] or row[4]))})
        return found

    def claims_sharing_keys(self, keys: list[str], other_than: int, window: tuple[str, str] | None,
                            least: int, limit: int) -> list[tuple[int, int]]:
        """(linked claim, keys shared) of the claims reported by a document other than `other_than` that share at
        least `least` of the keys and were first reported within the window, the most shared first."""
        sql = (f"SELECT k.linked_claim, COUNT(*) FROM linked_claim_keys k JOIN linked_claims c ON c.id = k.linked_claim"
               f" WHERE k.key IN ({marks(keys)})"
               f" AND EXISTS (SELECT 1 FROM linked_claim_mentions o WHERE o.linked_claim = k.linked_claim"
               f" AND o.document != ?)")
        params: list[Any] = [*keys, other_than]
        if window is not None:
            sql += " AND (c.first_published IS NULL OR (c.first_published >= ? AND c.first_published <= ?))"
            params += list(window)
        return [tuple(r) for r in self._db.execute(
            sql + " GROUP BY k.linked_claim HAVING COUNT(*) >= ? ORDER BY COUNT(*) DESC, k.linked_claim LIMIT ?",
            [*params, least, limit])]

    def claim_outlets(self, linked_claim: int) -> list[str | None]:
        """The outlets of the documents that mention a linked claim."""
        return [r[0] for r in self._db.execute(
            "SELECT DISTINCT d.outlet FROM linked_claim_mentions m JOIN documents d ON d.id = m.document"
            " WHERE m.linked_claim = ?", (linked_claim,))]

    def claim_report_count(self, linked_claim: int) -> int:
        return self._db.execute("SELECT COUNT(DISTINCT document) FROM linked_claim_mentions WHERE linked_claim = ?",
                                (linked_claim,)).fetchone()[0]

    def create_linked_claim(self, text: str, event_type: str | None, roles: dict[str, Any], time_value: str | None,
                            tokens: list[str], published: str | None) -> int:
        return self._db.execute(
            "INSERT INTO linked_claims (text, event_type, roles_json, time_value, tokens_json, first_published,"
            " last_published) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (text, event_type, json.dumps(roles), time_value, json.dumps(tokens), published,
             published)).fetchone()[0]

    def linked_claim_state(self, key: int) -> dict[str, Any]:
        """What a new mention may widen of a linked claim: its event, roles, time and time range."""
        row = self._db.execute("SELECT event_type, roles_json, time_value, first_published, last_published"
                               " FROM linked_claims WHERE id = ?", (key,)).fetchone()
        return {"event_type": row[0], "roles": json.loads(row[1]), "time_value": row[2], "first_published": row[3],
                "last_published": row[4]}

    def update_linked_claim(self, key: int, event_type: str | None, roles: dict[str, Any], time_value: str | None,
                            first_published: str | None, last_published: str | None) -> None:
        self._db.execute("UPDATE linked_claims SET event_type = ?, roles_json = ?, time_value = ?, first_published = ?,"
                         " last_published = ? WHERE id = ?",
                         (event_type, json.dumps(roles), time_value, first_published, last_published, key))

    def claim_vocabulary(self, key: int) -> set[str]:
        """The words a linked claim has been told in."""
        return set(json.loads(self._db.execute("SELECT COALESCE(vocabulary_json, tokens_json) FROM linked_claims"
                                               " WHERE id = ?", (key,)).fetchone()[0]))

    def set_claim_vocabulary(self, key: int, words: list[str]) -> None:
        self._db.execute("UPDATE linked_claims SET vocabulary_json = ? WHERE id = ?", (json.dumps(words), key))

    def add_claim_keys(self, key: int, keys: Iterable[str]) -> None:
        self._db.executemany("INSERT OR IGNORE INTO linked_claim_keys (key, linked_claim) VALUES (?, ?)",
                             [(k, key) for k in sorted(keys)])

    def claim_keys_with_prefix(self, key: int, prefix: str) -> list[str]:
        """The keys of a linked claim that begin with `prefix` (the role votes of its mentions, say)."""
        return [row[0] for row in self._db.execute(
            "SELECT key FROM linked_claim_keys WHERE linked_claim = ? AND key LIKE ?", (key, prefix + "%"))]

    def add_mention(self, linked_claim: int | None, document: int, claim: str, rule: str, key: str | None) -> None:
        """A document's claim as a mention of a linked claim, with the rule and key that linked it; with no
        linked claim, the claim was left out and the rule says why."""
        if linked_claim is not None:
            self._db.execute("INSERT OR IGNORE INTO linked_claim_mentions (linked_claim, document, claim)"
                             " VALUES (?, ?, ?)", (linked_claim, document, claim))
        self._db.execute("INSERT OR IGNORE INTO linked_claim_evidence (document, claim, linked_claim, rule, key)"
                         " VALUES (?, ?, ?, ?, ?)", (document, claim, linked_claim, rule, key))

    # reading the linked claims

    def linked_claim_rows(self, keys: list[str] | None = None) -> list[dict[str, Any]]:
        """Every linked claim, or those holding one of the keys, by id."""
        sql, params = "SELECT * FROM linked_claims", ()
        if keys is not None:
            sql += f" WHERE id IN (SELECT linked_claim FROM linked_claim_keys WHERE key IN ({marks(keys)}))"
            params = tuple(keys)
        return [dict(row) for row in self._db.execute(sql + " ORDER BY id", params)]

    def claim_mentions(self, linked_claim: int) -> list[tuple[int, str]]:
        """(document, claim id) of each mention of a linked claim."""
        return [tuple(r) for r in self._db.execute(
            "SELECT document, claim FROM linked_claim_mentions WHERE linked_claim = ?", (linked_claim,))]

    def link_evidence_of(self, document: int) -> dict[str, dict[str, Any]]:
        """Why each claim of a document was linked as it was: claim id -> rule and key."""
        return {r[0]: {"rule": r[1], "key": r[2]} for r in self._db.execute(
            "SELECT claim, rule, key FROM linked_claim_evidence WHERE document = ?", (document,))}

    def pending_count(self) -> int:
        """How many stored documents are not linked yet."""
        return self._db.execute("SELECT COUNT(*) FROM documents WHERE id NOT IN"
                                " (SELECT document FROM linked_documents)").fetchone()[0]
