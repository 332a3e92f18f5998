"""A cheap check that a text is English, so a foreign article gets a warning instead of silent nonsense."""
from __future__ import annotations

from spacy.tokens import Doc

_MIN_WORDS = 20
_MIN_STOPWORD_SHARE = 0.15  # English news prose runs at 35-50% stop words; other languages near 0-5%


def english_warning(doc: Doc) -> str | None:
    """A warning when a text of some length has too few English function words to be English."""
    words = [t for t in doc if t.is_alpha]
    if len(words) < _MIN_WORDS:
        return None
    share = sum(t.is_stop for t in words) / len(words)
    if share < _MIN_STOPWORD_SHARE:
        return (f"the text does not look like English ({share:.0%} English function words); "
                "claimgraph analyses English news, so expect few or no attributions")
    return None
