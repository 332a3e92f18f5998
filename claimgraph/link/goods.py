"""The kinds of goods a transfer's words name, so that one giver's two transfers to one receiver stay apart."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from .. import lexicon
from .normalise import stem

KINDS = "goods_kinds.yaml"


@lru_cache(maxsize=1)
def kind_table() -> dict[str, frozenset[str]]:
    """Each class noun's stem and the kinds of goods it names (goods_kinds.yaml)."""
    found: dict[str, set[str]] = {}
    for kind, group in lexicon.load(KINDS).items():
        for word in group["entries"]:
            found.setdefault(stem(str(word).lower()), set()).add(kind)
    return {word: frozenset(kinds) for word, kinds in found.items()}


def kinds_named(tokens: set[str]) -> frozenset[str]:
    """The kinds of goods a claim's content words (normalise.content_words) name."""
    table = kind_table()
    return frozenset(kind for token in tokens for kind in table.get(token, ()))


def other_goods(claim: dict[str, Any], linked: dict[str, Any]) -> bool:
    """Whether two transfers move goods of no common kind: each names some, and no kind is named by both ("handed
    over two patrol boats" of a claim told as "will supply 40 attack drones"). The linked claim's kinds are those
    of every wording it has been told in, so that one told as "drones" and "aircraft" keeps both."""
    mine = kinds_named(claim["tokens"])
    theirs = kinds_named(linked.get("vocabulary", linked["tokens"]))
    return bool(mine) and bool(theirs) and not mine & theirs
