"""Normal forms the linking compares: name keys for entities and outlets, content words for claim wording."""
from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

_WORD = re.compile(r"\w+", re.UNICODE)
_POSSESSIVE = re.compile(r"['’]s\b")
# a leading article is how a name is used in a sentence, not part of the name ("the Calder Brigade")
_LEADING_ARTICLE = re.compile(r"^(the|a|an)\s+")
# a courtesy title before a surname is how a person is addressed, not part of the name ("Ms Stanek", "Mr. Orr"): the
# courtesy titles of news style (AP Stylebook and The Guardian style guide, "courtesy titles")
_COURTESY_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+(?=[A-Z])")


@lru_cache(maxsize=1)
def _without_combining() -> dict[int, None]:
    """A translation table deleting every combining character, built once: translating a whole article with it is
    far cheaper than asking of each character in turn."""
    return {code: None for code in range(sys.maxunicode + 1) if unicodedata.combining(chr(code))}


def name_key(name: str) -> str:
    """A name folded for comparison: case, accents, possessives, punctuation and a leading article removed."""
    folded = unicodedata.normalize("NFKD", _COURTESY_TITLE.sub("", name.strip()))
    if not folded.isascii():  # no ASCII character combines
        folded = folded.translate(_without_combining())
    folded = folded.lower()
    folded = _POSSESSIVE.sub("", folded)
    folded = " ".join(_WORD.findall(folded))
    return _LEADING_ARTICLE.sub("", folded)


def words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).lower())


def content_words(text: str) -> set[str]:
    """The words that carry a claim's content: lower-cased, function words dropped, inflections folded ("shelled",
    "shells", "shelling": "shell"), so that one claim told in other tenses and numbers shares its words."""
    return {stem(w) for w in words(text) if w not in STOP_WORDS and len(w) > 1}


_DOUBLED = re.compile(r"([b-df-hj-km-np-rtv-z])\1$")


@lru_cache(maxsize=65536)  # a corpus's vocabulary repeats: each word is folded once
def stem(word: str) -> str:
    """English inflection folded by its regular suffixes (plural and third person -s/-es/-ies, past -ed/-ied,
    participle -ing), a doubled final consonant undone ("shipped" -> "ship") and a final silent e dropped ("seize",
    "seized", "seizing" -> "seiz"); numbers and short words as they are."""
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith(("ies", "ied")) and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("sses"):
        word = word[:-2]
    elif word.endswith("ing") and len(word) > 5:
        word = _DOUBLED.sub(r"\1", word[:-3])
    elif word.endswith("ed") and len(word) > 4:
        word = _DOUBLED.sub(r"\1", word[:-2])
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


def jaccard(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def wording_key(text: str) -> str:
    """The same wording, whatever its case, spacing and punctuation: how verbatim copies of a claim meet."""
    return hashlib.sha1(" ".join(words(text)).encode("utf-8")).hexdigest()[:20]


# a count of people or things: a number in figures or in words, or a quantifier that stands for one ("one" is left
# out: it opens names, "One Nation")
_COUNT_WORDS = ("some", "several", "dozens", "hundreds", "thousands", "scores", "many", "few", "a dozen", "dozen", "two",
                "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
                "thirty", "forty", "fifty", "hundred")
_COUNT = re.compile(rf"\d|^(?:at least|at most|more than|fewer than|less than|up to|about|around|nearly|almost|over|"
                    rf"{'|'.join(_COUNT_WORDS)})\b")


# the same count opening a role's words before the people it counts ("three aid workers", "at least 12 soldiers")
_LEADING_COUNT = re.compile(rf"^(?:(?:at least|at most|more than|fewer than|less than|up to|about|around|nearly|"
                            rf"almost|over) )?(?:\d[\d,]*|{'|'.join(_COUNT_WORDS)})(?: of)? ")


def without_count(key: str) -> str:
    """A role's words without the count opening them: "three clearspring aid workers" -> "clearspring aid workers"."""
    return _LEADING_COUNT.sub("", key, count=1)


def is_count(key: str) -> bool:
    """Whether a role's words are a count ("four people", "at least 12 soldiers") rather than a party's name."""
    return bool(_COUNT.search(key))
