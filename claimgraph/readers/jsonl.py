"""JSON Lines: one article an object with at least `text`; a bad line is an error for that line alone."""
from __future__ import annotations

import json
from pathlib import Path

from ..document import Document
from ..errors import document_error
from .text import decode

FIELDS = ("id", "url", "outlet", "published", "title")


def read(path: Path):
    text = decode(path.read_bytes(), str(path))
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        name = f"{path}:{number}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            yield document_error("E007", exc.msg, document=name)
            continue
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            yield document_error("E007", "each line must be an object with a string 'text'", document=name)
            continue
        fields = {k: (str(item[k]) if item.get(k) is not None else None) for k in FIELDS}
        yield Document(text=item["text"], path=name, **fields)
