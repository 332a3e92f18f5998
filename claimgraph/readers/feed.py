"""RSS and Atom feeds: one Document an entry, its text from the entry's content or summary, the feed as outlet."""
from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any, Iterator

from ..document import Document
from ..errors import DocumentError, document_error
from .boilerplate import drop_page_lines
from .syndication import same_outlet, section_name, title_parts
from .text import refuse_binary

SUFFIXES = {".rss", ".atom", ".xml"}

# the line Yoast SEO appends to every post of a WordPress feed by default ("The post %%POSTLINK%% appeared first on
# %%BLOGLINK%%.", developer.yoast.com, RSS feeds): the post's title and the feed's own site, closing the entry
_SIGNATURE = re.compile(r"^the\s+post\s+\S.{0,300}?\s+appeared\s+first\s+on\s+(?P<site>\S.{0,100}?)\.?$",
                        re.IGNORECASE)


def read(path: Path, bounds: Any = None) -> Iterator[Document | DocumentError]:
    import feedparser

    data = path.read_bytes()
    refuse_binary(data, str(path))
    parsed = feedparser.parse(data)
    entries = parsed.get("entries", [])
    if not entries:
        reason = str(parsed.get("bozo_exception") or "no entries")
        yield document_error("E010", reason, document=str(path))
        return
    outlet = feed_outlet((parsed.get("feed") or {}).get("title"))
    cut = bool(parsed.get("bozo")) and truncated(data)
    # the parser hands back the entry the file ends inside as if it were whole: it is an error, never an article
    whole = entries[:-1] if cut and last_entry_open(data) else entries
    for number, entry in enumerate(whole, start=1):
        name = f"{path}#{number}"
        try:
            yield from_entry(entry, name, outlet)
        except DocumentError as error:
            yield error
    if cut:
        # a cut-off feed gives the entries before the cut; the rest is lost and said so
        yield document_error("E010", f"the feed ends early, after {len(whole)} whole entries "
                                     f"({parsed.get('bozo_exception')})", document=f"{path}#{len(whole) + 1}")


def feed_outlet(title: str | None) -> str | None:
    """The outlet a feed's title names: the title, or its one part that is no section's name ("Lakeside Courier" of
    "Lakeside Courier - Latest News", "World news | Lakeside Courier", "LC > Top Stories"); a title of sections
    alone ("Latest News") names none."""
    if not title or not title.strip():
        return None
    parts = title_parts(title)
    named = [part for part in parts if not section_name(part)]
    if not named:
        return None
    return named[0] if len(parts) > 1 and len(named) == 1 else " ".join(title.split())


def last_entry_open(data: bytes) -> bool:
    """Whether the last <item> or <entry> the file begins is never closed."""
    lowered = data.lower()
    opened = max(lowered.rfind(b"<item"), lowered.rfind(b"<entry"))
    closed = max(lowered.rfind(b"</item>"), lowered.rfind(b"</entry>"))
    return opened > closed


def truncated(data: bytes) -> bool:
    tail = data.rstrip()[-20:].lower()
    return not (tail.endswith(b"</rss>") or tail.endswith(b"</feed>") or tail.endswith(b"</rdf:rdf>"))


def from_entry(entry: Any, name: str, outlet: str | None) -> Document:
    html = ""
    for content in entry.get("content") or []:
        if content.get("value"):
            html = content["value"]
            break
    html = html or entry.get("summary") or ""
    # an entry's HTML is its page's article, and carries the same furniture (a byline, a related list); a dropped
    # line leaves the blank lines around it, so a run of them closes up to one paragraph break
    text = re.sub(r"\n{3,}", "\n\n", without_signature(drop_page_lines(html_text(html)), outlet))
    if not text.strip():
        raise document_error("E001", "the entry has no content or summary", document=name)
    return Document(text=text, path=name, url=entry.get("link") or None, outlet=outlet,
                    published=day(dict.get(entry, "published_parsed")),
                    title=entry.get("title") or None)


def without_signature(text: str, outlet: str | None) -> str:
    """An entry's text without the signature line closing it: "The post ... appeared first on <the feed's own
    site>." A sentence about a post that appeared first elsewhere, or one inside the entry, is the story's."""
    head, _, last = text.rstrip().rpartition("\n")
    signature = _SIGNATURE.match(last.strip())
    return head if signature is not None and same_outlet(signature.group("site"), outlet) else text


# only an entry's own publication date: feedparser hands an Atom entry's <updated> in its place when it has none, and
# an update is not the publication (the raw dict lookup skips that fallback)
def day(parsed: time.struct_time | None) -> str | None:
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def html_text(html: str) -> str:
    """The words of an entry's HTML, a paragraph a block, so the layout sees paragraph breaks."""
    if "<" not in html:
        return html.strip()
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except Exception:  # lxml rejects fragments that are only whitespace or comments
        return ""
    for element in root.iter("p", "div", "br", "li", "h1", "h2", "h3", "h4", "blockquote"):
        element.tail = "\n\n" + (element.tail or "")
    blocks = [" ".join(block.split()) for block in root.text_content().split("\n\n")]
    return "\n\n".join(b for b in blocks if b)
