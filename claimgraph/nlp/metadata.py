"""The first component: the publication date and outlet of a document, from the context it is piped with, and the
bounds on what one document may cost, from the settings the pipeline was built with."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..settings import Limits
from .annotations import register_extensions
from .component import Component, factory


# the analysis of one document reads its bounds here, so that the settings a pipeline was built with govern every
# document it analyses (and a pipeline saved with nlp.to_disk keeps them in its config)
BOUNDS = ("max_chars", "max_sentence_chars", "max_claims")


@factory("claimgraph_metadata_v1", assigns=["doc._.cg_published", "doc._.cg_outlet"],
         default_config={bound: getattr(Limits(), bound) for bound in BOUNDS})
def make_metadata(nlp: Language, name: str, max_chars: int, max_sentence_chars: int, max_claims: int) -> "Metadata":
    return Metadata(max_chars, max_sentence_chars, max_claims)


class Metadata(Component):
    """Sets `doc._.cg_published` (YYYY-MM-DD: dates are resolved against it) and `doc._.cg_outlet` from the context
    of `nlp.pipe([(text, {"published": ..., "outlet": ...})], as_tuples=True)`; a Doc whose extensions were set
    before it is piped keeps them where its context says nothing.

    It also holds the bounds the analysis checks a document against (see `analysis.analyze_document`): characters
    of its text, characters without a sentence end, claims kept."""

    def __init__(self, max_chars: int = Limits.max_chars, max_sentence_chars: int = Limits.max_sentence_chars,
                 max_claims: int = Limits.max_claims) -> None:
        register_extensions()
        self.max_chars = int(max_chars)
        self.max_sentence_chars = int(max_sentence_chars)
        self.max_claims = int(max_claims)

    def __call__(self, doc: Doc) -> Doc:
        context = doc._context
        if isinstance(context, dict):
            for key in ("published", "outlet"):
                if context.get(key) is not None:
                    doc._.set(f"cg_{key}", context[key])
        return doc
