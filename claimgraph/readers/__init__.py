"""Readers turn files into Documents, one module a format; a file that cannot be read becomes a DocumentError."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator

from ..document import Document
from ..errors import DocumentError, document_error
from . import html, jsonl, text

READERS = {".txt": text.read, ".text": text.read, ".html": html.read, ".htm": html.read, ".jsonl": jsonl.read}


def expand(paths: Iterable[str | os.PathLike]) -> Iterator[Path]:
    """Files named, and for a folder every readable file below it, in a stable order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in READERS)
        else:
            yield path


def read_paths(paths: Iterable[str | os.PathLike], published: str | None = None,
               outlet: str | None = None) -> Iterator[Document | DocumentError]:
    """Every document in the paths, in order; defaults for publication date and outlet fill what a file lacks."""
    for path in expand(paths):
        reader = READERS.get(path.suffix.lower())
        if reader is None:
            yield document_error("E006", f"'{path.suffix or 'no extension'}'; claimgraph reads "
                                          + ", ".join(sorted(READERS)), document=str(path))
            continue
        try:
            items = list(reader(path))
        except DocumentError as error:
            yield error
            continue
        except OSError as exc:
            yield document_error("E008", exc.strerror or str(exc), document=str(path))
            continue
        for item in items:
            if isinstance(item, Document):
                item.published = item.published or published
                item.outlet = item.outlet or outlet
            yield item
