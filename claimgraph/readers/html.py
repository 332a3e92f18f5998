"""HTML pages: trafilatura takes out the boilerplate and reads title, date and site name where the page has them.

Around it, general rules: teasers, related links and subscription blocks are removed before extraction (by what
their markup calls them) and after it (by what their lines say); the publication date is the one the page declares
as published, never a modified date; and a site name that is really a headline is no outlet."""
from __future__ import annotations

import json
import re
from pathlib import Path

from ..settings import Limits
from ..document import Document
from ..errors import document_error
from .. import dateline
from .boilerplate import drop_page_lines, markup_tokens
from .text import decode

# <meta charset="..."> or <meta http-equiv="Content-Type" content="text/html; charset=...">, which HTML5 requires
# within the first 1024 bytes of the page
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)

_DATE_SEARCH = {"extensive_search": False, "original_date": True}

# names publishers give dates in <meta>, itemprop and JSON-LD (Open Graph, schema.org, Dublin Core, the common CMS
# ones); lower-cased
PUBLISHED_NAMES = {"article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
                   "publish-date", "publish_date", "publication_date", "dc.date.issued", "dcterms.issued",
                   "dcterms.created", "dc.date.created", "parsely-pub-date", "sailthru.date", "article.published",
                   "published_time", "date", "dc.date", "original-publish-date", "datecreated"}
MODIFIED_NAMES = {"article:modified_time", "og:updated_time", "article:updated_time", "datemodified",
                  "dcterms.modified", "dc.date.modified", "last-modified", "lastmod", "revised", "modified_time",
                  "updated_time", "dateupdated"}
SITE_NAMES = {"og:site_name", "application-name", "publisher", "dc.publisher", "cxenseparse:recs:publishtime"}

# the block words, headings and calls are data (boilerplate.yaml)
_TOKEN_SPLIT = re.compile(r"[\s_\-:.]+|(?<=[a-z])(?=[A-Z])")


def read(path: Path, bounds: Limits | None = None):
    data = path.read_bytes()
    yield from_html(decode(data, str(path), declared=declared_charset(data)), name=str(path), path=str(path),
                    bounds=bounds)


def declared_charset(data: bytes) -> str | None:
    match = _CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def from_html(html: str, name: str, path: str | None = None, url: str | None = None,
              bounds: Limits | None = None) -> Document:
    """A Document whose text is the article extracted from the page."""
    import trafilatura

    most = (bounds or Limits.from_environment()).max_html_elements
    tree = parse(html)
    if tree is not None:
        elements = sum(1 for _ in tree.iter())
        if elements > most:
            raise document_error("E004", f"the page has {elements:,} HTML elements; the limit is "
                                         f"{most:,}, set {Limits.variable('max_html_elements')} "
                                         "to raise it", document=name)
    try:
        dates = declared_dates(tree) if tree is not None else {"published": [], "modified": []}
        site = declared_site_name(tree) if tree is not None else None
        if tree is not None:
            prune_boilerplate(tree)
        # fast: without it trafilatura falls back on extractors that take any text on the page, so a page with no
        # article would come out as its menu and footer words
        # no extensive date search: it takes the copyright year in the footer for a publication date of 1 January
        extracted = trafilatura.bare_extraction(tree if tree is not None else html, url=url, with_metadata=True,
                                                 include_comments=False, include_tables=False,
                                                 favor_precision=True, fast=True,
                                                 date_extraction_params=_DATE_SEARCH)
    except Exception as exc:  # trafilatura and lxml raise a zoo of parser errors on broken markup
        raise document_error("E005", f"{type(exc).__name__}: {exc}", document=name) from exc
    text = getattr(extracted, "text", None) if extracted is not None else None
    text = drop_boilerplate_lines(text or "")
    if not text.strip():
        raise document_error("E005", document=name)
    title = getattr(extracted, "title", None) or None
    return Document(text=text, path=path, url=url or getattr(extracted, "url", None),
                    outlet=outlet_name(site or getattr(extracted, "sitename", None), title)
                    or outlet_name(title_site(tree, title), title) or dateline.outlet(text),
                    published=publication_date(dates, getattr(extracted, "date", None)), title=title)


def parse(html: str):
    import lxml.html

    try:
        return lxml.html.document_fromstring(html)
    except Exception:  # an empty or comment-only page, or one lxml cannot take: trafilatura has its own go
        return None


def attribute_names(element) -> list[str]:
    return [(element.get(key) or "").strip().lower() for key in ("property", "name", "itemprop", "http-equiv")]


def declared_dates(tree) -> dict[str, list[str]]:
    """The dates the page's markup calls published and modified, as YYYY-MM-DD, in page order."""
    found: dict[str, list[str]] = {"published": [], "modified": []}

    def add(kind: str, value: str | None) -> None:
        day = iso_day(value)
        if day and day not in found[kind]:
            found[kind].append(day)

    for element in tree.iter("meta", "time", "span", "div", "abbr"):
        names = attribute_names(element)
        value = element.get("content") or element.get("datetime")
        if element.tag in ("time", "span", "div", "abbr") and not element.get("itemprop"):
            if element.tag == "time" and element.get("pubdate") is not None:
                add("published", value)
            continue
        for kind, known in (("published", PUBLISHED_NAMES), ("modified", MODIFIED_NAMES)):
            if any(n in known for n in names):
                add(kind, value)
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        for key, kind in (("datePublished", "published"), ("dateCreated", "published"), ("dateModified", "modified")):
            for value in re.findall(rf'"{key}"\s*:\s*"([^"]+)"', script.text):
                add(kind, value)
    return found


def declared_site_name(tree) -> str | None:
    for element in tree.iter("meta"):
        if any(n in ("og:site_name", "application-name") for n in attribute_names(element)):
            value = " ".join((element.get("content") or "").split())
            if value:
                return value
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            try:
                data = json.loads(script.text)
            except ValueError:
                continue
            for item in data if isinstance(data, list) else [data]:
                publisher = item.get("publisher") if isinstance(item, dict) else None
                if isinstance(publisher, dict) and isinstance(publisher.get("name"), str) and publisher["name"].strip():
                    return " ".join(publisher["name"].split())
    return None


def iso_day(value: str | None) -> str | None:
    import datetime as dt

    match = re.match(r"\s*(\d{4})-?(\d{2})-?(\d{2})", value or "")
    if not match:
        return None
    try:
        return dt.date(*map(int, match.groups())).isoformat()
    except ValueError:
        return None


def publication_date(dates: dict[str, list[str]], extracted: str | None) -> str | None:
    """The date the page declares as published; else the extractor's, unless that is a date the page declares as
    modified (an update is not the publication)."""
    if dates["published"]:
        return dates["published"][0]
    day = iso_day(extracted)
    if day is None or day in dates["modified"]:
        return None
    return day


def outlet_name(site: str | None, title: str | None) -> str | None:
    """A site name, unless it is the headline (extractors fall back on a part of the <title>) or reads like one."""
    if not site:
        return None
    site = " ".join(site.split())
    flat = _flat(site)
    headline = _flat(title or "")
    if flat and headline and (flat == headline or (len(flat.split()) >= 4 and flat in headline)):
        return None
    if len(site.split()) > 7 or len(site) > 60 or site.endswith((".", "?", "!")) and not site.endswith(".com"):
        return None
    return site


# what stands between a headline and the site's name in a <title>: "Headline | Site", "Site - Headline",
# "Headline – Section – Site"; a colon only with a space on both sides, as headlines use "Place: what happened"
_TITLE_PARTS = re.compile(r"\s+(?:[|\-\u2013\u2014\u00b7\u2022]|::?)\s+")


def title_site(tree, headline: str | None) -> str | None:
    """The site's name in the page's <title> around its headline, for pages whose markup names no site: the part
    farthest from the headline ("Headline | World | Site" gives "Site"), when it reads like a name."""
    if tree is None or not headline:
        return None
    raw = " ".join((tree.findtext(".//title") or "").split())
    flat_headline = _flat(headline)
    parts = [part for part in _TITLE_PARTS.split(raw) if part]
    if len(parts) < 2 or not flat_headline:
        return None
    for count in range(1, len(parts)):
        # the headline may hold a separator itself ("Talks - what we know | Site"): join parts until it matches
        if _flat(" ".join(parts[:count])) == flat_headline:
            site = parts[-1]
            break
        if _flat(" ".join(parts[-count:])) == flat_headline:
            site = parts[0]
            break
    else:
        return None
    return site if site[:1].isupper() or site[:1].isdigit() else None


def _flat(words: str) -> str:
    return re.sub(r"\W+", " ", words).strip().lower()


def prune_boilerplate(tree) -> None:
    """Remove blocks whose class or id names them teasers, related links, subscription prompts and the like, unless
    a block holds most of the page's paragraph text (a wrapper with an unlucky name)."""
    total = sum(len(p.text_content()) for p in tree.iter("p")) or 1
    doomed = []
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("html", "body", "article", "main"):
            continue
        names = " ".join(filter(None, (element.get("class"), element.get("id"), element.get("data-component"))))
        if not names:
            continue
        tokens = {t.lower() for t in _TOKEN_SPLIT.split(names) if t}
        if not (tokens & markup_tokens() or {"more", "stories"} <= tokens):
            continue
        if sum(len(p.text_content()) for p in element.iter("p")) > 0.4 * total:
            continue
        doomed.append(element)
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()


def drop_boilerplate_lines(text: str) -> str:
    """The extracted text without its short calls to action and link-list headings."""
    return drop_page_lines(text)
