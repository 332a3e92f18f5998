"""The Tokens of the document read last, built once: the entity and event components index the same words often."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .table import LastDocument

# doc[i] builds a new Token at each call (a bounds check and an allocation, about a microsecond), and the entity
# and event components index the same few thousand words of a document some hundred thousand times. A Token is a
# view (document, position) that reads every attribute live, so one built earlier stays right while the document
# keeps its words. One document is kept, the one being read: its tokens hold it alive until the next is read.
_LAST = LastDocument()


def token_list(doc: Doc) -> list[Token]:
    """list(doc), built once for the document read last (tok[i] is doc[i], negative indices included)."""
    last = _LAST
    ref = last._ref  # `_LAST.holds(doc)` written out, as token_table does: asked once a word in some scans
    if ref is not None and ref() is doc and last._size == len(doc):
        return last.value
    return _LAST.keep(doc, list(doc))
