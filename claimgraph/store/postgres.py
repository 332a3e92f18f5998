"""The store in PostgreSQL (psycopg 3): the SQLite store's statements said in PostgreSQL's dialect (dialect.py), the
same migrations, one writer at a time by an advisory lock, and text search with tsvector."""
from __future__ import annotations

import json
import re
from contextlib import contextmanager
from importlib import resources
from typing import Any, Iterable, Iterator
from urllib.parse import urlsplit, urlunsplit

from . import dialect
from .clock import now
from .reading import (ATTRIBUTIONS_SQL, CHUNK, DOCUMENT_KEYS_SQL, DOCUMENTS_SQL, SOURCES_SQL, attributions_read,
                      documents_read, sources_read)
from .store import FIRST_MIGRATION, Store, StoreError, migrations, statements

# every transaction that writes takes this lock first, as SQLite's BEGIN IMMEDIATE takes the file's write lock: two
# ingest processes never link at once, so neither makes an identity or a linked claim the other is making
WRITER_LOCK = 0x636C61696D677270  # "claimgrp"
SCHEMES = ("postgresql://", "postgres://")
_OVERRIDES = re.compile(r"^(\d+)_[\w-]+\.sql$")


def is_postgres(db: str | None) -> bool:
    return bool(db) and str(db).startswith(SCHEMES)


def shown(dsn: str) -> str:
    """The address as messages give it: without its password."""
    parts = urlsplit(dsn)
    if parts.password is None:
        return dsn
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


def _driver():
    try:
        import psycopg
    except ImportError as exc:  # the [scale] extra is not installed
        raise StoreError("a postgresql:// store needs psycopg: pip install 'claimgraph[scale]'") from exc
    return psycopg


class Row(tuple):
    """A row read by position or by column name, and turned into a dict, as sqlite3.Row is."""

    def __new__(cls, values, index: dict[str, int]):
        row = super().__new__(cls, values)
        row._index = index
        return row

    def __getitem__(self, key):
        if isinstance(key, str):
            return tuple.__getitem__(self, self._index[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._index)


def row_factory(cursor):
    index = {column.name: k for k, column in enumerate(cursor.description or ())}
    return lambda values: Row(values, index)


class Connection:
    """A psycopg connection that takes the SQLite store's statements: `execute` and `executemany` translate them,
    and a fault of the server or of the connection becomes a StoreError."""

    def __init__(self, raw, where: str):
        self.raw = raw
        self.where = where

    def execute(self, sql: str, params: Iterable[Any] = ()):
        with self.faults():
            return self.raw.execute(dialect.statement(sql), tuple(params))

    def executemany(self, sql: str, rows: Iterable[Iterable[Any]]):
        rows = [tuple(r) for r in rows]
        if not rows:
            return None
        with self.faults():
            with self.raw.cursor() as cursor:
                cursor.executemany(dialect.statement(sql), rows)

    def native(self, sql: str, params: Iterable[Any] | None = None):
        """A statement in PostgreSQL's own dialect, run as it is."""
        with self.faults():
            return self.raw.execute(sql, tuple(params) if params is not None else None)

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus
        return self.raw.info.transaction_status != TransactionStatus.IDLE

    @contextmanager
    def faults(self) -> Iterator[None]:
        psycopg = _driver()
        try:
            yield
        except (psycopg.OperationalError, psycopg.InterfaceError) as exc:
            raise StoreError(f"{self.where}: the PostgreSQL server failed ({str(exc).strip()})") from exc

    def close(self) -> None:
        self.raw.close()


def connect(dsn: str, readonly: bool = False, timeout: float = 30) -> Connection:
    psycopg = _driver()
    try:
        raw = psycopg.connect(dsn, autocommit=True, row_factory=row_factory, connect_timeout=max(1, int(timeout)),
                              application_name="claimgraph")
    except psycopg.Error as exc:
        raise StoreError(f"{shown(dsn)}: cannot connect ({str(exc).strip()})") from exc
    connection = Connection(raw, shown(dsn))
    # no lock timeout: a writer waits for the one before it, as long as that one's transaction lasts
    if readonly:
        connection.native("SET default_transaction_read_only = on")
    return connection


def create_database(dsn: str, timeout: float) -> None:
    """Make the database a postgresql:// address names, as opening a new SQLite file makes it; byte-order text, so
    text sorts as SQLite sorts it."""
    psycopg = _driver()
    parts = urlsplit(dsn)
    name = parts.path.lstrip("/")
    if not name:
        raise StoreError(f"{shown(dsn)}: the address names no database (postgresql://USER@HOST/DATABASE)")
    maintenance = urlunsplit(parts._replace(path="/postgres"))
    try:
        with psycopg.connect(maintenance, autocommit=True, connect_timeout=max(1, int(timeout))) as admin:
            from psycopg import sql
            admin.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'")
                          .format(sql.Identifier(name)))
    except psycopg.errors.DuplicateDatabase:
        pass  # another process made it first
    except psycopg.Error as exc:
        raise StoreError(f"{shown(dsn)}: the database does not exist and cannot be made ({str(exc).strip()})") from exc


def postgres_migrations() -> list[tuple[int, str, str]]:
    """(version, name, PostgreSQL script) of every migration: the SQLite migration in PostgreSQL's dialect, or the
    file of the same version in migrations_postgres/ where the dialect alone cannot say it (SQLite's full-text
    tables: PostgreSQL indexes the words of the tables themselves)."""
    own = {}
    for entry in resources.files(__package__).joinpath("migrations_postgres").iterdir():
        match = _OVERRIDES.match(entry.name)
        if match:
            own[int(match.group(1))] = (entry.name, entry.read_text(encoding="utf-8"))
    found = {version: (name, own[version][1] if version in own else dialect.migration(script, statements))
             for version, name, script in migrations()}
    for version, (name, script) in own.items():
        found.setdefault(version, (name, script))
    return [(version, name, script or "SELECT 1;") for version, (name, script) in sorted(found.items())]


class Lookups:
    """Answers to the identity lookups of one writing transaction, kept while it holds the writer lock: nobody else
    writes then, and the store's own writes forget what they change. Outside a writing transaction nothing is kept
    (another process may write between two reads)."""

    def __init__(self) -> None:
        self.active = False
        self.answers: dict[tuple[Any, ...], Any] = {}

    def start(self) -> None:
        self.active, self.answers = True, {}

    def stop(self) -> None:
        self.active, self.answers = False, {}

    def get(self, key: tuple[Any, ...], ask):
        if not self.active:
            return ask()
        if key not in self.answers:
            self.answers[key] = ask()
        return self.answers[key]

    def put(self, key: tuple[Any, ...], value: Any) -> None:
        if self.active:
            self.answers[key] = value

    def forget(self, keys: Iterable[str] | None = None) -> None:
        """Forget the lookups by the name keys given (names were added to them); without keys, everything (an
        identity was merged away, or the links forgotten)."""
        if keys is None:
            self.answers = {}
            return
        keys = set(keys)
        self.answers = {k: v for k, v in self.answers.items()
                        if not (k[0] in ("named", "typed") and k[1] in keys or k[0] == "first" and keys & set(k[1]))}


class PostgresStore(Store):
    """A claimgraph database in PostgreSQL: the SQLite store's methods over a translating connection, and the few
    that SQLite and PostgreSQL cannot say alike."""

    def __init__(self, dsn: str, readonly: bool = False, timeout: float = 30):
        self.dsn = dsn
        self.path = shown(dsn)
        self.readonly = readonly
        self._db = connect(dsn, readonly=readonly, timeout=timeout)
        self._known = Lookups()

    @classmethod
    def open(cls, dsn: str, create: bool = True, pragmas=None) -> "PostgresStore":
        timeout = pragmas.busy_timeout if pragmas is not None else 30
        try:
            store = cls(dsn, timeout=timeout)
        except StoreError as exc:
            if not create or "does not exist" not in str(exc):
                raise
            create_database(dsn, timeout)
            store = cls(dsn, timeout=timeout)
        try:
            store.check_identity(create)
            store.migrate()
        except BaseException:
            store.close()
            raise
        return store

    @classmethod
    def open_readonly(cls, dsn: str, pragmas=None) -> "PostgresStore":
        store = cls(dsn, readonly=True, timeout=pragmas.busy_timeout if pragmas is not None else 30)
        try:
            store.check_identity(create=False)
            store.check_current()
        except BaseException:
            store.close()
            raise
        return store

    def check_current(self) -> None:
        """A store opened read-only cannot be migrated: its schema must be this claimgraph's."""
        shipped = postgres_migrations()
        latest = shipped[-1][0]
        current = self.version()
        if current > latest:
            raise StoreError(f"{self.path}: the store's schema (version {current}) is newer than this claimgraph "
                             f"knows (version {latest}); upgrade claimgraph")
        if current < latest or {v for v, _, _ in shipped} - self.applied_versions():
            raise StoreError(f"{self.path}: the store's schema (version {current}) is older than this claimgraph's "
                             f"(version {latest}); `claimgraph link --db {self.path}` brings it up to date")

    KIND = "a PostgreSQL database"

    def table_names(self) -> set[str]:
        return {row[0] for row in self._db.native(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")}

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """All or nothing, and one writer at a time: the advisory lock is held until the commit."""
        self._db.native("BEGIN")
        try:
            self._db.native("SELECT pg_advisory_xact_lock(%s)", (WRITER_LOCK,))
            # under the lock nobody else writes: what this transaction looks up may be kept until it writes it
            self._known.start()
            yield self._db
        except BaseException:
            self._known.stop()
            if self._db.in_transaction:
                try:
                    self._db.native("ROLLBACK")
                except StoreError:
                    pass  # the connection is gone, and the transaction with it
            raise
        self._known.stop()
        self._db.native("COMMIT")

    def check(self) -> None:
        """The server keeps its own pages whole; what can fail here is reaching it."""
        self._db.native("SELECT 1").fetchone()

    def version(self) -> int:
        if self._db.native("SELECT to_regclass('schema_version')").fetchone()[0] is None:
            return 0
        return self._db.native("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0

    def applied_versions(self) -> set[int]:
        if self.version() == 0:
            return set()
        return {row[0] for row in self._db.native("SELECT version FROM schema_version")}

    def migrate(self) -> list[int]:
        """Apply the migrations not yet applied, each in its own transaction under the writer lock, so that two
        processes opening a new database at once migrate it once."""
        applied = []
        shipped = postgres_migrations()
        current = self.version()
        if shipped and current > shipped[-1][0]:
            raise StoreError(f"{self.path}: the store's schema (version {current}) is newer than this claimgraph "
                             f"knows (version {shipped[-1][0]}); upgrade claimgraph")
        psycopg = _driver()
        for version, name, script in shipped:
            if version in self.applied_versions():
                continue
            with self.transaction() as db:
                db.native("CREATE TABLE IF NOT EXISTS schema_version (version BIGINT PRIMARY KEY, name TEXT NOT NULL,"
                          " applied_at TEXT NOT NULL)")
                if db.native("SELECT 1 FROM schema_version WHERE version = %s", (version,)).fetchone():
                    continue
                try:
                    db.native(script)
                except psycopg.Error as exc:
                    raise StoreError(f"{self.path}: migration {name} failed, the store is left at version "
                                     f"{current} ({str(exc).strip()})") from exc
                db.native("INSERT INTO schema_version (version, name, applied_at) VALUES (%s, %s, %s)",
                          (version, name, now()))
            applied.append(version)
        return applied

    # the identities' names, which linking looks up many times a document (each capitalised word of each claim):
    # within a writing transaction each answer is kept until the names or the identities change, a round trip
    # saved a lookup (SQLite's lookups cost no round trip, and it keeps none)

    def identity_name(self, identity: int) -> str | None:
        return self._known.get(("name", identity), lambda: super(PostgresStore, self).identity_name(identity))

    def first_identity_named(self, keys: list[str]) -> int | None:
        return self._known.get(("first", tuple(keys)),
                               lambda: super(PostgresStore, self).first_identity_named(keys))

    def new_identity(self, name: str, type_: str | None) -> int:
        identity = super().new_identity(name, type_)
        self._known.put(("name", identity), name)
        return identity

    def rename_identity(self, identity: int, name: str) -> None:
        super().rename_identity(identity, name)
        self._known.put(("name", identity), name)

    def add_identity_names(self, identity: int, keys: list[str], rules: list[str], document: int | None,
                           tokens: Iterable[str]) -> None:
        self._known.forget(keys)
        super().add_identity_names(identity, keys, rules, document, tokens)

    def forget_links(self) -> None:
        self._known.forget()
        super().forget_links()

    def linked_claim_state(self, key: int) -> dict[str, Any]:
        # the words the claim has been told in are read with it, as extending a claim reads both
        row = self._db.native("SELECT event_type, roles_json, time_value, first_published, last_published,"
                              " COALESCE(vocabulary_json, tokens_json) FROM linked_claims WHERE id = %s",
                              (key,)).fetchone()
        self._known.put(("words", key), row[5])
        return {"event_type": row[0], "roles": json.loads(row[1]), "time_value": row[2], "first_published": row[3],
                "last_published": row[4]}

    def claim_vocabulary(self, key: int) -> set[str]:
        return set(json.loads(self._known.get(("words", key), lambda: self._db.native(
            "SELECT COALESCE(vocabulary_json, tokens_json) FROM linked_claims WHERE id = %s", (key,)).fetchone()[0])))

    def set_claim_vocabulary(self, key: int, words: list[str]) -> None:
        super().set_claim_vocabulary(key, words)
        self._known.put(("words", key), json.dumps(words))

    # reads whose order SQLite gives by its keys and PostgreSQL gives by chance: spelt out, so that linking makes
    # the same choices on both

    def identities_named(self, key: str, limit: int | None = None) -> list[int]:
        return list(self._known.get(("named", key, limit), lambda: [r[0] for r in self._db.native(
            "SELECT DISTINCT identity FROM entity_identity_names WHERE name_key = %s ORDER BY identity"
            + (" LIMIT %s" if limit is not None else ""), (key, limit) if limit is not None else (key,))]))

    def typed_identities_named(self, key: str, limit: int | None = None) -> list[tuple[int, str | None]]:
        return list(self._known.get(("typed", key, limit), lambda: [tuple(r) for r in self._db.native(
            "SELECT n.identity, i.type FROM entity_identity_names n JOIN entity_identities i ON i.id = n.identity"
            " WHERE n.name_key = %s ORDER BY n.identity" + (" LIMIT %s" if limit is not None else ""),
            (key, limit) if limit is not None else (key,))]))

    def identities_named_any(self, keys: list[str], except_type: str) -> list[int]:
        return [r[0] for r in self._db.native(
            "SELECT DISTINCT n.identity FROM entity_identity_names n JOIN entity_identities i ON i.id = n.identity"
            " WHERE n.name_key = ANY(%s) AND COALESCE(i.type, '') <> %s ORDER BY n.identity",
            (list(keys), except_type))]

    def identities_with_token(self, token: str, limit: int) -> list[int]:
        return [r[0] for r in self._db.native(
            "SELECT identity FROM entity_identity_tokens WHERE token = %s ORDER BY identity LIMIT %s", (token, limit))]

    def entity_identities_of(self, document: int) -> dict[str, int]:
        return {r[0]: r[1] for r in self._db.native(
            "SELECT entity, identity FROM document_entities WHERE document = %s ORDER BY entity", (document,))}

    def description_votes(self, key: str) -> list[tuple[int, str, int]]:
        return [tuple(r) for r in self._db.native(
            "SELECT identity, rule, COUNT(*) FROM entity_identity_evidence WHERE rule IN ('office', 'description')"
            " AND substr(name_key, 1, %s) = %s GROUP BY identity, rule ORDER BY identity, rule",
            (len(key) + 2, f"{key} @"))]

    def seats_of(self, identity: int) -> list[tuple[str, int]]:
        return [tuple(r) for r in self._db.native(
            "SELECT place_key, sentences FROM place_parties WHERE identity = %s AND seat_uses > 0 ORDER BY place_key",
            (identity,))]

    def claim_mentions(self, linked_claim: int) -> list[tuple[int, str]]:
        return [tuple(r) for r in self._db.native(
            "SELECT document, claim FROM linked_claim_mentions WHERE linked_claim = %s ORDER BY document, claim",
            (linked_claim,))]

    def entity_names(self, identities: list[int]) -> list[tuple[str, list[str]]]:
        return [(r[0], json.loads(r[1])) for r in self._db.native(
            "SELECT e.name, e.aliases_json FROM document_entities de JOIN entities e ON e.document = de.document"
            " AND e.id = de.entity WHERE de.identity = ANY(%s) GROUP BY e.name, e.aliases_json"
            " ORDER BY MIN(de.identity), MIN(de.document), MIN(de.entity)", (list(identities),))]

    def candidate_claims(self, keys: list[str], window: tuple[str, str] | None) -> list[dict[str, Any]]:
        # one query for the candidates and their parties, where SQLite asks once a candidate: a round trip to the
        # server costs more than a lookup in a file
        sql = ("SELECT c.id, c.event_type, c.roles_json, c.time_value, c.tokens_json, c.vocabulary_json,"
               " ARRAY(SELECT p.key FROM linked_claim_keys p WHERE p.linked_claim = c.id AND p.key LIKE 'entity:%%'"
               " ORDER BY p.key) FROM linked_claims c WHERE c.id IN"
               " (SELECT linked_claim FROM linked_claim_keys WHERE key = ANY(%s))")
        params: list[Any] = [list(keys)]
        if window is not None:
            sql += (" AND (c.last_published IS NULL OR c.last_published >= %s)"
                    " AND (c.first_published IS NULL OR c.first_published <= %s)")
            params += list(window)
        found = []
        for row in self._db.native(sql + " ORDER BY c.id", params).fetchall():
            found.append({"id": row[0], "event_type": row[1], "roles": json.loads(row[2]), "time_value": row[3],
                          "tokens": set(json.loads(row[4])), "parties": {int(k.split(":")[1]) for k in row[6]},
                          "vocabulary": set(json.loads(row[5] or row[4]))})
        return found

    # reading a page of linked claims: corroboration asks for a set of documents, their attributions, the identities
    # of their sources and the rows their document ids name, each a round trip; all four are sent at once

    def reading_parts(self, keys: Iterable[int]) -> tuple[dict[int, dict[str, Any]], dict[int, Any],
                                                            dict[int, dict[str, int]], dict[str, int]]:
        keys = sorted(set(keys))
        if not keys or len(keys) > CHUNK or self._db.in_transaction:
            return super().reading_parts(keys)
        psycopg = _driver()
        # the documents' first rows are named through their ids, so that all four go before any answer comes back
        statements = (DOCUMENTS_SQL, ATTRIBUTIONS_SQL, SOURCES_SQL, DOCUMENT_KEYS_SQL.format(
            wanted="IN (SELECT document_id FROM documents WHERE id {wanted})"))
        with self._db.faults():
            try:
                with self._db.raw.pipeline():
                    cursors = [self._db.raw.execute(sql.format(wanted="= ANY(%s)"), (keys,)) for sql in statements]
            except psycopg.NotSupportedError:  # a libpq without pipelines: one statement at a time
                return super().reading_parts(keys)
            documents, attributions, sources, named = (cursor.fetchall() for cursor in cursors)
        return (documents_read(documents, {}), attributions_read(attributions, {key: {} for key in keys}),
                sources_read(sources, {key: {} for key in keys}), {row[0]: row[1] for row in named})

    # statements SQLite says in a way PostgreSQL has no word for

    def count_place_party(self, place_key: str, identity: int, hosted: bool) -> None:
        self._db.native("INSERT INTO place_parties (place_key, identity, sentences, hosted) VALUES (%s, %s, 1, %s)"
                        " ON CONFLICT (place_key, identity) DO UPDATE SET sentences = place_parties.sentences + 1,"
                        " hosted = place_parties.hosted + excluded.hosted", (place_key, identity, int(hosted)))

    def merge_identities(self, keep: int, drop: int) -> None:
        """SQLite's UPDATE OR IGNORE, said as PostgreSQL can: move the rows that do not clash, drop the rest."""
        self._known.forget()
        db = self._db
        moves = (("entity_identity_names", ("name_key",)), ("entity_identity_tokens", ("token",)),
                 ("entity_identity_evidence", ("name_key",)), ("place_parties", ("place_key",)))
        for table, key in moves:
            same = " AND ".join(f"o.{k} = t.{k}" for k in key)
            db.native(f"UPDATE {table} t SET identity = %s WHERE t.identity = %s AND NOT EXISTS"
                      f" (SELECT 1 FROM {table} o WHERE o.identity = %s AND {same})", (keep, drop, keep))
            db.native(f"DELETE FROM {table} WHERE identity = %s", (drop,))
        db.native("UPDATE document_entities SET identity = %s WHERE identity = %s", (keep, drop))
        for prefix in ("entity", "source"):
            db.native("UPDATE linked_claim_keys t SET key = %s WHERE t.key = %s AND NOT EXISTS (SELECT 1 FROM"
                      " linked_claim_keys o WHERE o.key = %s AND o.linked_claim = t.linked_claim)",
                      (f"{prefix}:{keep}", f"{prefix}:{drop}", f"{prefix}:{keep}"))
            db.native("DELETE FROM linked_claim_keys WHERE key = %s", (f"{prefix}:{drop}",))
        rows = db.native("SELECT id, roles_json FROM linked_claims WHERE roles_json LIKE %s ORDER BY id",
                         (f"%{drop}%",)).fetchall()
        for key, roles_json in rows:
            roles = {r: (keep if v == drop else v) for r, v in json.loads(roles_json).items()}
            db.native("UPDATE linked_claims SET roles_json = %s WHERE id = %s", (json.dumps(roles), key))
        db.native("INSERT INTO entity_identity_evidence (identity, name_key, rule, document) VALUES"
                  " (%s, %s, 'merged', NULL) ON CONFLICT DO NOTHING", (keep, f"identity {drop}"))
        db.native("DELETE FROM entity_identities WHERE id = %s", (drop,))

    # bulk writes: a chunk's statements go down one pipeline, and its linked claims are made by one statement

    def bulk(self):
        return self._db.raw.pipeline()

    @contextmanager
    def deferred_indexes(self) -> Iterator[None]:
        """The secondary indexes (neither keys nor unique) are dropped, the rows loaded, and the indexes made again
        over them, then the tables analysed: quicker than keeping each index, the text-search ones above all, up to
        date row by row."""
        indexes = [tuple(r) for r in self._db.native(
            "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = current_schema()"
            " AND i.indexdef NOT LIKE 'CREATE UNIQUE%%' AND NOT EXISTS"
            " (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname) ORDER BY i.indexname")]
        for name, _ in indexes:
            self._db.native(f'DROP INDEX "{name}"')
        try:
            yield
        finally:
            for _, definition in indexes:
                self._db.native(definition)
            self._db.native("ANALYZE")

    def create_linked_claims(self, claims: list[tuple[str, str | None, dict[str, Any], str | None, list[str],
                                                      str | None]]) -> list[int]:
        if not claims:
            return []
        rows = [(text, event_type, json.dumps(roles), time_value, json.dumps(tokens), published, published)
                for text, event_type, roles, time_value, tokens, published in claims]
        found = []
        with self._db.faults(), self._db.raw.cursor() as cursor:
            cursor.executemany("INSERT INTO linked_claims (text, event_type, roles_json, time_value, tokens_json,"
                               " first_published, last_published) VALUES (%s, %s, %s, %s, %s, %s, %s) RETURNING id",
                               rows, returning=True)
            while True:
                found.append(cursor.fetchone()[0])
                if not cursor.nextset():
                    break
        return found

    # reads that stream: a client-side cursor would hold every row at once

    def documents(self) -> Iterator[dict[str, Any]]:
        with self._db.raw.transaction():
            with self._db.raw.cursor(name="claimgraph_documents", row_factory=row_factory) as cursor:
                cursor.itersize = 200
                cursor.execute("SELECT id, document_id, path, outlet, published, title, result_json"
                               " FROM documents ORDER BY id")
                for row in cursor:
                    item = dict(row)
                    item["result"] = json.loads(item.pop("result_json"))
                    yield item

    # full-text search

    def _ranked_ids(self, sql: str, params: list[Any], limit: int | None) -> list[int]:
        """The ids a ranked search finds, at most `limit`; none when the server cannot read the query."""
        if limit is not None:
            sql += " LIMIT %s"
            params = [*params, max(0, int(limit))]
        psycopg = _driver()
        try:
            return [r[0] for r in self._db.native(sql, params)]
        except psycopg.Error:
            return []

    def search_claim_ids(self, query: str, limit: int | None = None) -> list[int]:
        """Linked claims whose wording, or the wording of a mention of them, matches the query, best match first;
        the query is read as a web search box reads it (quotes, or, -word), so no syntax makes it fail."""
        if not query or not query.strip():
            return []
        sql = ("WITH q AS (SELECT websearch_to_tsquery('english', %s) AS q), hits AS ("
               " SELECT c.id, ts_rank(to_tsvector('english', c.text), q.q) AS rank FROM linked_claims c, q"
               " WHERE to_tsvector('english', c.text) @@ q.q"
               " UNION ALL"
               " SELECT m.linked_claim, ts_rank(to_tsvector('english', x.text), q.q) FROM claims x"
               " JOIN linked_claim_mentions m ON m.document = x.document AND m.claim = x.id, q"
               " WHERE to_tsvector('english', x.text) @@ q.q)"
               " SELECT id FROM hits GROUP BY id ORDER BY MAX(rank) DESC, id")
        return self._ranked_ids(sql, [query], limit)

    def search_entity_ids(self, query: str, limit: int | None = None) -> list[int]:
        """Identities whose canonical name or another name holds every word of the query, each word as a prefix
        ("cald" finds Calder), best match first."""
        words = re.findall(r"\w+", (query or "").lower())[:32]
        if not words:
            return []
        terms = " & ".join(f"{w}:*" for w in words)
        sql = ("WITH q AS (SELECT to_tsquery('simple', %s) AS q), hits AS ("
               " SELECT i.id, 2 * ts_rank(to_tsvector('simple', i.name), q.q) AS rank FROM entity_identities i, q"
               " WHERE to_tsvector('simple', i.name) @@ q.q"
               " UNION ALL"
               " SELECT n.identity, ts_rank(to_tsvector('simple', n.name_key), q.q) FROM entity_identity_names n, q"
               " WHERE to_tsvector('simple', n.name_key) @@ q.q)"
               " SELECT id FROM hits GROUP BY id ORDER BY MAX(rank) DESC, id")
        return self._ranked_ids(sql, [terms], limit)
