"""Hand-built analyses in the contract's shape, so linking is tested apart from the language analysis."""
from __future__ import annotations

from typing import Any

import pytest

from claimgraph.analysis import analyze_document
from claimgraph.document import Document
from claimgraph.link import link_pending
from claimgraph.link.corroboration import linked_claims
from claimgraph.store import Store


def span_of(text: str, phrase: str) -> dict[str, Any]:
    start = text.index(phrase)
    return {"start": start, "end": start + len(phrase), "text": phrase}


def build(text: str, *, outlet: str | None = None, published: str | None = None, url: str | None = None,
          entities: list[tuple[str, str]] = (), claim: str | None = None, event: dict[str, Any] | None = None,
          source: tuple[str, str] | None = None, certainty: int = 3, denied: bool = False,
          extra_entities: list[tuple[str, str]] = ()) -> tuple[Document, dict]:
    """A document with one claim (`claim`, a phrase of the text), optionally an event and a source.

    entities: (name, type) pairs, each mentioned where its name first occurs in the text.
    event: {"type", "roles": {role: entity name}}; source: (words naming the source, source_kind)."""
    document = Document(text=text, outlet=outlet, published=published, url=url)
    result: dict[str, Any] = {"document": document.header(), "attributions": [], "claims": [], "entities": [],
                              "times": [], "events": [], "relations": [], "markers": []}
    ids = {}
    for k, (name, type_) in enumerate([*entities, *extra_entities], start=1):
        ids[name] = f"e{k}"
        result["entities"].append({"id": f"e{k}", "name": name, "type": type_, "aliases": [],
                                   "mentions": [span_of(text, name)] if name in text else []})
    attribution = None
    if source is not None:
        words, kind = source
        attribution = "a1"
        result["attributions"].append({
            "id": "a1", "source": [span_of(text, words)] if words else [], "source_kind": kind,
            "source_count": None, "source_entity": ids.get(words), "cue": [span_of(text, "said")] if "said" in text
            else [], "content": [span_of(text, claim)] if claim else [], "parent": None, "refers_to": None,
            "time": None})
        if denied:
            result["markers"].append({"kind": "denial", "span": span_of(text, words), "about": "a1"})
    if claim is not None:
        labels = {3: "certain", 2: "probable", 1: "possible", 0: "unknown", -1: "possible-negative",
                  -2: "probable-negative", -3: "certain-negative"}
        result["claims"].append({"id": "c1", "span": span_of(text, claim), "attribution": attribution,
                                 "certainty": {"value": certainty, "label": labels[certainty], "cue": []},
                                 "event": "v1" if event else None})
    if event is not None:
        result["events"].append({"id": "v1", "type": event["type"], **({"act": event["act"]} if "act" in event else {}),
                                 "trigger": span_of(text, claim),
                                 "roles": dict(event.get("roles", {})), "attribution": attribution,
                                 "certainty": {"value": certainty, "label": "certain", "cue": []}})
    return document, result


@pytest.fixture
def built():
    return build


def the_linked_claim(path, articles, event_type: str) -> dict[str, Any]:
    """The one linked claim of `event_type` once the hand-built `articles` are stored in a new store at `path` and
    linked."""
    with Store.open(path) as store:
        for document, result in articles:
            store.write(document, result)
        link_pending(store)
        (claim,) = [c for c in linked_claims(store) if c["event"] and c["event"]["type"] == event_type]
    return claim


def linked_analyses(path, nlp, articles) -> list[dict[str, Any]]:
    """The linked claims once each (text, outlet, published) of `articles` is analysed by `nlp`, stored in a new
    store at `path` and linked."""
    with Store.open(path) as store:
        for text, outlet, published in articles:
            document = Document(text=text, outlet=outlet, published=published)
            store.write(document, analyze_document(document, nlp=nlp))
        link_pending(store)
        return list(linked_claims(store))
