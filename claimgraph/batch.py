"""Many documents through the analysis, in one process or a pool, errors reported in place and order kept."""
from __future__ import annotations

import functools
from typing import Any, Iterable, Iterator

from . import limits
from .analysis import analyze_document
from .document import Document
from .errors import DocumentError
from .executor import Executor, executor as make_executor


def error_result(error: DocumentError, document: Document | None = None) -> dict[str, Any]:
    """The contract's stand-in for a document that could not be read or analysed."""
    header = document.header() if isinstance(document, Document) else {"id": None, "path": error.document}
    return {"document": header, "error": error.message}


def analyze_one(document: Document | DocumentError, nlp: Any = None) -> dict[str, Any]:
    if isinstance(document, DocumentError):
        return error_result(document)
    try:
        return analyze_document(document, nlp) if nlp is not None else analyze_document(document)
    except DocumentError as error:
        return error_result(error, document)


def load() -> None:
    """Ready a worker: the pipeline loads before the first document's time starts."""
    from .nlp.pipeline import load_pipeline
    load_pipeline()


def pool(processes: int = 1, seconds: float | None = None) -> Executor:
    """The executor analysis runs on: this process, or a pool of workers each with the pipeline loaded."""
    return make_executor(processes, seconds=seconds, setup=load)


def analysed(documents: Iterable[Document | DocumentError], n_process: int = 1, executor: Executor | None = None,
             nlp: Any = None) -> Iterator[tuple[Document | DocumentError, dict[str, Any]]]:
    """(document, result) a document, in input order; a document over the time limit, or whose worker died, gets
    an error result and the batch goes on. A given `executor` is used and left open; otherwise one is made for
    `n_process` workers and closed at the end."""
    own = executor is None
    runner = pool(n_process, seconds=float(limits.MAX_SECONDS)) if own else executor
    task = functools.partial(analyze_one, nlp=nlp) if nlp is not None else analyze_one
    try:
        yield from runner.map(task, documents, failed=lambda item, error: error_result(error, item))
    finally:
        if own:
            runner.close()


def analyze_stream(documents: Iterable[Document | DocumentError], n_process: int = 1,
                   executor: Executor | None = None, nlp: Any = None) -> Iterator[dict[str, Any]]:
    """Yield one result a document, in input order; with n_process > 1 the work is spread over worker processes."""
    for _, result in analysed(documents, n_process, executor=executor, nlp=nlp):
        yield result
