"""The first component: the publication date and outlet of a document, from the context it is piped with."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .annotations import register_extensions
from .component import Component, factory


@factory("claimgraph_metadata_v1", assigns=["doc._.cg_published", "doc._.cg_outlet"])
def make_metadata(nlp: Language, name: str) -> "Metadata":
    return Metadata()


class Metadata(Component):
    """Sets `doc._.cg_published` (YYYY-MM-DD: dates are resolved against it) and `doc._.cg_outlet` from the context
    of `nlp.pipe([(text, {"published": ..., "outlet": ...})], as_tuples=True)`; a Doc whose extensions were set
    before it is piped keeps them where its context says nothing."""

    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        context = doc._context
        if isinstance(context, dict):
            for key in ("published", "outlet"):
                if context.get(key) is not None:
                    doc._.set(f"cg_{key}", context[key])
        return doc
