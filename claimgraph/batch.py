"""Many documents through the analysis, in one process or a pool, errors reported in place and order kept."""
from __future__ import annotations

import functools
from typing import Any, Iterable, Iterator

from .analysis import analyze_document
from .document import Document
from .errors import DocumentError
from .executor import Executor, executor as make_executor
from .settings import Limits


def error_result(error: DocumentError, document: Document | None = None) -> dict[str, Any]:
    """The contract's stand-in for a document that could not be read or analysed."""
    header = document.header() if isinstance(document, Document) else {"id": None, "path": error.document}
    return {"document": header, "error": error.message}


def analyze_one(document: Document | DocumentError, nlp: Any = None, bounds: Limits | None = None) -> dict[str, Any]:
    """The result of one document: analysed by `nlp`, else by this process's pipeline for `bounds` (the settings'
    limits), else by the one for the CLAIMGRAPH_* limits."""
    if isinstance(document, DocumentError):
        return error_result(document)
    if nlp is None and bounds is not None:
        from .nlp.pipeline import load_pipeline
        nlp = load_pipeline(bounds)
    try:
        return analyze_document(document, nlp) if nlp is not None else analyze_document(document)
    except DocumentError as error:
        return error_result(error, document)


def load(bounds: Limits | None = None) -> None:
    """Ready a worker: the pipeline for these bounds loads before the first document's time starts."""
    from .nlp.pipeline import load_pipeline
    load_pipeline(bounds)


def pool(processes: int = 1, seconds: float | None = None, bounds: Limits | None = None) -> Executor:
    """The executor analysis runs on: this process, or a pool of workers each with the pipeline loaded."""
    return make_executor(processes, seconds=seconds, setup=functools.partial(load, bounds))


def analysed(documents: Iterable[Document | DocumentError], n_process: int = 1, executor: Executor | None = None,
             nlp: Any = None, bounds: Limits | None = None) -> Iterator[tuple[Document | DocumentError, dict[str, Any]]]:
    """(document, result) a document, in input order; a document over the time limit, or whose worker died, gets
    an error result and the batch goes on. A given `executor` is used and left open; otherwise one is made for
    `n_process` workers and closed at the end. `bounds`: the settings' limits the documents are analysed under
    (without them and without `nlp`, the CLAIMGRAPH_* limits)."""
    own = executor is None
    seconds = (bounds if bounds is not None else Limits.from_environment()).max_seconds
    runner = pool(n_process, seconds=float(seconds), bounds=bounds) if own else executor
    task = functools.partial(analyze_one, nlp=nlp, bounds=bounds)
    try:
        yield from runner.map(task, documents, failed=lambda item, error: error_result(error, item))
    finally:
        if own:
            runner.close()


def analyze_stream(documents: Iterable[Document | DocumentError], n_process: int = 1,
                   executor: Executor | None = None, nlp: Any = None,
                   bounds: Limits | None = None) -> Iterator[dict[str, Any]]:
    """Yield one result a document, in input order; with n_process > 1 the work is spread over worker processes."""
    for _, result in analysed(documents, n_process, executor=executor, nlp=nlp, bounds=bounds):
        yield result
