"""Plain-text articles: bytes checked and decoded as UTF-8, the text kept exactly as decoded."""
from __future__ import annotations

from pathlib import Path

from ..document import Document
from ..errors import document_error


def decode(data: bytes, name: str) -> str:
    """UTF-8 text from bytes, or a DocumentError saying why not (binary, invalid UTF-8)."""
    if b"\x00" in data[:8192]:
        raise document_error("E002", "it contains NUL bytes", document=name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise document_error("E003", f"byte {exc.start}: {exc.reason}", document=name) from exc
    return text.removeprefix("\ufeff")  # a byte-order mark is not part of the story


def read(path: Path):
    yield Document(text=decode(path.read_bytes(), str(path)), path=str(path))
