"""The store: documents and their whole analysis in one SQLite file; every database access goes through Store."""
from __future__ import annotations

import json
import re
import sqlite3
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any, Iterator

from ..document import Document
from ..errors import ClaimgraphError
from .bulk import BulkTables
from .clock import now
from .linking import LinkTables
from .pragmas import StorePragmas
from .reading import ReadingTables
from .rows import ANALYSIS_WRITERS, document_name, insert_document
from .search import SearchTables

_MIGRATION_NAME = re.compile(r"^(\d+)_[\w-]+\.sql$")

_SCHEMA_VERSION_TABLE = """CREATE TABLE IF NOT EXISTS schema_version (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
)"""


@contextmanager
def closed_on_failure(store: "Store", path: str | Path) -> Iterator[None]:
    """A store that fails while it is being opened is closed, so no half-open connection outlives the error."""
    try:
        yield
    except sqlite3.Error as exc:
        store.close()
        raise StoreError(fault(path, exc)) from exc
    except BaseException:
        store.close()
        raise


class StoreError(ClaimgraphError):
    """A store that cannot be opened or used: missing, not a claimgraph database, or from a newer claimgraph."""


def migrations() -> list[tuple[int, str, str]]:
    """(version, file name, SQL) of every migration shipped with the package, in the order they apply."""
    found = []
    for entry in resources.files(__package__).joinpath("migrations").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort()
    versions = [v for v, _, _ in found]
    if len(set(versions)) != len(versions):
        raise RuntimeError(f"two migrations share a version number: {[name for _, name, _ in found]}")
    return found


def statements(script: str) -> Iterator[str]:
    """The statements of a SQL script one by one, so they run inside our transaction (executescript commits)."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            if pending.strip():
                yield pending.strip()
            pending = ""
    if re.sub(r"--[^\n]*", "", pending).strip():
        raise ValueError(f"incomplete SQL statement at the end of a migration: {pending.strip()[:80]!r}")


def connect(path: str | Path, readonly: bool = False, immutable: bool = False,
            timeout: float = 30) -> sqlite3.Connection:
    """The one place a connection is made: autocommit, so transactions are explicit. Nothing is written here: the
    file is checked to be a claimgraph store (or empty) before anything changes it, see `Store.open`.

    `readonly` opens the file with SQLite's `mode=ro`, so nothing can be written through the connection;
    `immutable` also tells SQLite that nobody else writes it, so it takes no locks and needs no write access to the
    folder (a read-only file system, a shared archive)."""
    try:
        if readonly:
            uri = Path(path).absolute().as_uri() + "?mode=ro" + ("&immutable=1" if immutable else "")
            connection = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=timeout)
        else:
            connection = sqlite3.connect(str(path), isolation_level=None, timeout=timeout)
        connection.row_factory = sqlite3.Row
    except sqlite3.Error as exc:
        raise StoreError(fault(path, exc)) from exc
    return connection


# the bytes of the file read through memory mapping rather than read calls (SQLite caps it, at 2 GiB as Python
# builds it): a dossier reads a few pages in each of some thirty articles strewn over a large store, and a read call
# a page cost more than the reading itself (on 1,000,000 linked claims, 30 articles' reading parts in 1.2 ms
# mapped against 8.5 ms read); it is address space, not memory, and SQLite still writes with write calls
MMAP_BYTES = 1 << 31


def configure(connection: sqlite3.Connection, pragmas: StorePragmas | None = None) -> None:
    """WAL so readers never block; foreign keys; a page cache sized for linking; the file mapped for reading."""
    pragmas = pragmas or StorePragmas()
    connection.execute(f"PRAGMA journal_mode = {pragmas.journal_mode}")
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute(f"PRAGMA synchronous = {pragmas.synchronous}")
    configure_reads(connection, pragmas)


def configure_reads(connection: sqlite3.Connection, pragmas: StorePragmas) -> None:
    """The settings reading needs, which a read-only connection takes too: the page cache and the mapped file."""
    connection.execute(f"PRAGMA cache_size = -{int(pragmas.cache_kib)}")
    connection.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")


def fault(path: str | Path, exc: BaseException) -> str:
    """One line saying what went wrong with the store file, in the user's terms."""
    text = str(exc)
    lowered = text.lower()
    if "readonly" in lowered or "read-only" in lowered:
        what = "the store is read-only, and this command writes to it"
    elif "full" in lowered:
        what = "the disk is full (or the store reached its size limit); free space and run the command again"
    elif "malformed" in lowered or "corrupt" in lowered:
        what = ("the store is damaged; keep a copy and recover what it holds with `sqlite3 FILE .recover`, or "
                "ingest into a new store")
    elif "not a database" in lowered or "encrypted" in lowered:
        what = "not a claimgraph store: not an SQLite database at all"
    elif "locked" in lowered or "busy" in lowered:
        what = "the store is busy: another process holds its write lock"
    elif "unable to open" in lowered or "disk i/o" in lowered:
        what = "the store cannot be opened or read"
    else:
        what = "the store failed"
    return f"{path}: {what} ({text})"


# the first migration's name: a database whose schema_version table begins with it is a claimgraph store
FIRST_MIGRATION = "001_initial.sql"


class Store(LinkTables, SearchTables, ReadingTables, BulkTables):
    """A claimgraph database in SQLite: open (and migrate) it, ask what it holds, write a document with its analysis,
    and read and write what linking keeps (`LinkTables`) and search it (`SearchTables`). Every SQL statement of claimgraph is in this class."""

    def __init__(self, path: str | Path, readonly: bool = False, immutable: bool = False, timeout: float = 30):
        self.path = str(path)
        self.readonly = readonly
        self._db = connect(self.path, readonly=readonly, immutable=immutable, timeout=timeout)

    @classmethod
    def open(cls, path: str | Path, create: bool = True, pragmas: StorePragmas | None = None) -> "Store":
        """A store at `path` brought to the latest schema; created if missing, unless `create` is false.

        A file that is neither empty nor a claimgraph store is refused before anything is written to it."""
        pragmas = pragmas or StorePragmas()
        file = Path(path)
        if file.exists() and not file.is_file():
            raise StoreError(f"{path}: not a regular file, so not a store")
        if not create and not file.is_file():
            raise StoreError(f"{path}: no such store; `claimgraph ingest ... --db {path}` makes one")
        if create:
            file.parent.mkdir(parents=True, exist_ok=True)
        store = cls(path, timeout=pragmas.busy_timeout)
        with closed_on_failure(store, path):
            store.check_identity(create)
            configure(store._db, pragmas)
            store.migrate()
        return store

    @classmethod
    def open_readonly(cls, path: str | Path, pragmas: StorePragmas | None = None) -> "Store":
        """A store opened for reading only, on its own connection: nothing is written, not even the schema.

        SQLite's `mode=ro` first; where that cannot read (a WAL store on a read-only file system, where SQLite cannot
        make its shared-memory file), `immutable=1`, which reads the file as it lies. A store whose schema is older
        than this claimgraph's is refused with the command that brings it up to date."""
        pragmas = pragmas or StorePragmas()
        file = Path(path)
        if file.exists() and not file.is_file():
            raise StoreError(f"{path}: not a regular file, so not a store")
        if not file.is_file():
            raise StoreError(f"{path}: no such store; `claimgraph ingest ... --db {path}` makes one")
        try:
            return cls._open_readonly(path, pragmas, immutable=False)
        except (sqlite3.Error, StoreError) as exc:
            # "attempt to write a readonly database": SQLite could not make the -shm file beside a WAL store
            if "readonly" not in str(exc).lower() and "unable to open" not in str(exc).lower():
                raise
        return cls._open_readonly(path, pragmas, immutable=True)

    @classmethod
    def _open_readonly(cls, path: str | Path, pragmas: StorePragmas, immutable: bool) -> "Store":
        store = cls(path, readonly=True, immutable=immutable, timeout=pragmas.busy_timeout)
        with closed_on_failure(store, path):
            store.check_identity(create=False)
            configure_reads(store._db, pragmas)
            store.check_current()
        return store

    def check_current(self) -> None:
        """A store opened read-only cannot be migrated: its schema must be this claimgraph's."""
        shipped = migrations()
        current = self.version()
        if shipped and current > shipped[-1][0]:
            raise StoreError(f"{self.path}: the store's schema (version {current}) is newer than this claimgraph "
                             f"knows (version {shipped[-1][0]}); upgrade claimgraph")
        if shipped and (current < shipped[-1][0] or {v for v, _, _ in shipped} - self.applied_versions()):
            raise StoreError(f"{self.path}: the store's schema (version {current}) is older than this claimgraph's "
                             f"(version {shipped[-1][0]}); `claimgraph link --db {self.path}` brings it up to date")

    # how a refused database is named to the user
    KIND = "an SQLite database"

    def table_names(self) -> set[str]:
        """The tables the database holds, whatever made them."""
        return {row[0] for row in self._db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}

    def check_identity(self, create: bool) -> None:
        """Empty (a new store) or a claimgraph store; anything else is left exactly as it is."""
        try:
            tables = self.table_names()
        except sqlite3.DatabaseError as exc:
            raise StoreError(fault(self.path, exc)) from exc
        if not tables:
            if not create:
                raise StoreError(f"{self.path}: an empty database, not a claimgraph store; "
                                 f"`claimgraph ingest ... --db {self.path}` makes one")
            return
        first = None
        if "schema_version" in tables:
            try:
                row = self._db.execute("SELECT name FROM schema_version WHERE version = 1").fetchone()
                first = row[0] if row else None
            except sqlite3.DatabaseError:
                first = None
        if first != FIRST_MIGRATION:
            shown = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
            raise StoreError(f"{self.path}: {self.KIND} that is not a claimgraph store (its tables: {shown}); "
                             "claimgraph leaves it unchanged, give another --db")

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing: IMMEDIATE takes the write lock up front, so two writers queue instead of deadlocking."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        """Any read, for inspecting a store by hand and in tests; claimgraph itself uses the named methods."""
        return self._db.execute(sql, params).fetchall()

    def check(self) -> None:
        """Raise StoreError when SQLite finds the file damaged; a quick pass over every page."""
        try:
            problems = [row[0] for row in self._db.execute("PRAGMA quick_check(5)")]
        except sqlite3.DatabaseError as exc:
            raise StoreError(fault(self.path, exc)) from exc
        if problems != ["ok"]:
            raise StoreError(fault(self.path, sqlite3.DatabaseError("malformed: " + "; ".join(problems))))

    # schema

    def version(self) -> int:
        """The latest migration applied; 0 for a new file."""
        exists = self._db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")
        if exists.fetchone() is None:
            return 0
        row = self._db.execute("SELECT MAX(version) FROM schema_version").fetchone()
        return row[0] or 0

    def applied_versions(self) -> set[int]:
        """The migrations recorded as applied; none for a new file."""
        if self.version() == 0:
            return set()
        return {row[0] for row in self._db.execute("SELECT version FROM schema_version")}

    def migrate(self) -> list[int]:
        """Apply the migrations not yet applied, each in its own transaction; returns the versions applied."""
        applied = []
        shipped = migrations()
        try:
            current = self.version()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a claimgraph store ({exc})") from exc
        if shipped and current > shipped[-1][0]:
            raise StoreError(f"{self.path}: the store's schema (version {current}) is newer than this claimgraph "
                             f"knows (version {shipped[-1][0]}); upgrade claimgraph")
        for version, name, script in shipped:
            current = self.version()
            # by what is recorded, not by the latest number: a store that skipped a migration numbered below its
            # latest (two branches adding migrations at once) still gets it
            if version in self.applied_versions():
                continue
            with self.transaction() as db:
                db.execute(_SCHEMA_VERSION_TABLE)
                # another process may have migrated while we waited for the lock
                if db.execute("SELECT 1 FROM schema_version WHERE version = ?", (version,)).fetchone():
                    continue
                # a migration that rebuilds a table must not trip over its own intermediate states
                for statement in statements(script):
                    try:
                        db.execute(statement)
                    except sqlite3.DatabaseError as exc:
                        if "full" in str(exc).lower() or "readonly" in str(exc).lower():
                            raise
                        raise StoreError(f"{self.path}: migration {name} failed, the store is left at version "
                                         f"{current} ({exc})") from exc
                db.execute("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                           (version, name, now()))
            applied.append(version)
        return applied

    # writes

    def has(self, content_hash: str) -> bool:
        row = self._db.execute("SELECT 1 FROM documents WHERE content_hash = ?", (content_hash,)).fetchone()
        return row is not None

    def write(self, document: Document, result: dict[str, Any]) -> int | None:
        """Store a document and its whole analysis in one transaction; None when it was already stored."""
        content_hash = document.content_hash()
        with self.transaction() as db:
            if self.has(content_hash):
                return None
            key = insert_document(db, document, content_hash, result)
            for insert in ANALYSIS_WRITERS:
                insert(db, key, result)
            # a document that lands is no longer failing
            db.execute("DELETE FROM failures WHERE document = ? OR content_hash = ?",
                       (document_name(document), content_hash))
        return key

    def record_failure(self, document: str, reason: str, code: str | None = None,
                       content_hash: str | None = None) -> None:
        """Note that a document failed, counting attempts; a later run may retry it."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO failures (document, content_hash, code, reason, attempts, at) VALUES (?, ?, ?, ?, 1, ?)"
                " ON CONFLICT (document) DO UPDATE SET content_hash = excluded.content_hash, code = excluded.code,"
                " reason = excluded.reason, attempts = failures.attempts + 1, at = excluded.at",
                (document, content_hash, code, reason, now()))

    # reads

    def documents(self) -> Iterator[dict[str, Any]]:
        """Every stored document with its analysis, in the order they were stored."""
        for row in self._db.execute("SELECT id, document_id, path, outlet, published, title, result_json"
                                    " FROM documents ORDER BY id"):
            item = dict(row)
            item["result"] = json.loads(item.pop("result_json"))
            yield item

    def document(self, key: int) -> dict[str, Any]:
        """One stored document (by its row id) with its analysis and, once linked, its copy group."""
        row = self._db.execute(
            "SELECT d.id, d.document_id, d.outlet, d.published, d.result_json, d.text, c.copy_group FROM documents d"
            " LEFT JOIN document_copies c ON c.document = d.id WHERE d.id = ?", (key,)).fetchone()
        item = dict(row)
        item["result"] = json.loads(item.pop("result_json"))
        return item

    def document_key(self, document_id: str) -> int | None:
        """The row id of a stored document by its document id."""
        row = self._db.execute("SELECT id FROM documents WHERE document_id = ?", (document_id,)).fetchone()
        return row[0] if row else None

    def claims(self, document: int) -> list[dict[str, Any]]:
        """The claims of one stored document (by its row id), in text order."""
        rows = self.query("SELECT id, start_char, end_char, text, attribution, certainty_value, certainty_label,"
                          " event FROM claims WHERE document = ? ORDER BY start_char, id", (document,))
        return [dict(row) for row in rows]

    def attributions(self, document: int) -> dict[str, dict[str, Any]]:
        """The attributions of one stored document by their id, enough to walk a chain of sources."""
        rows = self.query("SELECT id, source_text, source_kind, source_count, source_entity, cue_text, parent,"
                          " refers_to FROM attributions WHERE document = ?", (document,))
        return {row["id"]: dict(row) for row in rows}

    def failures(self) -> list[dict[str, Any]]:
        return [dict(row) for row in self.query("SELECT document, code, reason, attempts, at FROM failures"
                                                " ORDER BY id")]
