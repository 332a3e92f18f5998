"""A cheap check that a text is English, so a foreign article gets a warning instead of silent nonsense."""
from __future__ import annotations

import re
import unicodedata

import numpy

from spacy.attrs import IS_ALPHA, IS_STOP
from spacy.tokens import Doc

_MIN_WORDS = 10  # below this a text is a headline or a caption, whose few stop words say little
_MIN_STOPWORD_SHARE = 0.15  # English news prose runs at 35-50% stop words; other languages near 0-5%
_MIN_LETTERS = 10
_MIN_LATIN_SHARE = 0.5  # English text quoting a foreign name or two stays far above this
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_LETTERS = re.compile(r"[A-Za-z]+")


def english_warning(doc: Doc, text: str | None = None) -> str | None:
    """A warning when a text is mostly in a script other than Latin (Chinese, Arabic, Cyrillic...), whatever its
    length, or when a text of some length has too few English function words to be English. `text`: the document's
    text when the caller has it (doc.text joins every token's text again)."""
    script = foreign_script(doc.text if text is None else text)
    if script is not None:
        return (f"the text is mostly in {script} script, not English; claimgraph analyses English news, so expect "
                "few or no attributions")
    # two flag columns read at once: a Token object a word would cost more than the test itself
    # counted in numpy (a flag is 0 or 1, so a count of the set ones is their sum), not turned into a list a word
    flags = doc.to_array([IS_ALPHA, IS_STOP]) if len(doc) else numpy.zeros((0, 2), dtype="uint64")
    alpha = flags[:, 0] != 0
    words = int(numpy.count_nonzero(alpha))
    if words < _MIN_WORDS:
        return None
    share = int(numpy.count_nonzero(flags[alpha, 1])) / words
    if share < _MIN_STOPWORD_SHARE:
        return (f"the text does not look like English ({share:.0%} English function words); "
                "claimgraph analyses English news, so expect few or no attributions")
    return None


def foreign_script(text: str, sample: int = 20_000) -> str | None:
    """The main script of a text's letters when Latin letters are not the majority; None for Latin text."""
    text = text[:sample]
    if not any(char.isalpha() for char in _NON_ASCII.findall(text)):
        return None  # every letter is an ASCII one, so Latin: the common case, without naming each letter
    # the ASCII letters (the only ASCII characters isalpha() takes) are Latin ones, counted by a regular expression;
    # the others are named one by one. The scripts are counted in the order they first appear, as a walk over every
    # character would meet them, so that a tie for the most letters goes the same way
    first: dict[str, int] = {}
    found: dict[str, int] = {}
    ascii_letter = _ASCII_LETTERS.search(text)
    if ascii_letter is not None:
        first["LATIN"] = ascii_letter.start()
        found["LATIN"] = sum(map(len, _ASCII_LETTERS.findall(text)))
    letters = found.get("LATIN", 0)
    for match in _NON_ASCII.finditer(text):
        char = match.group()
        if not char.isalpha():
            continue
        letters += 1
        name = unicodedata.name(char, "")
        script = "CJK" if name.startswith(("CJK", "HIRAGANA", "KATAKANA", "HANGUL")) else name.split(" ")[0]
        found[script] = found.get(script, 0) + 1
        first[script] = min(first.get(script, match.start()), match.start())  # 'é' before any ASCII letter
    counts = {script: found[script] for script in sorted(first, key=first.get)}
    if letters < _MIN_LETTERS or counts.get("LATIN", 0) >= _MIN_LATIN_SHARE * letters:
        return None
    main = max(counts, key=counts.get)
    return {"CJK": "Chinese, Japanese or Korean"}.get(main, main.title() or "a non-Latin")
