"""The application object: one Claimgraph over one store and one set of settings, which the command line, the Python
API and any server call alike. It wires the rooms together and holds no logic of its own: readers, analysis, the
store, linking and the views each do their part."""
from __future__ import annotations

import os
import sqlite3
import sys
from contextlib import contextmanager
from typing import Any, Callable, Iterable, Iterator

from .document import Document
from .errors import DocumentError
from .executor import Executor
from .filters import ClaimFilters  # noqa: F401 (part of the application's API)
from .settings import Settings
from .store.interface import Storage
from .store.open import open_readonly, open_store
from .store.postgres import shown
from .store.store import StoreError, fault

Input = str | os.PathLike | Document | DocumentError


def to_stderr(message: str) -> None:
    print(f"claimgraph: {message}", file=sys.stderr)


class Claimgraph:
    """Analyse, ingest, link, and read what is linked. `store` is used as given (a test's, a server's); without one,
    each call opens the store at `settings.db`: for writing when it writes, read-only on its own connection when it
    reads."""

    def __init__(self, settings: Settings | None = None, store: Storage | None = None, nlp: Any = None,
                 say: Callable[[str], None] = to_stderr):
        self.settings = settings if settings is not None else Settings.build()
        self.store = store
        self.nlp = nlp
        self.say = say

    # analysis: pure, nothing stored

    def analyze(self, document: Document) -> dict[str, Any]:
        """The contract's analysis of one document. Raises DocumentError when it cannot be analysed."""
        from .analysis import analyze_document
        return analyze_document(document, self.pipeline())

    def pipeline(self) -> Any:
        """The given pipeline, else this process's pipeline for the settings' limits (built on first use)."""
        if self.nlp is not None:
            return self.nlp
        from .nlp.pipeline import load_pipeline
        return load_pipeline(self.settings.limits, mode=self.settings.model)

    def analyze_many(self, documents: Iterable[Document | DocumentError],
                     executor: Executor | None = None) -> Iterator[dict[str, Any]]:
        """One result a document, in input order; a document that fails yields {"document", "error"} in its place."""
        from .batch import analyze_stream

        def results() -> Iterator[dict[str, Any]]:
            # the pool starts with the first result asked for, and ends with the last
            runner = executor or self.executor()
            try:
                yield from analyze_stream(documents, executor=runner, nlp=self.nlp, bounds=self.settings.limits)
            finally:
                if executor is None:
                    runner.close()
        return results()

    def executor(self) -> Executor:
        """The executor the settings ask for: this process, a pool of `processes` workers, or a Dask cluster."""
        import os

        from .batch import pool
        from .settings import MODE_VARIABLE
        os.environ[MODE_VARIABLE] = self.settings.model  # the workers build their pipelines in this mode
        if self.settings.engine == "dask":
            import functools

            from .batch import load
            from .engines.dask import DaskEngine
            return DaskEngine(scheduler=self.settings.scheduler, workers=self.settings.workers,
                              setup=functools.partial(load, self.settings.limits),
                              seconds=float(self.settings.limits.max_seconds), say=self.say)
        return pool(self.settings.processes, seconds=float(self.settings.limits.max_seconds),
                    bounds=self.settings.limits)

    # writes

    def ingest(self, inputs: Iterable[Input], executor: Executor | None = None, published: str | None = None,
               outlet: str | None = None, skipped: Callable[[str, str], None] | None = None) -> dict[str, Any]:
        """Analyse and store every document of `inputs` (paths to read, or Documents) the store does not hold yet;
        a failing document is recorded, not fatal. Returns the counts; a fault of the store itself (a full disk, a
        read-only or damaged file) stops the run and is reported under "error". Nothing is linked here.

        `executor` runs the analysis (any object with `map` and `close`, see executor.py); without one, the
        settings' process count decides, and the pool is closed at the end."""
        from .ingest import new_report, run
        report = new_report()

        def unsupported(path: str, reason: str) -> None:
            report["unsupported"] += 1
            if skipped is not None:
                skipped(path, reason)

        own = executor is None
        runner = self.executor() if own else executor
        try:
            with self.writer() as store:
                try:
                    run(store, self.documents(inputs, published, outlet, unsupported), report, runner,
                        self.settings.progress, self.settings.limits)
                except (sqlite3.Error, StoreError) as exc:
                    report["error"] = self.fault(exc)
        finally:
            if own:
                runner.close()
        return report

    def link_pending(self) -> int:
        """Link every stored document not linked yet: the write step after ingest. Returns how many."""
        from .link.linker import link_pending
        with self.writer(create=False) as store:
            return link_pending(store, linking=self.settings.linking)

    def ingest_and_link(self, inputs: Iterable[Input], link: bool = True, **options: Any) -> dict[str, Any]:
        """What `claimgraph ingest` does: ingest, then link what landed (unless the store failed)."""
        report = self.ingest(inputs, **options)
        if link and "error" not in report:
            try:
                report["linked"] = self.link_pending()
            except (sqlite3.Error, StoreError) as exc:
                report["error"] = self.fault(exc)
        report["db"] = self.where()
        if "error" in report:
            report["error"] = report.pop("error")
        return report

    # reads: a read never writes, and works on a store it may not write to

    def claims(self, filters: ClaimFilters | None = None) -> list[dict[str, Any]]:
        """The linked claims that pass the filters, the best-corroborated first."""
        from .link.corroboration import linked_claims
        filters = filters or ClaimFilters()
        with self.reader(linked=True) as store:
            return list(linked_claims(store, entity=filters.entity, min_origins=filters.min_origins,
                                      single_sourced=filters.single_sourced, contradicted=filters.contradicted))

    def dossier(self, name: str) -> dict[str, Any] | None:
        """An entity's dossier; None when no stored article names it."""
        from .link.dossier import dossier
        with self.reader(linked=True) as store:
            return dossier(store, name)

    # reads of the workbench: the same store, read the same way, through browse.py

    def find_claims(self, filters: ClaimFilters | None = None) -> list[dict[str, Any]]:
        """The linked claims that pass every filter, the workbench's included, in the order the filters ask."""
        from .browse import select_claims
        with self.reader() as store:
            return select_claims(store, filters or ClaimFilters())

    def claim(self, claim_id: str | int) -> dict[str, Any] | None:
        """One linked claim ("L12") with the chain of each mention; None when there is none."""
        from .browse import claim_detail
        with self.reader() as store:
            return claim_detail(store, claim_id)

    def document(self, document_id: str) -> dict[str, Any] | None:
        """One stored article with its analysis and links; None when there is none."""
        from .browse import document_view
        with self.reader() as store:
            return document_view(store, document_id)

    def entities(self, query: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
        """Entities by name (every word a prefix of a word of the name or an alias), the most written about first."""
        from .browse import find_entities
        with self.reader() as store:
            return find_entities(store, query, limit=limit)

    def entity(self, identity: int) -> dict[str, Any] | None:
        """An entity's dossier by its id; None when there is none."""
        from .browse import entity_dossier
        with self.reader() as store:
            return entity_dossier(store, identity)

    def export(self, format: str, out: str | os.PathLike) -> int:
        """Write every linked claim to `out` as Parquet, JSON-LD or GraphML; returns how many."""
        from .link.corroboration import linked_claims
        from .link.export import check_format, write_claims
        check_format(format)
        with self.reader(linked=True) as store:
            claims = list(linked_claims(store))
        return write_claims(claims, format, out)

    def errors(self) -> list[dict[str, Any]]:
        """The failures ingest recorded, in the order they were first recorded."""
        with self.reader() as store:
            # a damaged page may hold rows this query never touches: a clean empty answer must mean no failures
            store.check()
            return store.failures()

    def show(self) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]], dict[str, dict[str, Any]]]]:
        """(document, its claims, its attributions) of every stored document, in the order they were stored."""
        with self.reader() as store:
            for document in store.documents():
                yield document, store.claims(document["id"]), store.attributions(document["id"])

    # the store

    def where(self) -> str:
        return getattr(self.store, "path", None) or shown(self.settings.db or "") or "the store"

    def fault(self, exc: sqlite3.Error | StoreError) -> str:
        """What a fault of the store itself says: the store's own words, or SQLite's read for the user."""
        return str(exc) if isinstance(exc, StoreError) else fault(self.where(), exc)

    @contextmanager
    def writer(self, create: bool = True) -> Iterator[Storage]:
        """The store for writing: the given one, else the file (made when missing and `create`), migrated."""
        if self.store is not None:
            yield self.store
            return
        with open_store(self._db(), create=create, pragmas=self.settings.sqlite) as store:
            yield store

    @contextmanager
    def reader(self, linked: bool = False) -> Iterator[Storage]:
        """The store for reading: the given one, else the file opened read-only. With `linked`, a store holding
        documents not linked yet says so on standard error; they are left unlinked, since reading never writes."""
        if self.store is not None:
            store, close = self.store, False
        else:
            store, close = open_readonly(self._db(), self.settings.sqlite), True
        try:
            if linked:
                pending = store.pending_count()
                if pending:
                    self.say(f"{pending} document{'s are' if pending != 1 else ' is'} not linked yet; run "
                             f"claimgraph link --db {self.where()}")
            yield store
        finally:
            if close:
                store.close()

    def _db(self) -> str:
        if not self.settings.db:
            raise StoreError("no store given: pass --db FILE (or Settings(db=...))")
        return self.settings.db

    # reading inputs

    def documents(self, inputs: Iterable[Input], published: str | None = None, outlet: str | None = None,
                  skipped: Callable[[str, str], None] | None = None) -> Iterator[Document | DocumentError]:
        """The documents of the inputs: paths read by the readers, Documents as they are; `published` and `outlet`
        fill what a document does not say."""
        from .readers import read_paths
        # on a cluster, a WARC file's records are read by the workers that analyse them, by byte range
        ranges = self.settings.engine == "dask"
        paths: list[Any] = []
        for item in inputs:
            if isinstance(item, (Document, DocumentError)):
                if paths:
                    yield from read_paths(paths, published, outlet, skipped=skipped, bounds=self.settings.limits,
                                          ranges=ranges)
                    paths = []
                if isinstance(item, Document):
                    item.published = item.published or published
                    item.outlet = item.outlet or outlet
                yield item
            else:
                paths.append(item)
        if paths:
            yield from read_paths(paths, published, outlet, skipped=skipped, bounds=self.settings.limits,
                                  ranges=ranges)


def ingest_paths(paths: Iterable[str | os.PathLike], db: str | os.PathLike, published: str | None = None,
                 outlet: str | None = None, processes: int = 1, progress: bool | None = None,
                 link: bool = True, skipped: Callable[[str, str], None] | None = None) -> dict[str, Any]:
    """Ingest every document under `paths` into the store at `db`, then link it unless `link` is false: what
    `claimgraph ingest` does, for a script."""
    app = Claimgraph(Settings.build(db=str(db), processes=processes, progress=progress))
    return app.ingest_and_link(paths, published=published, outlet=outlet, skipped=skipped, link=link)
