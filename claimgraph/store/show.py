"""Show what a store holds: every stored claim with its chain of sources, and the documents that failed."""
from __future__ import annotations

import json
import os
from typing import Any, Iterator

from ..render.text import render_document
from .store import Store

UNNAMED = "(unnamed source)"


def show(db: str | os.PathLike, fmt: str = "text") -> Iterator[str]:
    """Lines to print: the text view of each stored document, or one JSON object a claim (`fmt="jsonl"`)."""
    if fmt not in ("text", "jsonl"):
        raise ValueError(f"unknown format {fmt!r}: use 'text' or 'jsonl'")
    with Store.open(db, create=False) as store:
        for document in store.documents():
            if fmt == "text":
                yield from render_document(document["result"]).rstrip("\n").split("\n")
                continue
            attributions = store.attributions(document["id"])
            for claim in store.claims(document["id"]):
                yield json.dumps({
                    "document": document["document_id"],
                    **{k: document[k] for k in ("path", "outlet", "published") if document[k] is not None},
                    "claim": claim["id"],
                    "text": claim["text"],
                    "span": {"start": claim["start_char"], "end": claim["end_char"], "text": claim["text"]},
                    "certainty": {"value": claim["certainty_value"], "label": claim["certainty_label"]},
                    "attribution_chain": attribution_chain(attributions, claim["attribution"]),
                }, ensure_ascii=False)


def attribution_chain(attributions: dict[str, dict[str, Any]], innermost: str | None) -> list[str]:
    """The sources a claim reaches the reader through, outermost first; [] for the article's own voice."""
    chain: list[str] = []
    seen: set[str] = set()
    current = innermost
    while current is not None and current in attributions and current not in seen:
        seen.add(current)
        chain.append(source_name(attributions, attributions[current]))
        current = attributions[current]["parent"]
    return chain[::-1]


def source_name(attributions: dict[str, dict[str, Any]], attribution: dict[str, Any]) -> str:
    """The words naming a source; "the sources" is named by the attribution it refers back to, when there is one."""
    referred = attributions.get(attribution["refers_to"] or "")
    if referred is not None and referred["source_text"]:
        return referred["source_text"]
    return attribution["source_text"] or UNNAMED


def errors(db: str | os.PathLike, fmt: str = "text") -> list[str]:
    """The failures ingest recorded, a line each: the document, the code and reason, the attempts when retried."""
    with Store.open(db, create=False) as store:
        # a damaged page may hold rows this query never touches: a clean empty answer must mean no failures
        store.check()
        failures = store.failures()
    if fmt == "jsonl":
        return [json.dumps(f, ensure_ascii=False) for f in failures]
    # a reason usually names its document already ("path: E001 ..."); say it once
    return [(f["reason"] if f["reason"].startswith(f"{f['document']}: ") else f"{f['document']}: {f['reason']}")
            + (f" (attempts: {f['attempts']})" if f["attempts"] > 1 else "") for f in failures]
