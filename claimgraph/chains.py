"""Chains of sources: the one walk from a claim's attribution up through the attributions that carry it, and the
one reading of a source that refers back to another ("the officials" named earlier)."""
from __future__ import annotations

from typing import Any, Iterator, Mapping

Attribution = Mapping[str, Any]


def walk(attributions: Mapping[str, Attribution], innermost: str | None,
         limit: int | None = None) -> Iterator[Attribution]:
    """The attributions from `innermost` up its parents, innermost first; a loop or a missing parent ends it, and so
    does `limit` (a view's bound on pathological documents)."""
    seen: set[str] = set()
    current = innermost
    while current is not None and current in attributions and current not in seen:
        if limit is not None and len(seen) >= limit:
            return
        seen.add(current)
        attribution = attributions[current]
        yield attribution
        current = attribution.get("parent")


def outermost_first(attributions: Mapping[str, Attribution], innermost: str | None) -> list[Attribution]:
    """The attributions a claim reaches the reader through, outermost first; [] for the article's own voice."""
    return list(walk(attributions, innermost))[::-1]


def referent(attributions: Mapping[str, Attribution], attribution: Attribution) -> Attribution | None:
    """The attribution a source refers back to ("the sources" after "two diplomats"), when it does."""
    return attributions.get(attribution.get("refers_to") or "")


def named_by(attributions: Mapping[str, Attribution], attribution: Attribution) -> Attribution:
    """The attribution that names the source: the one it refers back to, else itself."""
    return referent(attributions, attribution) or attribution


UNNAMED = "(unnamed source)"


def source_names(attributions: Mapping[str, Attribution], innermost: str | None) -> list[str]:
    """The sources a claim reaches the reader through, by name, outermost first; [] for the article's own voice."""
    return [source_name(attributions, a) for a in outermost_first(attributions, innermost)]


def source_name(attributions: Mapping[str, Attribution], attribution: Attribution) -> str:
    """The words naming a stored source; "the sources" is named by the attribution it refers back to, when that
    one names it."""
    referred = referent(attributions, attribution)
    if referred is not None and referred["source_text"]:
        return referred["source_text"]
    return attribution["source_text"] or UNNAMED


def denying(result: Mapping[str, Any]) -> set[str]:
    """The ids of an analysis's attributions that deny what they report: a denial noted on the attribution, or, in a
    result written before attributions carried notes, a denial marker about it."""
    noted = {a["id"] for a in result.get("attributions", [])
             if any(n.get("kind") == "denial" for n in a.get("notes", []))}
    marked = {m.get("about") for m in result.get("markers", []) if m.get("kind") == "denial" and m.get("about")}
    return noted | marked
