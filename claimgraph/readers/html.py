"""HTML pages: trafilatura takes out the boilerplate and reads title, date and site name where the page has them."""
from __future__ import annotations

from pathlib import Path

from ..document import Document
from ..errors import document_error
from .text import decode


def read(path: Path):
    yield from_html(decode(path.read_bytes(), str(path)), name=str(path), path=str(path))


def from_html(html: str, name: str, path: str | None = None, url: str | None = None) -> Document:
    """A Document whose text is the article extracted from the page."""
    import trafilatura

    try:
        extracted = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                                 include_tables=False, favor_precision=True)
    except Exception as exc:  # trafilatura raises a zoo of parser errors on broken markup
        raise document_error("E005", f"{type(exc).__name__}: {exc}", document=name) from exc
    text = getattr(extracted, "text", None) if extracted is not None else None
    if not text or not text.strip():
        raise document_error("E005", document=name)
    date = getattr(extracted, "date", None)
    return Document(text=text, path=path, url=url or getattr(extracted, "url", None),
                    outlet=getattr(extracted, "sitename", None) or None,
                    published=date[:10] if date else None, title=getattr(extracted, "title", None) or None)
