"""The component that joins an abbreviated title to its full stop ("Brig." "Lt." "Sens."), before the parser runs."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ..lexicon import entries
from .component import Component, factory
from .table import document_text

DATA = "title_abbreviations.yaml"
GROUPS = ("military_ranks", "legislative_and_civil", "police_ranks")


def title_words() -> frozenset[str]:
    return frozenset(str(word) for group in GROUPS for word in entries(DATA, group))


@factory("claimgraph_title_stops_v1", assigns=["token.text"])
def make_title_stops(nlp: Language, name: str) -> "TitleStops":
    return TitleStops()


class TitleStops(Component):
    """Before a name, "Brig." "Lt." "Sens." are one word: the title and its stop are joined into one token.

    spaCy's tokenizer splits the stop off the titles its exceptions lack, and the parser then ends a sentence in the
    middle of a name ("Army spokesman Brig." | "Gen. Ana Ruiz said ..."), which takes the speaker from the report.
    A component rather than tokenizer exceptions, as for the unit stops, so that a saved pipeline keeps it."""

    def __init__(self) -> None:
        self.titles = title_words()
        # a title, its stop and a capitalised word after a space: the shape is looked for in the text first, so
        # that most documents pass untouched
        self.shape = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, self.titles))) + r")\.\s+[A-Z]")

    def __call__(self, doc: Doc) -> Doc:
        if self.shape.search(document_text(doc)):
            join_title_stops(doc, self.titles)
        return doc


def title_stop(doc: Doc, i: int, titles: frozenset[str]) -> bool:
    """Whether token i is a listed title followed, with no space between, by a full stop of its own, and that
    stop by a capitalised word."""
    if doc[i].text not in titles or i + 2 >= len(doc) or doc[i].whitespace_:
        return False
    stop, after = doc[i + 1], doc[i + 2]
    return stop.text == "." and bool(stop.whitespace_) and after.text[:1].isupper()


def join_title_stops(doc: Doc, titles: frozenset[str]) -> Doc:
    """Joins each listed title to its stop, in place."""
    found = [i for i in range(len(doc) - 2) if title_stop(doc, i, titles)]
    if found:
        with doc.retokenize() as retokenizer:
            for i in found:
                retokenizer.merge(doc[i:i + 2])
    return doc
