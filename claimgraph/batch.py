"""Many documents through the analysis, in one process or a pool, errors reported in place and order kept."""
from __future__ import annotations

import multiprocessing
from typing import Any, Iterable, Iterator

from .analysis import analyze_document
from .document import Document
from .errors import DocumentError


def error_result(error: DocumentError, document: Document | None = None) -> dict[str, Any]:
    """The contract's stand-in for a document that could not be read or analysed."""
    header = document.header() if document is not None else {"id": None, "path": error.document}
    return {"document": header, "error": error.message}


def analyze_one(document: Document | DocumentError) -> dict[str, Any]:
    if isinstance(document, DocumentError):
        return error_result(document)
    try:
        return analyze_document(document)
    except DocumentError as error:
        return error_result(error, document)


def analyze_stream(documents: Iterable[Document | DocumentError], n_process: int = 1) -> Iterator[dict[str, Any]]:
    """Yield one result a document, in input order; with n_process > 1 the work is spread over a process pool."""
    if n_process <= 1:
        for document in documents:
            yield analyze_one(document)
        return
    # spawn, not fork: each worker loads the pipeline once, and no parent state leaks into it
    with multiprocessing.get_context("spawn").Pool(n_process) as pool:
        yield from pool.imap(analyze_one, documents, chunksize=4)
