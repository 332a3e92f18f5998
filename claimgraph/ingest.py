"""Ingest: read articles, analyse the ones the store does not hold yet, store each in its own transaction. Linking is
the write step after it (`Claimgraph.link_pending`)."""
from __future__ import annotations

import contextlib
import re
import sqlite3
import sys
from typing import Any, Callable, Iterable, Iterator

from .batch import analysed
from .document import Document
from .errors import DocumentError
from .executor import Executor
from .settings import Limits
from .store.interface import DocumentStore
from .store.store import document_name


def new_report() -> dict[str, Any]:
    return {"documents": 0, "analysed": 0, "skipped": 0, "failed": 0, "unsupported": 0, "linked": 0}


def run(store: DocumentStore, items: Iterable[Document | DocumentError], report: dict[str, Any],
        executor: Executor, progress: bool | None, bounds: Limits | None = None) -> None:
    """Analyse the documents the store does not hold yet and store each, counting into `report`.

    Workers only analyse; this process alone writes, one transaction a document, so a kill at any moment leaves
    whole documents or none, and a rerun skips what landed."""

    def to_analyse() -> Iterator[Document | DocumentError]:
        for item in items:
            report["documents"] += 1
            # known documents are skipped before analysis: a rerun costs reading, not parsing. No set of the
            # hashes seen is kept (memory would grow with the corpus): a repeat within the run is caught by the
            # store, once its first copy has landed, or at the latest when it is written
            if isinstance(item, Document) and store.has(item.content_hash()):
                report["skipped"] += 1
                continue
            yield item

    bar = progress_bar(progress, total=None)
    # closing: a store fault ends the loop early, and the workers must end with it
    with contextlib.closing(analysed(to_analyse(), executor=executor, bounds=bounds)) as results:
        for item, result in results:
            if bar is not None:
                bar.update(1)
            if "error" in result:
                record(store, item, result["error"])
                report["failed"] += 1
                continue
            try:
                key = store.write(item, result)
            except sqlite3.OperationalError as exc:
                if store_fault(exc):
                    raise
                record(store, item, f"{document_name(item)}: could not be stored ({type(exc).__name__}: {exc})")
                report["failed"] += 1
                continue
            except Exception as exc:  # a result the store cannot take must not sink the batch
                record(store, item, f"{document_name(item)}: could not be stored ({type(exc).__name__}: {exc})")
                report["failed"] += 1
                continue
            # None: another process stored the same document meanwhile
            report["analysed" if key is not None else "skipped"] += 1
    if bar is not None:
        bar.close()


def store_fault(exc: sqlite3.Error) -> bool:
    """A fault of the store file rather than of one document: no later document could be written either."""
    text = str(exc).lower()
    return any(words in text for words in ("full", "readonly", "read-only", "malformed", "disk i/o", "not a database"))


def progress_bar(enabled: bool | None, total: int | None):
    """A bar on stderr with documents per second; only for a person watching a terminal."""
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        return None
    from tqdm import tqdm
    return tqdm(total=total, unit="doc", desc="ingest", file=sys.stderr, dynamic_ncols=True)


_ERROR_CODE = re.compile(r"\b(E\d{3})\b")


def record(store: DocumentStore, item: Document | DocumentError, reason: str) -> None:
    if isinstance(item, DocumentError):
        store.record_failure(item.document or "", reason, code=item.code)
        return
    code = _ERROR_CODE.search(reason)
    store.record_failure(document_name(item), reason, code=code.group(1) if code else None,
                         content_hash=item.content_hash())


Skipped = Callable[[str, str], None]
