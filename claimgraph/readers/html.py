"""HTML pages: trafilatura takes out the boilerplate and reads title, date and site name where the page has them."""
from __future__ import annotations

import re
from pathlib import Path

from ..document import Document
from ..errors import document_error
from .text import decode

# <meta charset="..."> or <meta http-equiv="Content-Type" content="text/html; charset=...">, which HTML5 requires
# within the first 1024 bytes of the page
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)

_DATE_SEARCH = {"extensive_search": False, "original_date": True}


def read(path: Path):
    data = path.read_bytes()
    yield from_html(decode(data, str(path), declared=declared_charset(data)), name=str(path), path=str(path))


def declared_charset(data: bytes) -> str | None:
    match = _CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def from_html(html: str, name: str, path: str | None = None, url: str | None = None) -> Document:
    """A Document whose text is the article extracted from the page."""
    import trafilatura

    try:
        # fast: without it trafilatura falls back on extractors that take any text on the page, so a page with no
        # article would come out as its menu and footer words
        # no extensive date search: it takes the copyright year in the footer for a publication date of 1 January
        extracted = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                                 include_tables=False, favor_precision=True, fast=True,
                                                 date_extraction_params=_DATE_SEARCH)
    except Exception as exc:  # trafilatura raises a zoo of parser errors on broken markup
        raise document_error("E005", f"{type(exc).__name__}: {exc}", document=name) from exc
    text = getattr(extracted, "text", None) if extracted is not None else None
    if not text or not text.strip():
        raise document_error("E005", document=name)
    date = getattr(extracted, "date", None)
    return Document(text=text, path=path, url=url or getattr(extracted, "url", None),
                    outlet=getattr(extracted, "sitename", None) or None,
                    published=date[:10] if date else None, title=getattr(extracted, "title", None) or None)
