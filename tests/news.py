"""Reading the hand-annotated articles of tests/fixtures/news once each, and finding the parts a test checks."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

NEWS = Path(__file__).resolve().parent / "fixtures" / "news"


def reader(analyse: Callable[..., dict[str, Any]], **options: Any) -> Callable[[str], dict[str, Any]]:
    """name -> the analysis of tests/fixtures/news/<name>.txt; an article is analysed once however many tests read
    it, since the analysis is what takes the time."""
    cache: dict[str, dict[str, Any]] = {}

    def read(name: str) -> dict[str, Any]:
        if name not in cache:
            cache[name] = analyse((NEWS / f"{name}.txt").read_text(encoding="utf-8"), **options)
        return cache[name]
    return read


def joined(spans: list[dict[str, Any]]) -> str:
    return " ".join(s["text"] for s in spans)


def texts(spans: list[dict[str, Any]]) -> list[str]:
    return [s["text"] for s in spans]


def cues(result: dict[str, Any]) -> list[str]:
    """Every attribution's cue, lowercased: "According to" and "according to" are one cue."""
    return [joined(a["cue"]).lower() for a in result["attributions"]]


def by_cue(result: dict[str, Any], cue: str) -> list[dict[str, Any]]:
    """The attributions whose cue reads `cue` (case aside), or a failure listing the cues found."""
    found = [a for a in result["attributions"] if joined(a["cue"]).lower() == cue.lower()]
    assert found, f"no attribution with cue {cue!r} in {cues(result)}"
    return found


def by_cue_ending(result: dict[str, Any], word: str) -> list[dict[str, Any]]:
    """The attributions whose cue ends in `word` ("has said" ends in "said"); empty when there is none, for tests
    that assert an absence."""
    return [a for a in result["attributions"] if a["cue"] and joined(a["cue"]).split()[-1] == word]


def by_source(result: dict[str, Any], words: str) -> list[dict[str, Any]]:
    found = [a for a in result["attributions"] if joined(a["source"]) == words]
    assert found, f"no attribution from {words!r}: {[joined(a['source']) for a in result['attributions']]}"
    return found


def claim(result: dict[str, Any], trigger: str) -> dict[str, Any]:
    found = [c for c in result["claims"] if c["trigger"]["text"] == trigger]
    assert found, f"no claim on {trigger!r}: {[c['trigger']['text'] for c in result['claims']]}"
    return found[0]


def claims_of(result: dict[str, Any], attribution: dict[str, Any]) -> list[str]:
    """The texts of the claims an attribution makes."""
    return [c["span"]["text"] for c in result["claims"] if c["attribution"] == attribution["id"]]


def entity(result: dict[str, Any], name: str) -> dict[str, Any]:
    found = [e for e in result["entities"] if e["name"] == name]
    assert found, f"no entity {name!r} in {[e['name'] for e in result['entities']]}"
    return found[0]


def type_rules(entity: dict[str, Any]) -> set[str]:
    """The rules whose evidence set an entity's type."""
    return {ev["rule"] for ev in entity.get("type_evidence", [])}


def mentions(result: dict[str, Any], name: str) -> list[str]:
    return [m["text"] for m in entity(result, name)["mentions"]]
