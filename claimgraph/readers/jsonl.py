"""JSON Lines: one article an object with at least `text`; a bad line is an error for that line alone."""
from __future__ import annotations

import json
from pathlib import Path

from ..document import Document
from ..errors import DocumentError, document_error
from .text import decode_utf8, refuse_binary

FIELDS = ("id", "url", "outlet", "published", "title")


def read(path: Path):
    data = path.read_bytes()
    refuse_binary(data, str(path))
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if not raw.strip():
            continue
        name = f"{path}:{number}"
        try:
            # line by line, so one line of bad bytes costs that line alone
            yield from_line(decode_utf8(raw.removesuffix(b"\r"), name), name)
        except DocumentError as error:
            yield error


def from_line(line: str, name: str) -> Document:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        raise document_error("E007", f"{exc.msg} at column {exc.colno}", document=name) from exc
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        raise document_error("E007", "each line must be an object with a string 'text'", document=name)
    fields = {k: (str(item[k]) if item.get(k) is not None else None) for k in FIELDS}
    for key, value in [("text", item["text"]), *fields.items()]:
        if value is not None and not encodable(value):
            # JSON can escape half of a UTF-16 pair ("\ud800"), which is no character and cannot be written out
            raise document_error("E003", f"'{key}' holds an unpaired surrogate escape", document=name)
    return Document(text=item["text"], path=name, **fields)


def encodable(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
