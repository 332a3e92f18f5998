"""WARC archives (plain or gzipped): each HTML response record is one article, read with its target URI and date."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..document import Document
from ..errors import DocumentError, document_error
from .html import declared_charset, from_html
from .text import decode

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read(path: Path) -> Iterator[Document | DocumentError]:
    from warcio.archiveiterator import ArchiveIterator

    name = str(path)
    if path.suffix.lower() == ".gz" and not name.lower().endswith(".warc.gz"):
        yield document_error("E006", "a .gz file that is not .warc.gz", document=name)
        return
    count = 0
    with path.open("rb") as stream:
        records = ArchiveIterator(stream)
        try:
            for record in records:
                count += 1
                # named by position: the offset is known only once the record has been read
                item = from_record(record, f"{name}#{count}")
                if item is not None:
                    yield item
            if name.lower().endswith(".gz") and not gzip_complete(path):
                # warcio takes a cut-off gzip member for the end of the archive and stops without a word
                raise EOFError("the archive is cut off inside a compressed record")
        except Exception as exc:  # a truncated or corrupt archive: keep what came before, report the rest
            yield document_error("E011", f"after {count} record(s): {type(exc).__name__}: {exc}",
                                 document=f"{name}#rest")
    if count == 0:
        yield document_error("E011", "no WARC records", document=name)


def gzip_complete(path: Path) -> bool:
    """Whether every gzip member of the file runs to its end-of-stream marker."""
    import zlib

    decompressor = zlib.decompressobj(wbits=31)
    inside = False  # some bytes of a member read, its end not yet
    with path.open("rb") as stream:
        while chunk := stream.read(1 << 20):
            while chunk:
                decompressor.decompress(chunk)
                inside = True
                if not decompressor.eof:
                    break
                # the next member starts in what this one left over
                chunk = decompressor.unused_data
                decompressor = zlib.decompressobj(wbits=31)
                inside = False
    return not inside


def from_record(record, name: str) -> Document | DocumentError | None:
    """A Document for an HTML response, None for every other record (requests, metadata, images)."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    if not content_type.startswith(HTML_TYPES) or not record.http_headers.get_statuscode().startswith("2"):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    try:
        data = record.content_stream().read()
        declared = content_type.partition("charset=")[2].strip(" ;\"'") or declared_charset(data)
        document = from_html(decode(data, name, declared=declared), name=name, path=name, url=url)
    except DocumentError as error:
        return error
    except Exception as exc:  # a record cut off mid-body fails to decompress
        return document_error("E011", f"{type(exc).__name__}: {exc}", document=name)
    if not document.published:
        # the crawl date: the page existed then, so it was published no later
        document.published = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
    return document
