"""WARC archives (plain or gzipped): each HTML response record is one article, read with its target URI and date.

The file is read as a stream: inflated here, member by member, with the bytes counted against the file's limit, so a
gzip bomb costs seconds and no memory; a record's body is read up to the record limit; and a record the file ends
inside is an error, never an article."""
from __future__ import annotations

import io
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..settings import Limits
from ..document import Document
from ..errors import DocumentError, document_error
from .html import declared_charset, from_html
from .text import decode

HTML_TYPES = ("text/html", "application/xhtml+xml")
GZIP_MAGIC = b"\x1f\x8b"
CHUNK = 1 << 16
BOMB_FLOOR = 16 * 2**20  # a member is judged by its inflation only past this many bytes
DRAIN = 1 << 22  # a record skipped is read in large steps: a bomb of zeros inflates at a gigabyte a second


class Inflated(io.RawIOBase):
    """A file's bytes, inflated when gzipped (any number of members), counted against a limit as they are read."""

    def __init__(self, raw, gzipped: bool, limit: int, inflation: float = float("inf")):
        self.raw = raw
        self.gzipped = gzipped
        self.limit = limit
        self.inflation = inflation
        self.total = 0
        self.member_in = 0  # compressed bytes the current member has taken
        self.member_out = 0  # and what they inflated to
        self.pending = b""  # compressed bytes read but not yet inflated
        self.member = None  # the decompressor of the member being read
        # why the stream ended early, if it did: the reader above reads ahead, so the stream ends quietly and the
        # record it ends inside is found cut off; this says why
        self.stopped: str | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self._read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def _read(self, size: int) -> bytes:
        while self.stopped is None:
            if not self.gzipped:
                out = self.raw.read(size)
            else:
                out = self._inflate(size)
                if out is None:
                    continue
            self.total += len(out)
            if self.total > self.limit:
                self.stopped = "E012"
                return b""
            return out
        return b""

    def _inflate(self, size: int) -> bytes | None:
        """Up to `size` inflated bytes; b"" at the end of the file; None when a step gave nothing yet."""
        if not self.pending:
            self.pending = self.raw.read(CHUNK)
            if not self.pending:
                if self.member is not None:
                    self.stopped = "E011"
                return b""
        if self.member is None:
            if not self.pending.strip(b"\x00"):
                self.pending = b""  # zero padding after the last member
                return None
            self.member = zlib.decompressobj(wbits=31)
            self.member_in = self.member_out = 0
        given = len(self.pending)
        out = self.member.decompress(self.pending, size)
        # at the end of a member, what follows it is in unused_data, and zlib leaves the same bytes in
        # unconsumed_tail as well: taking both would read the next member twice
        self.pending = self.member.unused_data if self.member.eof else self.member.unconsumed_tail
        self.member_in += given - len(self.pending)
        self.member_out += len(out)
        if self.member_out > BOMB_FLOOR and self.member_out > self.inflation * max(self.member_in, 1):
            self.stopped = "bomb"
            return b""
        if self.member.eof:
            self.member = None
        return out if out else None


def read(path: Path, bounds: Limits | None = None) -> Iterator[Document | DocumentError]:
    from warcio.archiveiterator import ArchiveIterator

    bounds = bounds or Limits.from_environment()
    name = str(path)
    refusal = not_an_archive(path)
    if refusal is not None:
        yield refusal
        return
    class Records(ArchiveIterator):
        INC_RECORD = ""  # warcio writes this warning to stderr itself; the error below says it instead

    count = 0
    articles = 0
    with path.open("rb") as raw:
        gzipped, refusal = opened(raw, name)
        if refusal is not None:
            yield refusal
            return
        inflated = Inflated(raw, gzipped, bounds.max_file_bytes, bounds.max_inflation)
        stream = io.BufferedReader(inflated, DRAIN)
        records = Records(stream, block_size=DRAIN)
        try:
            for record in records:
                count += 1
                # named by position: the offset is known only once the record has been read
                item = from_record(record, f"{name}#{count}", bounds)
                if isinstance(item, _Truncated):
                    yield stopped(inflated, f"{name}#{count}", f"record {count} is cut off: the file ends inside it")
                    return
                if item is not None:
                    articles += 1
                    yield item
        except Exception as exc:  # a corrupt archive: keep what came before, report the rest
            yield stopped(inflated, f"{name}#rest", f"after {count} record(s): {type(exc).__name__}: {exc}")
            return
        if inflated.stopped:
            yield stopped(inflated, f"{name}#rest", f"after {count} record(s)")
            return
        if records.err_count:
            yield document_error("E011", f"{records.err_count} record(s) not where the one before said it ends "
                                         "(a wrong Content-Length): what follows may be lost", document=f"{name}#rest")
    empty = nothing_to_analyse(name, count, articles)
    if empty is not None:
        yield empty


def not_an_archive(path: Path) -> DocumentError | None:
    """E006 for a gzipped file that by its name is no WARC archive."""
    if path.suffix.lower() == ".gz" and not str(path).lower().endswith(".warc.gz"):
        return document_error("E006", "a .gz file that is not .warc.gz", document=str(path))
    return None


def opened(raw, name: str) -> tuple[bool, DocumentError | None]:
    """Whether the file is gzipped, and E011 when it does not begin as a WARC archive; the stream stays at its
    start."""
    gzipped = raw.read(2) == GZIP_MAGIC
    raw.seek(0)
    if not looks_like_warc(raw, gzipped):
        return gzipped, document_error("E011", "not a WARC archive: it does not begin with a WARC/1.x header",
                                       document=name)
    return gzipped, None


def nothing_to_analyse(name: str, count: int, articles: int) -> DocumentError | None:
    """The word an archive with no page to analyse ends with, so that no input ends without one."""
    if count == 0:
        return document_error("E011", "no WARC records", document=name)
    if articles == 0:
        return document_error("E011", f"none of its {count} record(s) is an HTML page with a 2xx status",
                              document=name)
    return None


def html_page(record) -> str | None:
    """The Content-Type of an HTML response with a 2xx status, lower-cased; None for every other record
    (requests, metadata, images, errors)."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    if content_type.startswith(HTML_TYPES) and record.http_headers.get_statuscode().startswith("2"):
        return content_type
    return None


def looks_like_warc(raw, gzipped: bool) -> bool:
    """Whether the file (inflated) begins as a WARC or ARC file does; the stream is put back at its start."""
    head = raw.read(4096)
    raw.seek(0)
    if gzipped:
        try:
            head = zlib.decompressobj(wbits=31).decompress(head, 64)
        except zlib.error:
            return False
    head = head.lstrip(b"\r\n")
    return head.startswith((b"WARC/", b"filedesc://"))


def stopped(inflated: Inflated, name: str, detail: str) -> DocumentError:
    if inflated.stopped == "E012":
        return document_error("E012", f"the file inflates past {inflated.limit:,} bytes; set "
                                      f"{Limits.variable('max_file_bytes')} to raise the limit", document=name)
    if inflated.stopped == "bomb":
        return document_error("E012", f"a compressed record inflates more than {inflated.inflation:g} times: a "
                                      f"decompression bomb; set {Limits.variable('max_inflation')} to allow more",
                              document=name)
    if inflated.stopped == "E011":
        detail += "; the file ends inside a compressed record"
    return document_error("E011", detail, document=name)


class _Truncated:
    """A record the file ends inside."""


def from_record(record, name: str, bounds: Limits | None = None) -> Document | DocumentError | _Truncated | None:
    """A Document for an HTML response, None for every other record (requests, metadata, images)."""
    content_type = html_page(record)
    wanted = content_type is not None
    limit = (bounds or Limits.from_environment()).max_record_bytes
    data = b""
    failure: DocumentError | None = None
    if wanted:
        try:
            data = read_up_to(record.content_stream(), limit + 1)
        except Exception as exc:  # a body whose transfer or content encoding is broken
            failure = document_error("E011", f"{type(exc).__name__}: {exc}", document=name)
    # the rest of the record is read here, so that a record cut off by the end of the file is known before its
    # text is analysed: the record's length says how many bytes it should have
    body = record.raw_stream
    while body.read(DRAIN):
        pass
    if getattr(body, "limit", 0) > 0:
        return _Truncated()
    if not wanted:
        return None
    if failure is not None:
        return failure
    if len(data) > limit:
        return document_error("E012", f"the record's page is over {limit:,} bytes; set "
                                      f"{Limits.variable('max_record_bytes')} to raise the limit", document=name)
    url = record.rec_headers.get_header("WARC-Target-URI")
    try:
        declared = content_type.partition("charset=")[2].strip(" ;\"'") or declared_charset(data)
        document = from_html(decode(data, name, declared=declared), name=name, path=name, url=url, bounds=bounds)
    except DocumentError as error:
        return error
    if not document.published:
        # the crawl date: the page existed then, so it was published no later
        document.published = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
    return document


def read_up_to(stream, size: int) -> bytes:
    parts = []
    got = 0
    while got < size:
        part = stream.read(min(CHUNK, size - got))
        if not part:
            break
        parts.append(part)
        got += len(part)
    return b"".join(parts)


@dataclass
class RecordRange:
    """One HTML response record of a WARC file, by where it lies: `offset` in the file as stored (a gzip member's
    start), `length` bytes. Found by `ranges` in one pass that keeps no page; read by `load`, wherever the document
    is analysed, from the record alone."""

    file: str
    offset: int
    length: int
    path: str  # how errors name it: file#n
    published: str | None = None  # what --published and --outlet fill in
    outlet: str | None = None
    bounds: Limits | None = None

    def load(self) -> Document | DocumentError:
        from warcio.archiveiterator import ArchiveIterator

        try:
            with open(self.file, "rb") as raw:
                raw.seek(self.offset)
                # the iterator reads on from the record's start; the first record is this one, the rest is never read
                records = iter(ArchiveIterator(raw, block_size=CHUNK))
                record = next(records, None)
                if record is None:
                    return document_error("E011", "no record at this offset: the file changed since it was read",
                                          document=self.path)
                item = from_record(record, self.path, self.bounds)
        except OSError as exc:
            return document_error("E008", exc.strerror or str(exc), document=self.path)
        except Exception as exc:  # a record that reads differently now than when it was scanned
            return document_error("E011", f"{type(exc).__name__}: {exc}", document=self.path)
        if isinstance(item, _Truncated) or item is None:
            return document_error("E011", "the record is cut off or no longer an HTML page", document=self.path)
        if isinstance(item, Document):
            item.published = item.published or self.published
            item.outlet = item.outlet or self.outlet
        return item


def ranges(path: Path, bounds: Limits | None = None) -> Iterator[RecordRange | DocumentError]:
    """The HTML response records of a WARC file as byte ranges, in one streaming pass: headers are parsed, pages
    are skipped unread, so a worker can read each record on its own and no page of the file is held here."""
    from warcio.archiveiterator import ArchiveIterator

    bounds = bounds or Limits.from_environment()
    name = str(path)
    refusal = not_an_archive(path)
    if refusal is not None:
        yield refusal
        return
    count = articles = 0
    with path.open("rb") as raw:
        gzipped, refusal = opened(raw, name)
        if refusal is not None:
            yield refusal
            return
        records = ArchiveIterator(raw, block_size=DRAIN)
        try:
            for record in records:
                count += 1
                wanted = html_page(record) is not None
                records.read_to_end(record)
                if getattr(record.raw_stream, "limit", 0) > 0:
                    yield document_error("E011", f"record {count} is cut off: the file ends inside it",
                                         document=f"{name}#{count}")
                    return
                if wanted:
                    articles += 1
                    yield RecordRange(name, records.get_record_offset(), records.get_record_length(),
                                      f"{name}#{count}", bounds=bounds)
        except Exception as exc:  # a corrupt archive: the records before it stand, the rest is reported
            yield document_error("E011", f"after {count} record(s): {type(exc).__name__}: {exc}",
                                 document=f"{name}#rest")
            return
    empty = nothing_to_analyse(name, count, articles)
    if empty is not None:
        yield empty
