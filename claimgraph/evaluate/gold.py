"""Scoring one analysed article against a hand-made gold file (format claimgraph-gold/1), part by part.

Each part gets a score from 0 to 100 together with the counts behind it, and `overall` is the mean of the part scores:

- attributions: F1 of lenient matching (cue spans overlap, content word-token F1 >= 0.5, source spans overlap or
  both empty); strict matching (all three exact) and the attribution chains (parent, refers_to) are reported beside it.
- sources: over matched attributions, the mean of source_kind accuracy and source_count accuracy (where gold counts).
- certainty: accuracy of the value on the gold event triggers, a missing prediction counting as wrong.
- times: mean of span F1 (exact offsets) and value+granularity accuracy over the matched spans.
- entities: mean of mention F1 (exact offsets) and B-cubed F1 of the clusters over the gold mentions found.
- events: mean of trigger+type F1, role accuracy and attribution accuracy over the matched triggers.
- relations: F1 over (type, subject, object), names normalised; alias pairs are unordered.
- markers: F1 over (kind, overlapping span); accuracy of what each marker is about is reported beside it.

A part whose predictions are missing or malformed scores 0: components are built independently and may be absent.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Callable

from .spans import (Stretch, as_stretch, as_stretches, exact, overlaps, pair_up, percent, prf, ratio, show,
                    token_f1)

PARTS = ("attributions", "sources", "certainty", "times", "entities", "events", "relations", "markers")
EVENT_ROLES = ("actor", "recipient", "equipment", "time", "intermediary", "location")
CONTENT_F1_THRESHOLD = 0.5


def evaluate_gold(gold_path: str | Path, text_path: str | Path, published: str | None = None) -> dict[str, Any]:
    """Analyse the article at `text_path` and score it against the gold file at `gold_path`."""
    from ..analysis import analyze_document
    from ..document import Document
    from ..readers.text import decode

    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    text_file = Path(text_path)
    text = decode(text_file.read_bytes(), str(text_file))
    published = published or (gold.get("document") or {}).get("published")
    predicted = analyze_document(Document(text=text, path=str(text_file), published=published))
    return score(gold, predicted, name=Path(gold_path).name)


def score(gold: dict[str, Any], predicted: dict[str, Any], name: str | None = None) -> dict[str, Any]:
    """Compare one analysed document with its gold annotation; a pure function of the two dicts."""
    comparison = Comparison(gold if isinstance(gold, dict) else {}, predicted if isinstance(predicted, dict) else {})
    details: list[str] = []
    parts: dict[str, dict[str, Any]] = {}
    for part in PARTS:
        scorer: Callable[[Comparison, list[str]], dict[str, Any]] = SCORERS[part]
        try:
            parts[part] = scorer(comparison, details)
        except Exception as exc:  # one malformed part of a prediction must not hide the others' figures
            parts[part] = {"score": 0.0, "error": f"{type(exc).__name__}: {exc}"}
            details.append(f"{part}: could not be scored ({type(exc).__name__}: {exc})")
    overall = round(sum(p["score"] for p in parts.values()) / len(parts), 1)
    return {"gold": name or (comparison.gold.get("document") or {}).get("file"),
            "parts": parts, "overall": overall, "details": details}


# --- reading both sides ---------------------------------------------------------------------------------------------

def records(container: dict[str, Any], key: str) -> list[dict[str, Any]]:
    """The list under `key`, keeping only dict items: a placeholder component may leave None or junk there."""
    value = container.get(key)
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


_DETERMINER = re.compile(r"^the\s+")


def normalise_name(name: Any) -> str:
    """A name compared loosely: case folded (so Al-/al- agree), typographic apostrophes plain, a leading 'the' gone."""
    text = " ".join(str(name).replace("\u2019", "'").split()).casefold()
    return _DETERMINER.sub("", text)


class Names:
    """Whether a predicted name names the same entity as a gold name, through either side's aliases."""

    def __init__(self, gold_entities: list[dict[str, Any]], predicted_entities: list[dict[str, Any]]):
        self.gold = self._alias_sets(gold_entities)
        self.predicted = self._alias_sets(predicted_entities)

    @staticmethod
    def _alias_sets(entities: list[dict[str, Any]]) -> dict[str, set[str]]:
        sets: dict[str, set[str]] = {}
        for entity in entities:
            if entity.get("name") is None:
                continue
            names = {normalise_name(entity["name"])}
            names |= {normalise_name(a) for a in entity.get("aliases") or [] if a is not None}
            sets.setdefault(normalise_name(entity["name"]), set()).update(names)
        return sets

    def same(self, gold_name: Any, predicted_name: Any) -> bool:
        if gold_name is None or predicted_name is None:
            return gold_name is None and predicted_name is None
        g, p = normalise_name(gold_name), normalise_name(predicted_name)
        return bool(self.gold.get(g, {g}) & self.predicted.get(p, {p}))


def maps_to(gold_ref: Any, predicted_ref: Any, gold_to_predicted: dict[str, str]) -> bool:
    """A reference to another attribution is right when it points at the prediction matched to the gold target."""
    if gold_ref is None:
        return predicted_ref is None
    return predicted_ref is not None and gold_to_predicted.get(gold_ref) == predicted_ref


@dataclass
class Comparison:
    """Both sides of one document, with the attribution pairing every part after the first relies on."""

    gold: dict[str, Any]
    predicted: dict[str, Any]

    @cached_property
    def gold_attributions(self) -> list[dict[str, Any]]:
        return records(self.gold, "attributions")

    @cached_property
    def predicted_attributions(self) -> list[dict[str, Any]]:
        return records(self.predicted, "attributions")

    @cached_property
    def attribution_pairs(self) -> dict[int, int]:
        return pair_up(self.gold_attributions, self.predicted_attributions, lenient_similarity)

    @cached_property
    def gold_to_predicted_id(self) -> dict[str, str]:
        """Gold attribution id -> id of the predicted attribution matched to it."""
        out = {}
        for gi, pi in self.attribution_pairs.items():
            gid, pid = attribution_id(self.gold_attributions, gi), attribution_id(self.predicted_attributions, pi)
            if gid is not None and pid is not None:
                out[gid] = pid
        return out

    @cached_property
    def names(self) -> Names:
        return Names(records(self.gold, "entities"), records(self.predicted, "entities"))


def attribution_id(attributions: list[dict[str, Any]], k: int) -> str | None:
    value = attributions[k].get("id")
    return str(value) if value is not None else None


# --- attributions and chains ----------------------------------------------------------------------------------------

def attribution_spans(a: dict[str, Any]) -> tuple[list[Stretch], list[Stretch], list[Stretch]]:
    return as_stretches(a.get("source")), as_stretches(a.get("cue")), as_stretches(a.get("content"))


def sources_agree_loosely(gold: list[Stretch], predicted: list[Stretch]) -> bool:
    return overlaps(gold, predicted) or (not gold and not predicted)


def lenient_similarity(g: dict[str, Any], p: dict[str, Any]) -> float | None:
    """How well a predicted attribution fits a gold one, None when it does not fit at all."""
    g_source, g_cue, g_content = attribution_spans(g)
    p_source, p_cue, p_content = attribution_spans(p)
    if not overlaps(g_cue, p_cue) or not sources_agree_loosely(g_source, p_source):
        return None
    content = token_f1(g_content, p_content)
    if content < CONTENT_F1_THRESHOLD:
        return None
    # the closer cue and source break ties between attributions sharing one content ("X reported, citing Y")
    return content + 0.1 * exact(g_cue, p_cue) + 0.1 * token_f1(g_source, p_source)


def strict_similarity(g: dict[str, Any], p: dict[str, Any]) -> float | None:
    matched = all(exact(gs, ps) for gs, ps in zip(attribution_spans(g), attribution_spans(p)))
    return 1.0 if matched and attribution_spans(g)[1] else None


def describe_attribution(a: dict[str, Any], fallback_id: str) -> str:
    source, cue, content = attribution_spans(a)
    who = show(source) if source else "(unnamed)"
    verb = " ".join(c.text for c in cue) or "(no cue)"
    return f"{a.get('id') or fallback_id} {who} {verb} {show(content)}"


def score_attributions(c: Comparison, details: list[str]) -> dict[str, Any]:
    gold, predicted, pairs = c.gold_attributions, c.predicted_attributions, c.attribution_pairs
    strict = pair_up(gold, predicted, strict_similarity)
    content_exact = source_exact = 0
    for gi, pi in pairs.items():
        g_source, _, g_content = attribution_spans(gold[gi])
        p_source, _, p_content = attribution_spans(predicted[pi])
        content_exact += exact(g_content, p_content)
        source_exact += exact(g_source, p_source)

    parent_ok = refers_ok = chain_ok = 0
    for gi, pi in sorted(pairs.items()):
        g, p = gold[gi], predicted[pi]
        gid = g.get("id") or f"#{gi + 1}"
        parent = maps_to(g.get("parent"), p.get("parent"), c.gold_to_predicted_id)
        refers = maps_to(g.get("refers_to"), p.get("refers_to"), c.gold_to_predicted_id)
        parent_ok += parent
        refers_ok += refers
        chain_ok += parent and refers
        if not parent:
            details.append(f"attributions: {gid} parent gold {g.get('parent')} got {p.get('parent')}"
                           f"{predicted_target(c, p.get('parent'))}")
        if not refers:
            details.append(f"attributions: {gid} refers_to gold {g.get('refers_to')} got {p.get('refers_to')}"
                           f"{predicted_target(c, p.get('refers_to'))}")
    for gi, g in enumerate(gold):
        if gi not in pairs:
            details.append(f"attributions: missed {describe_attribution(g, f'#{gi + 1}')}")
    details += spurious("attributions", predicted, pairs, lambda pi, p: describe_attribution(p, f"#{pi + 1}"))

    lenient = prf(len(pairs), len(predicted), len(gold))
    return {
        "gold": len(gold), "predicted": len(predicted), "found": len(pairs), **lenient,
        "content_exact": content_exact, "source_exact": source_exact,
        "strict": {"found": len(strict), **prf(len(strict), len(predicted), len(gold))},
        "chains": {"matched": len(pairs), "parent_correct": parent_ok, "refers_to_correct": refers_ok,
                   "accuracy": percent(ratio(chain_ok, len(pairs)))},
        "found_with_correct_chain": chain_ok,
        "score": lenient["f1"],
    }


def predicted_target(c: Comparison, predicted_ref: Any) -> str:
    """Which gold attribution a predicted reference points at, to make a wrong chain readable."""
    if predicted_ref is None:
        return ""
    for gid, pid in c.gold_to_predicted_id.items():
        if pid == predicted_ref:
            return f" (= gold {gid})"
    return " (unmatched)"


# --- sources --------------------------------------------------------------------------------------------------------

def score_sources(c: Comparison, details: list[str]) -> dict[str, Any]:
    kind_ok = count_ok = counted = 0
    for gi, pi in sorted(c.attribution_pairs.items()):
        g, p = c.gold_attributions[gi], c.predicted_attributions[pi]
        gid = g.get("id") or f"#{gi + 1}"
        if g.get("source_kind") == p.get("source_kind"):
            kind_ok += 1
        else:
            details.append(f"sources: {gid} kind gold {g.get('source_kind')} got {p.get('source_kind')}")
        if "count" in g:
            counted += 1
            if g["count"] == p.get("source_count"):
                count_ok += 1
            else:
                details.append(f"sources: {gid} count gold {g['count']} got {p.get('source_count')}")
    matched = len(c.attribution_pairs)
    kind, count = ratio(kind_ok, matched), ratio(count_ok, counted)
    parts = [x for x in (kind, count) if x is not None]
    return {"matched": matched, "kind_correct": kind_ok, "kind_accuracy": percent(kind),
            "counted": counted, "count_correct": count_ok, "count_accuracy": percent(count),
            "score": percent(sum(parts) / len(parts) if parts else None)}


# --- certainty ------------------------------------------------------------------------------------------------------

def certainty_by_trigger(predicted: dict[str, Any]) -> dict[tuple[int, int], dict[str, Any]]:
    """Trigger offsets -> the certainty the prediction gives there; a claim's word wins over an event's.

    The words folded into a claim (its `parts`: nominal events, modifiers) carry their own certainty and count too.
    """
    out: dict[tuple[int, int], dict[str, Any]] = {}
    claims = records(predicted, "claims")
    parts = [p for c in claims for p in records(c, "parts")]
    for items in (claims, parts, records(predicted, "events")):
        for item in items:
            trigger = as_stretch(item.get("trigger"))
            certainty = item.get("certainty")
            if trigger is not None and isinstance(certainty, dict):
                out.setdefault((trigger.start, trigger.end), certainty)
    return out


def score_certainty(c: Comparison, details: list[str]) -> dict[str, Any]:
    predicted = certainty_by_trigger(c.predicted)
    items = records(c.gold, "certainty")
    correct = found = with_cue = cue_ok = 0
    errors: list[float] = []
    for item in items:
        event = as_stretch(item.get("event"))
        if event is None:
            continue
        where = show(event)
        got = predicted.get((event.start, event.end))
        value = got.get("value") if got else None
        numeric = isinstance(value, (int, float)) and not isinstance(value, bool)
        if got is not None and numeric:
            found += 1
            errors.append(abs(value - item.get("value", 0)))
        if numeric and value == item.get("value"):
            correct += 1
        else:
            details.append(f"certainty: {where} gold {item.get('value')} got {value if got else 'nothing'}")
        gold_cue = as_stretches(item.get("cue"))
        if gold_cue:
            with_cue += 1
            predicted_cue = as_stretches(got.get("cue")) if got else []
            if overlaps(gold_cue, predicted_cue):
                cue_ok += 1
            else:
                details.append(f"certainty: {where} cue gold {show(gold_cue)} got "
                               f"{show(predicted_cue) if predicted_cue else 'none'}")
    value_accuracy = ratio(correct, len(items))
    return {"gold": len(items), "found": found, "correct": correct, "accuracy": percent(value_accuracy),
            "mae": round(sum(errors) / len(errors), 2) if errors else None,
            "with_cue": with_cue, "cue_correct": cue_ok, "cue_accuracy": percent(ratio(cue_ok, with_cue)),
            "score": percent(value_accuracy)}


# --- times ----------------------------------------------------------------------------------------------------------

def time_span(t: dict[str, Any]) -> Stretch | None:
    """Gold times carry a span; the contract's times carry their offsets themselves."""
    return as_stretch(t["span"]) if isinstance(t.get("span"), dict) else as_stretch(t)


def same_offsets(g: Stretch | None, p: Stretch | None) -> float | None:
    return 1.0 if g is not None and p is not None and (g.start, g.end) == (p.start, p.end) else None


def score_times(c: Comparison, details: list[str]) -> dict[str, Any]:
    gold, predicted = records(c.gold, "times"), records(c.predicted, "times")
    pairs = pair_up([time_span(t) for t in gold], [time_span(t) for t in predicted], same_offsets)
    resolved = 0
    for gi, g in enumerate(gold):
        if gi not in pairs:
            details.append(f"times: missed {show(time_span(g))} ({g.get('value')}, {g.get('granularity')})")
            continue
        p = predicted[pairs[gi]]
        if (g.get("value"), g.get("granularity")) == (p.get("value"), p.get("granularity")):
            resolved += 1
        else:
            details.append(f"times: {show(time_span(g))} gold {g.get('value')}/{g.get('granularity')} "
                           f"got {p.get('value')}/{p.get('granularity')}")
    details += spurious("times", predicted, pairs,
                        lambda pi, p: f"{show(time_span(p))} ({p.get('value')}, {p.get('granularity')})")
    spans = prf(len(pairs), len(predicted), len(gold))
    value_accuracy = ratio(resolved, len(pairs))
    return {"gold": len(gold), "predicted": len(predicted), "found": len(pairs), **spans,
            "value_correct": resolved, "value_accuracy": percent(value_accuracy),
            "score": round((spans["f1"] + percent(value_accuracy)) / 2, 1)}


# --- entities -------------------------------------------------------------------------------------------------------

def entity_label(entities: list[dict[str, Any]], k: int) -> str:
    e = entities[k]
    return f"{e.get('id') or f'#{k + 1}'} '{e.get('name')}'"


def b_cubed(found: list[tuple[int, int]]) -> tuple[float, float, float]:
    """B-cubed precision, recall, F1 (0..1) of (gold cluster, predicted cluster) pairs, one per mention."""
    if not found:
        return 0.0, 0.0, 0.0
    precision = recall = 0.0
    for g, p in found:
        same_gold = sum(1 for g2, _ in found if g2 == g)
        same_predicted = sum(1 for _, p2 in found if p2 == p)
        both = sum(1 for g2, p2 in found if g2 == g and p2 == p)
        precision += both / same_predicted
        recall += both / same_gold
    precision, recall = precision / len(found), recall / len(found)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score_entities(c: Comparison, details: list[str]) -> dict[str, Any]:
    gold, predicted = records(c.gold, "entities"), records(c.predicted, "entities")
    owner: dict[tuple[int, int], int] = {}  # predicted mention offsets -> predicted entity
    predicted_mentions = 0
    for k, entity in enumerate(predicted):
        for m in as_stretches(entity.get("mentions")):
            predicted_mentions += 1
            owner.setdefault((m.start, m.end), k)

    found: list[tuple[int, int]] = []
    gold_offsets: set[tuple[int, int]] = set()
    gold_mentions = 0
    for k, entity in enumerate(gold):
        for m in as_stretches(entity.get("mentions")):
            gold_mentions += 1
            gold_offsets.add((m.start, m.end))
            if (m.start, m.end) in owner:
                found.append((k, owner[(m.start, m.end)]))
            else:
                details.append(f"entities: missed mention {show(m)} of {entity.get('name')}")
    for k, entity in enumerate(predicted):
        for m in as_stretches(entity.get("mentions")):
            if (m.start, m.end) not in gold_offsets:
                details.append(f"entities: spurious mention {show(m)} in {entity_label(predicted, k)}")

    report_cluster_errors(gold, predicted, found, details)
    mentions = prf(len(found), predicted_mentions, gold_mentions)
    precision, recall, f1 = b_cubed(found)
    names_ok, types_ok = score_names_and_types(gold, predicted, found, details)
    return {"gold_mentions": gold_mentions, "predicted_mentions": predicted_mentions, "found_mentions": len(found),
            "mentions": mentions,
            "clusters": {"precision": percent(precision), "recall": percent(recall), "f1": percent(f1)},
            "gold_entities": len(gold), "predicted_entities": len(predicted),
            "names": percent(ratio(names_ok, len(gold))), "types": percent(ratio(types_ok, len(gold))),
            "score": round((mentions["f1"] + percent(f1)) / 2, 1)}


def report_cluster_errors(gold: list[dict[str, Any]], predicted: list[dict[str, Any]],
                          found: list[tuple[int, int]], details: list[str]) -> None:
    for g in sorted({g for g, _ in found}):
        clusters = sorted({p for g2, p in found if g2 == g})
        if len(clusters) > 1:
            details.append(f"entities: {gold[g].get('name')} split across "
                           + ", ".join(entity_label(predicted, p) for p in clusters))
    for p in sorted({p for _, p in found}):
        entities = sorted({g for g, p2 in found if p2 == p})
        if len(entities) > 1:
            details.append(f"entities: {entity_label(predicted, p)} merges "
                           + ", ".join(str(gold[g].get("name")) for g in entities))


def score_names_and_types(gold: list[dict[str, Any]], predicted: list[dict[str, Any]],
                          found: list[tuple[int, int]], details: list[str]) -> tuple[int, int]:
    """How many gold entities the predicted cluster holding most of their mentions names and types right."""
    names_ok = types_ok = 0
    for g, entity in enumerate(gold):
        clusters = [p for g2, p in found if g2 == g]
        if not clusters:
            details.append(f"entities: {entity.get('name')} not found")
            continue
        p = max(sorted(set(clusters)), key=clusters.count)
        gold_names = {normalise_name(n) for n in [entity.get("name"), *(entity.get("aliases") or [])] if n}
        predicted_names = {normalise_name(n) for n in [predicted[p].get("name"), *(predicted[p].get("aliases") or [])]
                           if n}
        if gold_names & predicted_names:
            names_ok += 1
        else:
            details.append(f"entities: name gold '{entity.get('name')}' got '{predicted[p].get('name')}'")
        if str(entity.get("type", "")).upper() == str(predicted[p].get("type", "")).upper():
            types_ok += 1
        else:
            details.append(f"entities: {entity.get('name')} type gold {entity.get('type')} "
                           f"got {predicted[p].get('type')}")
    return names_ok, types_ok


# --- events ---------------------------------------------------------------------------------------------------------

def gold_events(gold: dict[str, Any]) -> list[dict[str, Any]]:
    """Top-level gold events and, after each, the events it is about ("agreed" -> "provide")."""
    out: list[dict[str, Any]] = []

    def walk(event: Any) -> None:
        if isinstance(event, dict):
            out.append(event)
            walk(event.get("about"))

    for event in records(gold, "events"):
        walk(event)
    return out


def role_value_matches(c: Comparison, role: str, gold_value: Any, predicted_value: Any,
                       time_values: dict[str, Any]) -> bool:
    if role == "time":
        resolved = time_values.get(predicted_value, predicted_value) if isinstance(predicted_value, str) else None
        return gold_value == resolved
    return c.names.same(gold_value, predicted_value)


def score_events(c: Comparison, details: list[str]) -> dict[str, Any]:
    gold, predicted = gold_events(c.gold), records(c.predicted, "events")
    pairs = pair_up([as_stretch(e.get("trigger")) for e in gold], [as_stretch(e.get("trigger")) for e in predicted],
                    same_offsets)
    time_values = {t.get("id"): t.get("value") for t in records(c.predicted, "times") if t.get("id") is not None}
    typed = with_mode = mode_ok = 0
    roles: dict[str, list[int]] = {}  # role -> [correct, total]
    attributed = attribution_ok = certain = certainty_ok = 0
    for gi, g in enumerate(gold):
        where = f"{g.get('type')} {show(as_stretch(g.get('trigger')))}"
        if gi not in pairs:
            details.append(f"events: missed {where}")
            continue
        p = predicted[pairs[gi]]
        if str(g.get("type", "")).upper() == str(p.get("type", "")).upper():
            typed += 1
        else:
            details.append(f"events: {where} type got {p.get('type')}")
        if "mode" in g:
            with_mode += 1
            if normalise_name(g["mode"]) == normalise_name(p.get("mode")):
                mode_ok += 1
            else:
                details.append(f"events: {where} mode gold {g['mode']} got {p.get('mode')}")
        predicted_roles = p.get("roles") if isinstance(p.get("roles"), dict) else {}
        for role in EVENT_ROLES:
            if role not in g:
                continue
            tally = roles.setdefault(role, [0, 0])
            tally[1] += 1
            if role_value_matches(c, role, g[role], predicted_roles.get(role), time_values):
                tally[0] += 1
            else:
                details.append(f"events: {where} {role} gold {g[role]!r} got {predicted_roles.get(role)!r}")
        if "attribution" in g:
            attributed += 1
            if maps_to(g["attribution"], p.get("attribution"), c.gold_to_predicted_id):
                attribution_ok += 1
            else:
                details.append(f"events: {where} attribution gold {g['attribution']} got {p.get('attribution')}"
                               f"{predicted_target(c, p.get('attribution'))}")
        if "certainty" in g:
            certain += 1
            value = p.get("certainty", {}).get("value") if isinstance(p.get("certainty"), dict) else None
            if value == g["certainty"]:
                certainty_ok += 1
            else:
                details.append(f"events: {where} certainty gold {g['certainty']} got {value}")
    details += spurious("events", predicted, pairs,
                        lambda pi, p: f"{p.get('type')} {show(as_stretch(p.get('trigger')))}")

    role_checks = sum(total for _, total in roles.values())
    role_accuracy = ratio(sum(ok for ok, _ in roles.values()), role_checks)
    attribution_accuracy = ratio(attribution_ok, attributed)
    triggers = prf(len(pairs), len(predicted), len(gold))
    trigger_type = prf(typed, len(predicted), len(gold))
    # a component that finds no trigger still owes the roles and attributions gold asks for: those count as 0
    gold_roles = any(role in g for g in gold for role in EVENT_ROLES)
    gold_attributions = any("attribution" in g for g in gold)
    components = [trigger_type["f1"]]
    if gold_roles:
        components.append(percent(role_accuracy))
    if gold_attributions:
        components.append(percent(attribution_accuracy))
    return {"gold": len(gold), "predicted": len(predicted), "found": len(pairs),
            "triggers": triggers, "trigger_type": trigger_type,
            "type_accuracy": percent(ratio(typed, len(pairs))), "mode_accuracy": percent(ratio(mode_ok, with_mode)),
            "roles": {role: {"correct": ok, "total": total, "accuracy": percent(ratio(ok, total))}
                      for role, (ok, total) in roles.items()},
            "role_accuracy": percent(role_accuracy),
            "attribution_accuracy": percent(attribution_accuracy),
            "certainty_accuracy": percent(ratio(certainty_ok, certain)),
            "score": round(sum(components) / len(components), 1)}


# --- relations ------------------------------------------------------------------------------------------------------

def relation_similarity(c: Comparison) -> Callable[[dict[str, Any], dict[str, Any]], float | None]:
    def similarity(g: dict[str, Any], p: dict[str, Any]) -> float | None:
        kind = normalise_name(g.get("type"))
        if kind != normalise_name(p.get("type")):
            return None
        if kind == "alias":  # two names of one thing, in either order; plain names, not entities
            same = ({normalise_name(g.get("subject")), normalise_name(g.get("object"))}
                    == {normalise_name(p.get("subject")), normalise_name(p.get("object"))})
        else:
            same = c.names.same(g.get("subject"), p.get("subject")) and c.names.same(g.get("object"), p.get("object"))
        return 1.0 if same else None
    return similarity


def spurious(part: str, predicted: list[dict], pairs: dict[int, int], describe) -> list[str]:
    """A detail line for every predicted item that no gold item was paired with."""
    matched = set(pairs.values())
    return [f"{part}: spurious {describe(pi, p)}" for pi, p in enumerate(predicted) if pi not in matched]


def score_relations(c: Comparison, details: list[str]) -> dict[str, Any]:
    gold, predicted = records(c.gold, "relations"), records(c.predicted, "relations")
    pairs = pair_up(gold, predicted, relation_similarity(c))
    for gi, g in enumerate(gold):
        if gi not in pairs:
            details.append(f"relations: missed {g.get('type')}({g.get('subject')}, {g.get('object')})")
    details += spurious("relations", predicted, pairs,
                        lambda pi, p: f"{p.get('type')}({p.get('subject')}, {p.get('object')})")
    figures = prf(len(pairs), len(predicted), len(gold))
    return {"gold": len(gold), "predicted": len(predicted), "found": len(pairs), **figures, "score": figures["f1"]}


# --- markers --------------------------------------------------------------------------------------------------------

def marker_similarity(g: dict[str, Any], p: dict[str, Any]) -> float | None:
    g_span, p_span = as_stretches(g.get("span")), as_stretches(p.get("span"))
    if normalise_name(g.get("kind")) != normalise_name(p.get("kind")) or not overlaps(g_span, p_span):
        return None
    return token_f1(g_span, p_span)


def score_markers(c: Comparison, details: list[str]) -> dict[str, Any]:
    gold, predicted = records(c.gold, "markers"), records(c.predicted, "markers")
    pairs = pair_up(gold, predicted, marker_similarity)
    attribution_ids = {a.get("id") for a in c.gold_attributions}
    with_about = about_ok = 0
    for gi, g in enumerate(gold):
        where = f"{g.get('kind')} {show(as_stretches(g.get('span')))}"
        if gi not in pairs:
            details.append(f"markers: missed {where}")
            continue
        if "about" not in g:
            continue
        with_about += 1
        got = predicted[pairs[gi]].get("about")
        if g["about"] in attribution_ids:
            right = maps_to(g["about"], got, c.gold_to_predicted_id)
        else:
            right = c.names.same(g["about"], got)
        if right:
            about_ok += 1
        else:
            details.append(f"markers: {where} about gold {g['about']} got {got}")
    details += spurious("markers", predicted, pairs,
                        lambda pi, p: f"{p.get('kind')} {show(as_stretches(p.get('span')))}")
    figures = prf(len(pairs), len(predicted), len(gold))
    return {"gold": len(gold), "predicted": len(predicted), "found": len(pairs), **figures,
            "about_accuracy": percent(ratio(about_ok, with_about)), "score": figures["f1"]}


SCORERS: dict[str, Callable[[Comparison, list[str]], dict[str, Any]]] = {
    "attributions": score_attributions,
    "sources": score_sources,
    "certainty": score_certainty,
    "times": score_times,
    "entities": score_entities,
    "events": score_events,
    "relations": score_relations,
    "markers": score_markers,
}
