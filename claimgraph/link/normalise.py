"""Normal forms the linking compares: name keys for entities and outlets, content words for claim wording."""
from __future__ import annotations

import hashlib
import re
import unicodedata

from spacy.lang.en.stop_words import STOP_WORDS

_WORD = re.compile(r"\w+", re.UNICODE)
_POSSESSIVE = re.compile(r"['’]s\b")
# a leading article is how a name is used in a sentence, not part of the name ("the Calder Brigade")
_LEADING_ARTICLE = re.compile(r"^(the|a|an)\s+")


def name_key(name: str) -> str:
    """A name folded for comparison: case, accents, possessives, punctuation and a leading article removed."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    folded = _POSSESSIVE.sub("", folded)
    folded = " ".join(_WORD.findall(folded))
    return _LEADING_ARTICLE.sub("", folded)


def words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).lower())


def content_words(text: str) -> set[str]:
    """The words that carry a claim's content: lower-cased, function words dropped."""
    return {w for w in words(text) if w not in STOP_WORDS and len(w) > 1}


def jaccard(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def wording_key(text: str) -> str:
    """The same wording, whatever its case, spacing and punctuation: how verbatim copies of a claim meet."""
    return hashlib.sha1(" ".join(words(text)).encode("utf-8")).hexdigest()[:20]
