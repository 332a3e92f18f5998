"""The component that splits a sentence's full stop from a unit glued to a figure ("£97m."), before the parser runs."""
from __future__ import annotations

import re

from spacy.lang.char_classes import UNITS
from spacy.language import Language
from spacy.tokens import Doc

from .component import Component, factory
from .table import document_text

# Magnitudes written straight after a figure in news copy ("£97m", "$5bn", "£40k", "$2tn"; the Reuters, BBC and
# Guardian style guides' abbreviations for million, billion, thousand and trillion, and the capitals US copy uses),
# with the units spaCy's own suffix rules split from a number (spacy.lang.char_classes.UNITS: "20km", "5g").
MAGNITUDES = {"m", "mn", "bn", "b", "k", "tn", "trn", "M", "B", "K", "MN", "BN", "TN"}
UNIT_WORDS = MAGNITUDES | set(UNITS.split("|"))

# spaCy keeps single letters with a stop as abbreviations ("m.", "g.": its tokenizer exceptions), and leaves a
# capital after a digit unsplit ("4M."), so "worth £97m. Analysts said" reads "m." as one word and the parser joins
# the two sentences. A figure glued to a unit and a stop is the only shape looked at.
_GLUED = re.compile(r"\d(?:[A-Za-z]{1,3})\.(?=\s|$)")
_TOKEN = re.compile(r"(?P<number>\d[\d.,]*)?(?P<unit>[A-Za-z]{1,3})\.")


@factory("claimgraph_unit_stops_v1", assigns=["token.text"])
def make_unit_stops(nlp: Language, name: str) -> "UnitStops":
    return UnitStops()


class UnitStops(Component):
    """After a figure, "m." "bn." "km." are a unit and the sentence's full stop: the token is split in two.

    A pipeline component rather than a change to the tokenizer, so that a pipeline saved with `nlp.to_disk` keeps
    it in its config and `spacy.load` gives the same words in a process that never imported claimgraph."""

    def __call__(self, doc: Doc) -> Doc:
        # the text the document was made from (doc.text would join every word's text again); the shape is rare, so
        # most documents pass as the tokenizer made them
        if _GLUED.search(document_text(doc)):
            split_unit_stops(doc)
        return doc


def unit_stop(doc: Doc, i: int) -> int | None:
    """Where the full stop starts inside token i, when the token is a unit (or a figure and its unit) followed by a
    stop and glued to its figure; None otherwise."""
    token = doc[i]
    match = _TOKEN.fullmatch(token.text)
    if match is None or match.group("unit") not in UNIT_WORDS:
        return None
    if match.group("number") is None:  # "m." alone: the figure is the token before, with no space between
        if i == 0 or doc[i - 1].whitespace_ or not doc[i - 1].text[-1:].isdigit():
            return None
    return len(token.text) - 1


def split_unit_stops(doc: Doc) -> Doc:
    """Splits the stop off each unit glued to a figure, in place."""
    found = [(i, at) for i in range(len(doc)) if (at := unit_stop(doc, i)) is not None]
    if not found:
        return doc
    with doc.retokenize() as retokenizer:
        for i, at in found:
            token = doc[i]
            retokenizer.split(token, [token.text[:at], token.text[at:]], heads=[(token, 0), (token, 0)])
    return doc
