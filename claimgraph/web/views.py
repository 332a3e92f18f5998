"""What the pages draw, as plain data: an article cut into highlighted stretches, each claim's chain of sources, and
the geometry of the chain and timeline pictures. The templates only lay it out (and escape every string)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from .. import chains

# the layers of an article's highlights, each with its own colour in workbench.css
LAYERS = ("source", "cue", "content", "claim", "hedge", "entity")

# the chain picture: boxes left to right, outermost first
NODE_WIDTH, NODE_HEIGHT, NODE_GAP, NODE_LABEL = 196, 52, 36, 26
# the timeline picture
TIMELINE_WIDTH, TIMELINE_PAD, TIMELINE_ROW = 720, 48, 14


def words(spans: list[dict[str, Any]] | None) -> str:
    return " ".join(s.get("text", "") for s in spans or [])


def source_records(analysis: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The analysis's attributions in the shape the chain walk reads (the store's)."""
    return {a["id"]: {"id": a["id"], "source_text": words(a.get("source")), "source_kind": a.get("source_kind"),
                      "source_count": a.get("source_count"), "cue_text": words(a.get("cue")),
                      "parent": a.get("parent"), "refers_to": a.get("refers_to")}
            for a in analysis.get("attributions", [])}


def claim_chain(analysis: dict[str, Any], claim: dict[str, Any], outlet: str | None) -> list[dict[str, Any]]:
    """One claim's chain in an article: the outlet, then each source, outermost first."""
    attributions = source_records(analysis)
    nodes = [{"kind": "outlet", "name": outlet or "this article", "attribution": None, "cue": None, "count": None}]
    for attribution in chains.outermost_first(attributions, claim.get("attribution")):
        nodes.append({"kind": attribution["source_kind"] or "unknown",
                      "name": chains.source_name(attributions, attribution), "attribution": attribution["id"],
                      "cue": attribution["cue_text"] or None, "count": attribution["source_count"]})
    return nodes


def chain_picture(nodes: list[dict[str, Any]]) -> dict[str, Any]:
    """Where each node's box and each arrow of a chain stand."""
    boxes = []
    for n, node in enumerate(nodes):
        x = 4 + n * (NODE_WIDTH + NODE_GAP)
        name = node["name"] or ""
        label = name if len(name) <= NODE_LABEL else name[:NODE_LABEL - 1] + "…"
        boxes.append({**node, "x": x, "y": 4, "label": label, "position": n + 1})
    arrows = [{"x1": b["x"] + NODE_WIDTH, "x2": b["x"] + NODE_WIDTH + NODE_GAP - 4, "y": 4 + NODE_HEIGHT // 2}
              for b in boxes[:-1]]
    width = 8 + len(nodes) * NODE_WIDTH + max(0, len(nodes) - 1) * NODE_GAP
    return {"boxes": boxes, "arrows": arrows, "width": width, "height": NODE_HEIGHT + 8,
            "node_width": NODE_WIDTH, "node_height": NODE_HEIGHT}


def day(value: str | None) -> dt.date | None:
    """A date of the timeline: a full day, or the first day of a month or year."""
    if not value:
        return None
    text = value[:10]
    for form, size in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
        try:
            return dt.datetime.strptime(text[:size], form).date()
        except ValueError:
            continue
    return None


def timeline_picture(marks: list[dict[str, Any]]) -> dict[str, Any]:
    """Where each dated mark stands on a time axis; marks of one day stack upwards."""
    dated = [(day(m["date"]), m) for m in marks]
    dated = [(d, m) for d, m in dated if d is not None]
    if not dated:
        return {"marks": [], "width": TIMELINE_WIDTH, "height": 0, "ticks": []}
    first, last = min(d for d, _ in dated), max(d for d, _ in dated)
    span = max(1, (last - first).days)
    usable = TIMELINE_WIDTH - 2 * TIMELINE_PAD
    stacked: dict[dt.date, int] = {}
    placed = []
    for d, mark in sorted(dated, key=lambda p: p[0]):
        row = stacked.get(d, 0)
        stacked[d] = row + 1
        x = TIMELINE_PAD + (usable / 2 if first == last else usable * (d - first).days / span)
        placed.append({**mark, "x": round(x, 1), "row": row})
    rows = max(stacked.values())
    base = 20 + rows * TIMELINE_ROW
    for mark in placed:
        mark["y"] = base - mark["row"] * TIMELINE_ROW
    # the first and last days, and up to four between them
    days = [first] if first == last else [first + dt.timedelta(days=round(k * span / 5)) for k in range(6)]
    ticks = [{"x": round(TIMELINE_PAD + (usable / 2 if first == last else usable * (d - first).days / span), 1),
              "label": d.isoformat()} for d in dict.fromkeys(days)]
    return {"marks": placed, "width": TIMELINE_WIDTH, "height": base + 30, "axis": base + 10, "ticks": ticks}


def typing_summary(evidence: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The words that typed an entity, each (type, rule, words) once with the articles that gave it."""
    found: dict[tuple[str, str, str], list[str]] = {}
    for item in evidence:
        for words in item.get("evidence") or [{"text": "", "rule": None, "type": item.get("type")}]:
            key = (words.get("type") or item.get("type") or "", words.get("rule") or "", words.get("text") or "")
            documents = found.setdefault(key, [])
            if item["document"] not in documents:
                documents.append(item["document"])
    return [{"type": t, "rule": r, "text": w, "documents": d} for (t, r, w), d in found.items()]


def highlight(text: str, analysis: dict[str, Any]) -> list[dict[str, Any]]:
    """The article cut where any highlight starts or ends: each stretch with the layers over it, the claim it is
    part of (the narrowest), the entity it names, and the attribution whose source it is."""
    events: dict[int, list[tuple[str, str, int]]] = {}

    def add(layer: str, key: str, span: dict[str, Any]) -> None:
        start, end = span.get("start"), span.get("end")
        if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(text):
            return
        events.setdefault(start, []).append((layer, key, +1))
        events.setdefault(end, []).append((layer, key, -1))

    for attribution in analysis.get("attributions", []):
        for layer, field in (("source", "source"), ("cue", "cue"), ("content", "content")):
            for span in attribution.get(field) or []:
                add(layer, attribution["id"], span)
    lengths = {}
    for claim in analysis.get("claims", []):
        add("claim", claim["id"], claim["span"])
        lengths[claim["id"]] = claim["span"]["end"] - claim["span"]["start"]
        for cue in (claim.get("certainty") or {}).get("cue") or []:
            add("hedge", claim["id"], cue)
    for entity in analysis.get("entities", []):
        for mention in entity.get("mentions") or []:
            add("entity", entity["id"], mention)
    active: dict[str, dict[str, int]] = {layer: {} for layer in LAYERS}
    segments = []
    cuts = sorted(set(events) | {0, len(text)})
    anchored: set[tuple[str, str]] = set()
    for here, there in zip(cuts, cuts[1:]):
        for layer, key, step in events.get(here, []):
            count = active[layer].get(key, 0) + step
            if count > 0:
                active[layer][key] = count
            else:
                active[layer].pop(key, None)
        piece = {"text": text[here:there], "layers": [layer for layer in LAYERS if active[layer]],
                 "claim": min(active["claim"], key=lambda k: (lengths.get(k, 0), k)) if active["claim"] else None,
                 "entity": min(active["entity"]) if active["entity"] else None, "anchor": None}
        # the first stretch of a source or claim carries its anchor, where a chain's evidence link lands
        for layer, prefix in (("source", "a"), ("claim", "c")):
            for key in sorted(active[layer]):
                if (layer, key) not in anchored and piece["anchor"] is None:
                    anchored.add((layer, key))
                    piece["anchor"] = f"{prefix}-{key}"
        segments.append(piece)
    return segments


def article_claims(analysis: dict[str, Any], outlet: str | None,
                   linked: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Each claim of an article as its panel shows it: wording, chain, certainty and the words that set it, and the
    linked claim it is a mention of."""
    found = []
    for claim in analysis.get("claims", []):
        certainty = claim.get("certainty") or {}
        nodes = claim_chain(analysis, claim, outlet)
        found.append({"id": claim["id"], "text": claim["span"]["text"], "certainty": certainty,
                      "cue": [c.get("text", "") for c in certainty.get("cue") or []],
                      "chain": chain_picture(nodes), "linked": (linked or {}).get(claim["id"])})
    return found
