"""One opener for every store: the --db value picks the backend (a postgresql:// address, else an SQLite file)."""
from __future__ import annotations

import gc
import os

from ..settings import StorePragmas
from .interface import Storage
from .postgres import is_postgres
from .store import Store, StoreError


def open_store(db: str | os.PathLike, create: bool = True, pragmas: StorePragmas | None = None) -> Storage:
    """The store for writing, migrated; made when missing and `create`."""
    if is_postgres(str(db)):
        from .postgres import PostgresStore
        return PostgresStore.open(str(db), create=create, pragmas=pragmas)
    return Store.open(db, create=create, pragmas=pragmas)


_SETTLED = False


def settle() -> None:
    """Once a process that reads: what it has loaded so far (spaCy's word lists, the modules, the lexicons) is set
    aside from the garbage collector's full passes, which otherwise walk every object the imports made."""
    global _SETTLED
    if not _SETTLED:
        _SETTLED = True
        gc.collect()
        gc.freeze()


def open_readonly(db: str | os.PathLike, pragmas: StorePragmas | None = None) -> Storage:
    """The store for reading only: nothing is written, not even the schema."""
    settle()
    if is_postgres(str(db)):
        from .postgres import PostgresStore
        return PostgresStore.open_readonly(str(db), pragmas=pragmas)
    return Store.open_readonly(db, pragmas=pragmas)


def store_exists(db: str | os.PathLike) -> bool:
    """Whether `db` already holds a store: an SQLite file that is there, or a PostgreSQL database with a claimgraph
    schema in it (a database that is missing or empty holds none)."""
    if not is_postgres(str(db)):
        return os.path.exists(db)
    from .postgres import PostgresStore
    try:
        store = PostgresStore(str(db))
    except StoreError:
        return False
    try:
        return bool(store.table_names()) and store.version() > 0
    finally:
        store.close()
