"""JSON Lines: one article an object with at least `text`; a bad line is an error for that line alone."""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from ..settings import Limits
from ..document import Document
from ..errors import DocumentError, document_error
from . import syndication
from .boilerplate import blank_plain_lines
from .text import decode_utf8, refuse_binary

FIELDS = ("id", "url", "outlet", "published", "title")

# a date, optionally with a time: 2024-05-07, 2024-05-07T09:30:00Z
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$")


def read(path: Path, bounds: Limits | None = None):
    limit = (bounds or Limits.from_environment()).max_record_bytes
    with path.open("rb") as stream:
        # binary files show themselves in their first bytes; a NUL further on costs its line alone
        refuse_binary(stream.read(65536), str(path))
        stream.seek(0)
        number = 0
        found = False
        while True:
            raw = stream.readline(limit + 1)
            if not raw:
                break
            number += 1
            name = f"{path}:{number}"
            if len(raw) > limit and not raw.endswith(b"\n"):
                while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                    pass  # the rest of the over-long line, read and dropped a megabyte at a time
                yield document_error("E004", f"the line is over {limit:,} bytes; set "
                                             f"{Limits.variable('max_record_bytes')} to raise the limit", document=name)
                continue
            if not raw.strip():
                continue
            found = True
            cut_off = not raw.endswith(b"\n")
            try:
                refuse_binary(raw, name)
                # line by line, so one line of bad bytes costs that line alone
                yield from_line(decode_utf8(raw.rstrip(b"\r\n"), name), name, cut_off)
            except DocumentError as error:
                yield error
    if not found:
        yield document_error("E001", "the file holds no JSON lines", document=str(path))


def from_line(line: str, name: str, cut_off: bool = False) -> Document:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        hint = "; the file ends inside this line, so it may be cut off" if cut_off else ""
        raise document_error("E007", f"{exc.msg}: column {exc.colno}{hint}", document=name) from exc
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        raise document_error("E007", "each line must be an object with a string 'text'", document=name)
    fields = {k: (str(item[k]) if item.get(k) is not None else None) for k in FIELDS}
    for key, value in [("text", item["text"]), *fields.items()]:
        if value is not None and not encodable(value):
            # JSON can escape half of a UTF-16 pair ("\ud800"), which is no character and cannot be written out
            raise document_error("E003", f"'{key}' holds an unpaired surrogate escape", document=name)
    if fields["published"] is not None and not is_date(fields["published"]):
        shown = fields["published"][:40]
        raise document_error("E007", f"'published' is not a date: {shown!r}; give YYYY-MM-DD", document=name)
    # a scraper's text field is a page copied as text, teasers and sign-up prompts included: blanked in place
    text = blank_plain_lines(item["text"])
    # a paper's line whose dateline names another outlet ("HALDEN (Tamber Wire) -") reposts that outlet's story
    return Document(text=text, path=name, wire=syndication.reposted(fields["outlet"], text), **fields)


def is_date(value: str) -> bool:
    if not _ISO_DATE.match(value.strip()):
        return False
    try:
        dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return False
    return True


def encodable(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
