"""Text views of what a store holds: each stored document with its claims and chains of sources, and the documents
that failed."""
from __future__ import annotations

import json
from typing import Any, Iterable, Iterator

from ..chains import source_names
from .text import render_document


def document_lines(document: dict[str, Any]) -> list[str]:
    """The `show` text view of one stored document."""
    return render_document(document["result"]).rstrip("\n").split("\n")


def claim_lines(document: dict[str, Any], claims: list[dict[str, Any]],
                attributions: dict[str, dict[str, Any]]) -> Iterator[str]:
    """The `show --format jsonl` view of one stored document: a JSON object a claim."""
    for claim in claims:
        yield json.dumps({
            "document": document["document_id"],
            **{k: document[k] for k in ("path", "outlet", "published") if document[k] is not None},
            "claim": claim["id"],
            "text": claim["text"],
            "span": {"start": claim["start_char"], "end": claim["end_char"], "text": claim["text"]},
            "certainty": {"value": claim["certainty_value"], "label": claim["certainty_label"]},
            "attribution_chain": source_names(attributions, claim["attribution"]),
        }, ensure_ascii=False)


def failure_lines(failures: Iterable[dict[str, Any]], fmt: str = "text") -> list[str]:
    """The failures ingest recorded, a line each: the document, the code and reason, the attempts when retried."""
    if fmt == "jsonl":
        return [json.dumps(f, ensure_ascii=False) for f in failures]
    # a reason usually names its document already ("path: E001 ..."); say it once
    return [(f["reason"] if f["reason"].startswith(f"{f['document']}: ") else f"{f['document']}: {f['reason']}")
            + (f" (attempts: {f['attempts']})" if f["attempts"] > 1 else "") for f in failures]
