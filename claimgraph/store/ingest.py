"""Ingest: read articles, analyse the ones the store does not hold yet, and store each in its own transaction."""
from __future__ import annotations

import os
import re
from collections import deque
from typing import Any, Iterable, Iterator

from ..batch import analyze_stream
from ..document import Document
from ..errors import DocumentError
from ..readers import read_paths
from .store import Store, document_name


def ingest_paths(paths: Iterable[str | os.PathLike], db: str | os.PathLike, published: str | None = None,
                 outlet: str | None = None, processes: int = 1) -> dict[str, Any]:
    """Ingest every document under `paths` into the store at `db`; a failing document is recorded, not fatal."""
    report = {"documents": 0, "analysed": 0, "skipped": 0, "failed": 0, "db": str(db)}
    with Store.open(db) as store:
        pending: deque[Document | DocumentError] = deque()

        def to_analyse() -> Iterator[Document | DocumentError]:
            seen: set[str] = set()
            for item in read_paths(paths, published, outlet):
                report["documents"] += 1
                if isinstance(item, Document):
                    content_hash = item.content_hash()
                    if content_hash in seen or store.has(content_hash):
                        report["skipped"] += 1
                        continue
                    seen.add(content_hash)
                pending.append(item)
                yield item

        documents: Iterable[Document | DocumentError] = to_analyse()
        if processes > 1:
            # a pool reads its input from another thread, and the connection belongs to this one
            documents = list(documents)
        for result in analyze_stream(documents, n_process=processes):
            item = pending.popleft()
            if "error" in result:
                record(store, item, result["error"])
                report["failed"] += 1
                continue
            try:
                key = store.write(item, result)
            except Exception as exc:  # a result the store cannot take must not sink the batch
                record(store, item, f"{document_name(item)}: could not be stored ({type(exc).__name__}: {exc})")
                report["failed"] += 1
                continue
            # None: another process stored the same document meanwhile
            report["analysed" if key is not None else "skipped"] += 1
    return report


_ERROR_CODE = re.compile(r"\b(E\d{3})\b")


def record(store: Store, item: Document | DocumentError, reason: str) -> None:
    if isinstance(item, DocumentError):
        store.record_failure(item.document or "", reason, code=item.code)
        return
    code = _ERROR_CODE.search(reason)
    store.record_failure(document_name(item), reason, code=code.group(1) if code else None,
                         content_hash=item.content_hash())
