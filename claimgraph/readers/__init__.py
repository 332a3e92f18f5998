"""Readers turn files into Documents, one module a format; a file that cannot be read becomes a DocumentError."""
from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..settings import Limits
from ..document import Document
from ..errors import DocumentError, document_error
from . import feed, html, jsonl, text, warc

READERS = {".txt": text.read, ".text": text.read, ".html": html.read, ".htm": html.read, ".jsonl": jsonl.read,
           ".rss": feed.read, ".atom": feed.read, ".xml": feed.read, ".warc": warc.read, ".gz": warc.read}

# formats that hold one article a file; a JSON Lines file, a feed or an archive holds many
SINGLE_ARTICLE = {".txt", ".text", ".html", ".htm"}
HTML = {".html", ".htm"}

# UTF-8 takes at most 4 bytes a character: a text file larger than this is over the analysis's limit whatever it
# holds
BYTES_PER_CHAR = 4

# what a folder holds that is not read is reported through this: (path, reason)
Skipped = Callable[[str, str], None]


def formats() -> str:
    return ", ".join(sorted(READERS))


def expand(paths: Iterable[str | os.PathLike], skipped: Skipped | None = None) -> Iterator[Path]:
    """Files named, and for a folder every readable file below it, in a stable order; the other files of a folder
    go to `skipped` with the reason, once each. Links inside a folder are followed to files, never to folders."""
    outputs = own_outputs()
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            yield path
            continue
        for entry in sorted(path.rglob("*")):
            reason = folder_entry_problem(entry, outputs)
            if reason == "":
                yield entry
            elif reason is not None and skipped is not None:
                skipped(str(entry), reason)


def own_outputs() -> set[tuple[int, int]]:
    """The files (device, inode) this process writes its standard output and error to, where they are files: a
    folder read by `claimgraph analyze FOLDER > FOLDER/out.jsonl` holds its own growing output, which is no input."""
    found = set()
    for fd in (1, 2):
        try:
            info = os.fstat(fd)
        except OSError:  # closed
            continue
        if stat.S_ISREG(info.st_mode):
            found.add((info.st_dev, info.st_ino))
    return found


def folder_entry_problem(entry: Path, outputs: set[tuple[int, int]] = frozenset()) -> str | None:
    """'' for a file to read, None for a folder (walked on its own), else why the entry is left out. `outputs`: the
    files this process is writing (own_outputs), never read back as input."""
    try:
        info = os.lstat(entry)
        if stat.S_ISLNK(info.st_mode):
            info = os.stat(entry)
    except OSError as exc:
        return unreadable(entry, exc)
    mode = info.st_mode
    if stat.S_ISDIR(mode):
        return None
    if not stat.S_ISREG(mode):
        return f"{special_kind(mode)}, not a regular file"
    if (info.st_dev, info.st_ino) in outputs:
        return "the file this command is writing its output to"
    if entry.suffix.lower() not in READERS:
        return f"unsupported file type '{entry.suffix or 'no extension'}'; claimgraph reads {formats()}"
    return ""


def read_paths(paths: Iterable[str | os.PathLike], published: str | None = None, outlet: str | None = None,
               skipped: Skipped | None = None, bounds: Limits | None = None,
               ranges: bool = False) -> Iterator[Document | DocumentError]:
    """Every document in the paths, in order; defaults for publication date and outlet fill what a file lacks.

    A date given here is the date of a one-article file (.txt, .html) even when the page shows another: a person
    naming the date of one article knows better than its markup. `bounds`: the settings' limits; without them, the
    CLAIMGRAPH_* variables are read when reading starts. With `ranges`, a WARC file gives its records as byte
    ranges (warc.RecordRange), each read where it is analysed."""
    bounds = bounds or Limits.from_environment()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = False
            for file in expand([path], skipped):
                found = True
                yield from read_file(file, published, outlet, bounds, ranges)
            if not found:
                yield document_error("E008", f"a folder with no {formats()} files", document=str(path))
            continue
        yield from read_file(path, published, outlet, bounds, ranges)


def read_file(path: Path, published: str | None = None, outlet: str | None = None,
              bounds: Limits | None = None, ranges: bool = False) -> Iterator[Document | DocumentError]:
    """The documents of one file, or the error that keeps it (or the rest of it) from being read."""
    bounds = bounds or Limits.from_environment()
    name = str(path)
    try:
        info = os.stat(path)
    except OSError as exc:
        yield document_error("E008", unreadable(path, exc), document=name)
        return
    if stat.S_ISDIR(info.st_mode):
        yield from read_paths([path], published, outlet, bounds=bounds, ranges=ranges)
        return
    if not stat.S_ISREG(info.st_mode):
        # refused before it is opened: opening a FIFO blocks until someone writes, and a device never ends
        yield document_error("E015", f"{special_kind(info.st_mode)}; claimgraph reads regular files only",
                             document=name)
        return
    suffix = path.suffix.lower()
    reader = READERS.get(suffix)
    if ranges and reader is warc.read:
        reader = warc.ranges
    if reader is None:
        yield document_error("E006", f"'{path.suffix or 'no extension'}'; claimgraph reads {formats()}",
                             document=name)
        return
    try:
        too_long(path, info.st_size, bounds)
        for item in reader(path, bounds):
            if isinstance(item, Document):
                if suffix in SINGLE_ARTICLE:
                    item.published = published or item.published
                else:
                    item.published = item.published or published
                item.outlet = item.outlet or outlet
            elif isinstance(item, warc.RecordRange):
                item.published, item.outlet = published, outlet
            yield item
    except DocumentError as error:
        yield error
    except OSError as exc:
        yield document_error("E008", exc.strerror or str(exc), document=name)
    except MemoryError:
        yield document_error("E012", "out of memory while reading it", document=name)
    except Exception as exc:  # a reader's bug must cost this file alone, never the batch
        yield document_error("E017", f"{type(exc).__name__}: {exc}; please report it", document=name)


def unreadable(path: Path, exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "a symbolic link loop: the link leads back to itself"
    if exc.errno == errno.ENOENT:
        return "a broken symbolic link" if os.path.islink(path) else "no such file or folder"
    if exc.errno == errno.EACCES:
        return "permission denied"
    return exc.strerror or str(exc)


def special_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    return "not a regular file"


def too_long(path: Path, size: int, bounds: Limits) -> None:
    """Refuse a file too large to be what its format holds before reading it, so a huge file fails at once."""
    suffix = path.suffix.lower()
    if suffix in HTML:
        limit, setting = bounds.max_record_bytes, Limits.variable("max_record_bytes")
        what = "one HTML page"
    elif suffix in SINGLE_ARTICLE:
        chars = bounds.max_chars
        limit, setting = chars * BYTES_PER_CHAR, Limits.variable("max_chars")
        what = f"one article file ({chars:,} characters)"
    elif suffix in feed.SUFFIXES:
        limit, setting = bounds.max_record_bytes, Limits.variable("max_record_bytes")
        what = "one feed"
    else:
        return  # JSON Lines and archives are measured a record at a time
    if size > limit:
        raise document_error("E004", f"{size:,} bytes; the limit for {what} is {limit:,} bytes, "
                                     f"set {setting} to raise it", document=str(path))
