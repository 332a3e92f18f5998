"""claimgraph: news articles in, a sourced graph of claims out. `analyze` and `analyze_many` are the public face;
`Claimgraph` (the application object) does the rest: ingest, link, and read the linked claims."""
from __future__ import annotations

from typing import Any, Iterable, Iterator

from .document import Document
from .errors import ClaimgraphError, DocumentError

__all__ = ["analyze", "analyze_many", "Claimgraph", "Settings", "Document", "DocumentError", "ClaimgraphError"]
__version__ = "0.1.0"


def analyze(text: str, published: str | None = None, outlet: str | None = None, **metadata: Any) -> dict[str, Any]:
    """Analyse one article; returns the contract's dict. Raises DocumentError when it cannot be analysed."""
    from .app import Claimgraph
    return Claimgraph().analyze(Document(text=text, published=published, outlet=outlet, **metadata))


def analyze_many(items: Iterable[str | dict[str, Any] | Document], n_process: int = 1,
                 published: str | None = None, outlet: str | None = None) -> Iterator[dict[str, Any]]:
    """Analyse many articles, in input order; a document that fails yields {"document", "error"} in its place."""
    from .app import Claimgraph
    from .settings import Settings
    documents = (as_document(item, published, outlet) for item in items)
    return Claimgraph(Settings.build(processes=n_process)).analyze_many(documents)


def __getattr__(name: str) -> Any:
    # the application object and its settings load on first use: `import claimgraph` stays light
    if name == "Claimgraph":
        from .app import Claimgraph
        return Claimgraph
    if name == "Settings":
        from .settings import Settings
        return Settings
    raise AttributeError(f"module 'claimgraph' has no attribute {name!r}")


def as_document(item: str | dict[str, Any] | Document | DocumentError, published: str | None = None,
                outlet: str | None = None) -> Document | DocumentError:
    """Accept a text, a dict with at least `text`, or a Document; defaults fill what the item does not say."""
    if isinstance(item, (Document, DocumentError)):
        document = item
    elif isinstance(item, str):
        document = Document(text=item)
    elif isinstance(item, dict):
        fields = {k: item.get(k) for k in ("id", "path", "url", "outlet", "published", "title")}
        document = Document(text=item.get("text") or "", **fields)
    else:
        raise TypeError(f"cannot analyse a {type(item).__name__}: give a text, a dict with 'text', or a Document")
    if isinstance(document, Document):
        document.published = document.published or published
        document.outlet = document.outlet or outlet
    return document
