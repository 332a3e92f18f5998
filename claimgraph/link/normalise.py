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
    "shells", "shelling": "shell"), figures read as their values ("a dozen", "Twelve", "12": "12"), so that one claim
    told in other tenses, numbers and figures shares its words."""
    return {stem(w) for w in words(figures(text)) if w not in STOP_WORDS and len(w) > 1}


# numbers written in words, as news style writes them (AP Stylebook, "numerals": words for one to nine, figures
# above, words opening a sentence; "a dozen", "three thousand"): each read as its value, so that one figure told
# in words and in digits ("Twelve people", "12 people", "a dozen") is one content word
_UNITS = {w: k for k, w in enumerate(("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                      "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                                      "seventeen", "eighteen", "nineteen"))}
_TENS = {w: 10 * k for k, w in enumerate(("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
                                          "ninety"), start=2)}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 10 ** 6, "billion": 10 ** 9}
_NUMBER_WORD = rf"(?:{'|'.join([*_UNITS, *_TENS, *_SCALES, 'dozen'])})"
# a run of number words ("three thousand", "twenty-five", "two hundred and forty"), or figures with a scale word
# after them ("1.5 million", "3 thousand"), or figures with thousands separators ("3,000")
_NUMBER_RUN = re.compile(rf"\b(?:an?\s+)?{_NUMBER_WORD}(?:(?:\s+and\s+|[\s-]+){_NUMBER_WORD})*\b"
                         rf"|\b\d+(?:\.\d+)?\s+(?:{'|'.join(_SCALES)})\b|\b\d{{1,3}}(?:,\d{{3}})+\b", re.I)


def number_value(words_: str) -> int | None:
    """The value of a run of number words or figures ("three thousand" 3000, "a dozen" 12, "1.5 million" 1500000,
    "3,000" 3000); None for a run that is no number."""
    tokens = re.findall(r"[\w.]+", words_.lower().replace(",", ""))
    total = current = 0
    seen = False
    for token in tokens:
        if token in ("a", "an", "and"):
            continue
        if re.fullmatch(r"\d+(?:\.\d+)?", token):
            current += float(token)
        elif token in _UNITS:
            current += _UNITS[token]
        elif token in _TENS:
            current += _TENS[token]
        elif token == "dozen":
            current = (current or 1) * 12
        elif token == "hundred":
            current = (current or 1) * 100
        elif token in _SCALES:
            total += (current or 1) * _SCALES[token]
            current = 0
        else:
            return None
        seen = True
    value = total + current
    return int(value) if seen and value == int(value) else None


def figures(text: str) -> str:
    """The text with every number written as its value in figures ("some three thousand people" -> "some 3000
    people", "a dozen" -> "12", "3,000" -> "3000"). "One" alone is left as it is: it is a pronoun and opens phrases
    ("one of them", "no one") far more often than it counts."""
    def value(match: re.Match) -> str:
        if match.group(0).lower() in ("one", "a", "an"):
            return match.group(0)
        found = number_value(match.group(0))
        return str(found) if found is not None else match.group(0)
    return _NUMBER_RUN.sub(value, text)


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


# a count of people or things: a number in figures or in words (every number word the figures above read, so that
# "Fourteen employees" opening a sentence counts as "14 employees" does), or a quantifier that stands for one ("one"
# is left out: it opens names, "One Nation")
_COUNT_WORDS = ("some", "several", "dozens", "hundreds", "thousands", "scores", "many", "few", "a dozen", "dozen",
                *(w for w in _UNITS if w not in ("zero", "one")), *_TENS, *_SCALES)
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


def counts_many(key: str) -> bool:
    """Whether a role's words count more than one ("two men", "14 staff members", "dozens of people"): a group,
    which no one person is ("at least one journalist" may be one)."""
    if not is_count(key):
        return False
    words = _QUALIFIER.sub("", key, count=1).split()
    if words[:1] in (["a"], ["an"]):
        return words[1:2] in (["dozen"], ["few"], *([w] for w in _SCALES))  # "a dozen aid workers", not "a man"
    return bool(words) and words[0] not in {"1", "one", "single"}


# words that qualify a count without being it ("at least two", "more than 300")
_QUALIFIER = re.compile(r"^(?:at least|at most|more than|fewer than|less than|up to|about|around|nearly|almost|over) ")
