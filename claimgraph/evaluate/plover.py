"""Scores event typing and roles on PLOVER-coded example sentences (the PLOVER_GSR_CAMEO.json format).

Each record gives a sentence, its PLOVER event type, and the words of its source and target actors; its markup
marks the event words `(EVT: ...)`. For each sentence, the predicted event is the one whose trigger (or a later
mention of it) falls inside a marked event phrase, else the first predicted event of the sentence.
- type accuracy: the predicted event's type equals the gold type (no predicted event counts as wrong);
- actor accuracy, over records naming a source actor: the predicted actor's words, or any name of the entity it
  names (canonical name, aliases, mentions), match one of the gold source actors' words (case-insensitive, one
  containing the other, or sharing half their words);
- target accuracy likewise for the predicted target or recipient against the gold target actors.
"""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from ..analysis import analyze_document
from ..document import Document

EVENT_MARK = re.compile(r"\(EVT:\s*([^)]*)\)")
SKIPPED_TYPES = {"DOCUMENT"}


def evaluate_plover(path: str | Path, nlp=None) -> dict[str, Any]:
    records = [r for r in json.loads(Path(path).read_text(encoding="utf-8")) if r.get("event") not in SKIPPED_TYPES]
    if nlp is None:
        from ..nlp.pipeline import load_pipeline
        nlp = load_pipeline()
    totals: Counter = Counter()
    per_type: dict[str, Counter] = defaultdict(Counter)
    confusion: Counter = Counter()
    details = []
    for record in records:
        result = analyze_document(Document(text=record["text"], id=record.get("id")), nlp=nlp)
        outcome = score_record(record, result)
        gold = record["event"]
        totals["n"] += 1
        per_type[gold]["n"] += 1
        for key in ("type", "found", "actor", "actor_n", "target", "target_n"):
            totals[key] += outcome[key]
            per_type[gold][key] += outcome[key]
        if not outcome["type"]:
            confusion[(gold, outcome["predicted"])] += 1
            details.append(f"plover: {record.get('id')} gold {gold} got {outcome['predicted']}: {record['text'][:80]}")
        for role in ("actor", "target"):
            if outcome[f"{role}_n"] and not outcome[role]:
                details.append(f"plover: {record.get('id')} {role} {outcome['gold_' + role]} got "
                               f"{outcome['predicted_' + role]}: {record['text'][:80]}")
    return {
        "n": totals["n"],
        "type_accuracy": pct(totals["type"], totals["n"]),
        "event_found": pct(totals["found"], totals["n"]),
        "actor_accuracy": pct(totals["actor"], totals["actor_n"]),
        "target_accuracy": pct(totals["target"], totals["target_n"]),
        "per_type": {t: {"n": c["n"], "type_accuracy": pct(c["type"], c["n"]),
                         "actor_accuracy": pct(c["actor"], c["actor_n"]),
                         "target_accuracy": pct(c["target"], c["target_n"])} for t, c in sorted(per_type.items())},
        "confusions": [{"gold": g, "predicted": p, "count": n} for (g, p), n in confusion.most_common(15)],
        "details": details,
    }


def score_record(record: dict[str, Any], result: dict[str, Any]) -> dict[str, Any]:
    """Whether one sentence's event was found, typed right, and given the right actor and target."""
    text = record["text"]
    marked = event_spans(record)
    event = pick_event(result["events"], marked)
    sources = actor_words(record.get("source"))
    targets = actor_words(record.get("target"))
    predicted_type = event["type"] if event else None
    names = entity_names(result)
    actor = role_words(event, ("actor",), names) if event else []
    target = role_words(event, ("target", "recipient"), names) if event else []
    return {
        "type": predicted_type == record["event"],
        "found": event is not None,
        "predicted": predicted_type,
        "actor_n": bool(sources),
        "actor": bool(sources) and any(matches(a, s) for a in actor for s in sources),
        "target_n": bool(targets),
        "target": bool(targets) and any(matches(a, s) for a in target for s in targets),
        "text": text,
        "gold_actor": sources, "predicted_actor": actor, "gold_target": targets, "predicted_target": target,
    }


def event_spans(record: dict[str, Any]) -> list[tuple[int, int]]:
    """Character spans in `text` of the words the markup marks as the event."""
    text = record["text"]
    spans = []
    cursor = 0
    info = record.get("textInfo")
    markup = info.get("markup", "") if isinstance(info, dict) else ""
    for words in EVENT_MARK.findall(markup):
        start = text.find(words.strip(), cursor)
        if start >= 0:
            spans.append((start, start + len(words.strip())))
            cursor = start
    return spans


def pick_event(events: list[dict], marked: list[tuple[int, int]]) -> dict | None:
    for start, end in marked:
        for event in events:
            for trigger in [event["trigger"], *event.get("mentions", [])]:
                if start <= trigger["start"] and trigger["end"] <= end:
                    return event
    return events[0] if events else None


def actor_words(actors: Any) -> list[str]:
    if not isinstance(actors, list):
        return []
    return [a["actorText"] for a in actors if isinstance(a, dict) and a.get("actorText")]


def entity_names(result: dict[str, Any]) -> dict[str, list[str]]:
    """Every name an entity goes by: "NATO" is the North Atlantic Treaty Organization named another way."""
    return {e["name"]: [e["name"], *e.get("aliases", []), *(m["text"] for m in e.get("mentions", []))]
            for e in result.get("entities", [])}


def role_words(event: dict, roles: tuple[str, ...], names: dict[str, list[str]] | None = None) -> list[str]:
    out = []
    for role in roles:
        if event["roles"].get(role):
            value = str(event["roles"][role])
            out.extend((names or {}).get(value, [value]))
        mention = event.get("role_mentions", {}).get(role)
        if mention:
            out.append(mention["text"])
    return out


def norm(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("’", "'").replace("'s", ""))


def matches(predicted: str, gold: str) -> bool:
    p, g = norm(predicted), norm(gold)
    if not p or not g:
        return False
    ps, gs = " ".join(p), " ".join(g)
    if ps in gs or gs in ps:
        return True
    shared = len(set(p) & set(g))
    return shared * 2 >= min(len(set(p)), len(set(g))) and shared > 0


def pct(a: int, b: int) -> float:
    return round(100 * a / b, 1) if b else 0.0
