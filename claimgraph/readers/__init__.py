"""Readers turn files into Documents, one module a format; a file that cannot be read becomes a DocumentError."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator

from ..document import Document
from ..errors import DocumentError, document_error
from . import feed, html, jsonl, text, warc

READERS = {".txt": text.read, ".text": text.read, ".html": html.read, ".htm": html.read, ".jsonl": jsonl.read,
           ".rss": feed.read, ".atom": feed.read, ".xml": feed.read, ".warc": warc.read, ".gz": warc.read}

# formats that hold one article a file; a JSON Lines file holds many, and each is measured on its own
SINGLE_ARTICLE = {".txt", ".text", ".html", ".htm"}

# UTF-8 takes at most 4 bytes a character: a file larger than this is over the analysis's limit whatever it holds,
# and an HTML page that large is no news article (parsing it would take minutes)
BYTES_PER_CHAR = 4


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
    for raw in paths:
        path = Path(raw)
        if path.is_dir() and not any(True for _ in expand([path])):
            yield document_error("E008", "a folder with no " + ", ".join(sorted(READERS)) + " files",
                                 document=str(path))
            continue
        for file in expand([path]):
            yield from read_file(file, published, outlet)


def read_file(path: Path, published: str | None = None,
              outlet: str | None = None) -> Iterator[Document | DocumentError]:
    """The documents of one file, or the one error that keeps it from being read."""
    if not path.exists():
        yield document_error("E008", "no such file or folder", document=str(path))
        return
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        yield document_error("E006", f"'{path.suffix or 'no extension'}'; claimgraph reads "
                                      + ", ".join(sorted(READERS)), document=str(path))
        return
    try:
        too_long(path)
        items = list(reader(path))
    except DocumentError as error:
        yield error
        return
    except OSError as exc:
        yield document_error("E008", exc.strerror or str(exc), document=str(path))
        return
    for item in items:
        if isinstance(item, Document):
            item.published = item.published or published
            item.outlet = item.outlet or outlet
        yield item


def too_long(path: Path) -> None:
    """Refuse an article file too large to analyse before reading it, so a huge file fails at once."""
    if path.suffix.lower() not in SINGLE_ARTICLE:
        return
    from .. import analysis  # the limit is the analysis's; imported late so reading stays light

    size = path.stat().st_size
    limit = analysis.MAX_CHARS * BYTES_PER_CHAR
    if size > limit:
        raise document_error("E004", f"{size:,} bytes; the limit for one article file is {limit:,} bytes "
                                     f"({analysis.MAX_CHARS:,} characters), set CLAIMGRAPH_MAX_CHARS to raise it",
                             document=str(path))
