"""Plain-text articles: bytes checked and decoded as UTF-8, the text kept exactly as decoded."""
from __future__ import annotations

import codecs
from pathlib import Path

from ..document import Document
from ..errors import document_error

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def decode(data: bytes, name: str, declared: str | None = None) -> str:
    """The text of a file's bytes, or a DocumentError saying why not (binary, invalid UTF-8).

    A UTF-16 file is known by its byte-order mark; `declared` is an encoding the file names for itself (an HTML
    page's charset), tried when UTF-8 fails."""
    if data.startswith(_UTF16_BOMS):  # Windows editors save "Unicode" text this way; its NULs are not binary
        try:
            return data.decode("utf-16").removeprefix("\ufeff")
        except UnicodeDecodeError as exc:
            raise document_error("E003", f"UTF-16 byte {exc.start}: {exc.reason}", document=name) from exc
    refuse_binary(data, name)
    return decode_utf8(data, name, declared)


def refuse_binary(data: bytes, name: str) -> None:
    nul = data.find(b"\x00")
    if nul >= 0:  # text never holds NUL; images, archives and office files do, early and often
        raise document_error("E002", f"it contains NUL bytes, the first at byte {nul}", document=name)


def decode_utf8(data: bytes, name: str, declared: str | None = None) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        text = decode_declared(data, declared)
        if text is None:
            where = f"byte {exc.start}: {exc.reason}" + (f"; nor is it {declared}" if declared else "")
            raise document_error("E003", where, document=name) from exc
    return text.removeprefix("\ufeff")  # a byte-order mark is not part of the story


def decode_declared(data: bytes, declared: str | None) -> str | None:
    if not declared:
        return None
    try:
        return data.decode(codecs.lookup(declared).name)
    except (LookupError, UnicodeDecodeError):
        return None


def read(path: Path):
    yield Document(text=decode(path.read_bytes(), str(path)), path=str(path))
