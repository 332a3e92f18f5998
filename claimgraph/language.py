"""A cheap check that a text is English, so a foreign article gets a warning instead of silent nonsense."""
from __future__ import annotations

import re
import unicodedata

from spacy.attrs import IS_ALPHA, IS_STOP
from spacy.tokens import Doc

_MIN_WORDS = 10  # below this a text is a headline or a caption, whose few stop words say little
_MIN_STOPWORD_SHARE = 0.15  # English news prose runs at 35-50% stop words; other languages near 0-5%
_MIN_LETTERS = 10
_MIN_LATIN_SHARE = 0.5  # English text quoting a foreign name or two stays far above this
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def english_warning(doc: Doc, text: str | None = None) -> str | None:
    """A warning when a text is mostly in a script other than Latin (Chinese, Arabic, Cyrillic...), whatever its
    length, or when a text of some length has too few English function words to be English. `text`: the document's
    text when the caller has it (doc.text joins every token's text again)."""
    script = foreign_script(doc.text if text is None else text)
    if script is not None:
        return (f"the text is mostly in {script} script, not English; claimgraph analyses English news, so expect "
                "few or no attributions")
    # two flag columns read at once: a Token object a word would cost more than the test itself
    flags = doc.to_array([IS_ALPHA, IS_STOP]).tolist() if len(doc) else []
    words = [stop for alpha, stop in flags if alpha]
    if len(words) < _MIN_WORDS:
        return None
    share = sum(words) / len(words)
    if share < _MIN_STOPWORD_SHARE:
        return (f"the text does not look like English ({share:.0%} English function words); "
                "claimgraph analyses English news, so expect few or no attributions")
    return None


def foreign_script(text: str, sample: int = 20_000) -> str | None:
    """The main script of a text's letters when Latin letters are not the majority; None for Latin text."""
    text = text[:sample]
    if not any(char.isalpha() for char in _NON_ASCII.findall(text)):
        return None  # every letter is an ASCII one, so Latin: the common case, without naming each letter
    counts: dict[str, int] = {}
    letters = 0
    for char in text:
        if not char.isalpha():
            continue
        letters += 1
        name = unicodedata.name(char, "")
        script = "CJK" if name.startswith(("CJK", "HIRAGANA", "KATAKANA", "HANGUL")) else name.split(" ")[0]
        counts[script] = counts.get(script, 0) + 1
    if letters < _MIN_LETTERS or counts.get("LATIN", 0) >= _MIN_LATIN_SHARE * letters:
        return None
    main = max(counts, key=counts.get)
    return {"CJK": "Chinese, Japanese or Korean"}.get(main, main.title() or "a non-Latin")
