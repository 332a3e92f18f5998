"""HTML pages: trafilatura takes out the boilerplate and reads title, date and site name where the page has them.

Around it, general rules: teasers, related links, captions, consent banners and subscription blocks are removed
before extraction (by what their markup calls them) and after it (by what their lines say); the headline opens the
text; the publication date is the one the page declares as published for itself, never a modified date nor the date
of another item the page describes; and a site name that is really a headline is no outlet."""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from ..settings import Limits
from ..document import Document
from ..errors import document_error
from .. import dateline
from . import syndication
from .boilerplate import drop_page_lines, markup_tokens, short_line
from .markup import (ARTICLE_TYPES, LABEL_WORDS, TOKEN_SPLIT, attribute_names, flat_url, flat_words, json_ld_scripts,
                     labelled, parse_json_ld)
from .page_dates import declared_dates, framework_scripts, publication_date
from .syndication import section_name
from .text import decode

# <meta charset="..."> or <meta http-equiv="Content-Type" content="text/html; charset=...">, which HTML5 requires
# within the first 1024 bytes of the page
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)

_DATE_SEARCH = {"extensive_search": False, "original_date": True}


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
        items = json_ld_items(tree) if tree is not None else []  # parsed once: the dates and the site name read them
        urls = page_urls(tree, url) if tree is not None else set()
        own = own_item(items, urls) if tree is not None else None
        # the page's own item names its headline, and the <h1> its titles name is the headline; the extractor's
        # title may be another item's (a teaser's JSON-LD) or a section's <h1>
        heading = headline(tree, own_headline(own)) if tree is not None else None
        # a microdata article is the page's own where its headline is any of the page's names for it
        titles = title_names(tree, own_headline(own), heading,
                             *syndication.title_parts(tree.findtext(".//title") or "")) if tree is not None else set()
        dates = declared_dates(tree, own, own_headline(own) or heading, urls, titles) if tree is not None else \
            {"published": [], "modified": [], "other": []}
        site = declared_site_name(tree, own, items) if tree is not None else None
        # the credits and the site's printed name stand in what pruning removes (a footer, a credit block)
        credits = syndication.credit_lines(tree)
        printed = syndication.printed_names(tree)
        if tree is not None:
            prune_boilerplate(tree)
            # the framework's data is read above by its entries; the extractor would take any entry's date
            for script in framework_scripts(tree):
                script.drop_tree()
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
    text = drop_page_lines(text or "")
    if not text.strip():
        raise document_error("E005", document=name)
    title = own_headline(own) or heading or getattr(extracted, "title", None) or None
    text = with_headline(text, heading)
    url = url or getattr(extracted, "url", None)
    outlet = site_outlet(tree, site, getattr(extracted, "sitename", None), title, url, printed) \
        or dateline.outlet(text)
    return Document(text=text, path=path, url=url, outlet=outlet,
                    published=publication_date(dates, getattr(extracted, "date", None)), title=title,
                    wire=syndication.wire(outlet, own, text, credits))


def site_outlet(tree, site: str | None, extracted: str | None, title: str | None, url: str | None,
                printed: list[tuple[str, str]]) -> str | None:
    """The site's name: what its metadata declares (`site`), the extractor's, the part of the <title> beside the
    headline, in that order; a name that is only the site's host or a handle gives way to the name the page prints
    for it (its link home, logo or copyright credit), then stays as it is. A page with neither name nor address takes
    the name its link home and its copyright credit agree on."""
    host = None
    # a section's name is no site's where a name is guessed, by the extractor or from the <title> ("Headline - News");
    # a site's metadata may declare one as its own name ("Science", "Money")
    for name in (site, unless_section(extracted), unless_section(title_site(tree, title))):
        name = outlet_name(name, title)
        if name and syndication.host_label(name):
            host = host or name
        elif name:
            # a handle ("@QuenbyMercury" of twitter:site) is the name spelt out as the page prints it; a name of one
            # word that is no handle ("Reuters") is the site's own, whatever its logo's letters ("REUTERS")
            spelt = syndication.printed_name(printed, name) if handle(name) else None
            return spelt if spelt and " " in spelt else name
    host = host or (urlsplit(url).hostname if url else None)
    if host:
        return syndication.printed_name(printed, host) or host
    return outlet_name(unless_section(syndication.credited_home(printed)), title)


def unless_section(name: str | None) -> str | None:
    """A guessed site name, or None where it is a section's name."""
    return None if name and section_name(name) else name


# a capital inside a word, after a small letter or before one: "SkelbyHerald", "BBCNews", never "REUTERS"
_INNER_CAPITAL = re.compile(r"(?<=[a-z])[A-Z]|(?<=\w)[A-Z](?=[a-z])")


def handle(name: str) -> bool:
    """Whether a site name is a handle: an "@" before it, or one word with a capital inside it ("QuenbyMercury")."""
    return name.startswith("@") or " " not in name and bool(_INNER_CAPITAL.search(name))


def parse(html: str):
    import lxml.html

    try:
        return lxml.html.document_fromstring(html)
    except Exception:  # an empty or comment-only page, or one lxml cannot take: trafilatura has its own go
        return None


def json_ld_items(tree) -> list[dict]:
    """The top items of the page's JSON-LD, in page order: each script's object, the objects of a list, the members
    of an @graph. Items inside them (a live blog's updates, an image, a list's elements) are no top item."""
    items: list[dict] = []

    def add(data) -> None:
        if isinstance(data, list):
            for part in data:
                add(part)
        elif isinstance(data, dict):
            if isinstance(data.get("@graph"), list):
                add(data["@graph"])
            if data.get("@type"):
                items.append(data)

    for script in json_ld_scripts(tree):
        add(parse_json_ld(script.text))
    return items


def item_types(item: dict) -> list[str]:
    kinds = item.get("@type")
    return [k for k in (kinds if isinstance(kinds, list) else [kinds]) if isinstance(k, str)]


def item_urls(item: dict) -> set[str]:
    """The addresses an item gives for itself: url, @id and mainEntityOfPage (an address or an object with one)."""
    found = set()
    for key in ("url", "@id", "mainEntityOfPage"):
        value = item.get(key)
        values = value if isinstance(value, list) else [value]
        for v in values:
            if isinstance(v, dict):
                v = v.get("@id") or v.get("url")
            if isinstance(v, str) and v.strip():
                found.add(flat_url(v))
    return found


def page_urls(tree, url: str | None) -> set[str]:
    """The page's own addresses: the one it was fetched from, its canonical link and its og:url."""
    found = {flat_url(url)} if url else set()
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            found.add(flat_url(link.get("href")))
    for element in tree.iter("meta"):
        if "og:url" in attribute_names(element) and element.get("content"):
            found.add(flat_url(element.get("content")))
    return {u for u in found if u}


def own_item(items: list[dict], urls: set[str]) -> dict | None:
    """The JSON-LD item that is the page itself: an article whose address is the page's, else any item whose address
    is the page's (a WebPage), else the first article, else the first item with a date. A page that describes other
    articles too (teasers, a live blog's entries, the wire story it is based on) takes none of their dates."""
    articles = [i for i in items if any(ARTICLE_TYPES.search(k) for k in item_types(i))]
    for group in (articles, items):
        for item in group:
            if urls and item_urls(item) & urls and any(isinstance(item.get(k), str) for k in (
                    "datePublished", "dateCreated", "dateModified", "headline")):
                return item
    if articles:
        return articles[0]
    return next((i for i in items if isinstance(i.get("datePublished"), str)), None)


def own_headline(own: dict | None) -> str | None:
    value = own.get("headline") if own is not None else None
    return " ".join(value.split()) or None if isinstance(value, str) else None


def declared_site_name(tree, own: dict | None, items: list[dict]) -> str | None:
    """The site's name as its metadata declares it: og:site_name, application-name, the publisher of the page's own
    JSON-LD item, then the publisher of another of the page's JSON-LD `items`."""
    # the meta tags name the brand a reader sees; a JSON-LD publisher can be the parent company that owns it
    metas = {}
    for element in tree.iter("meta"):
        for key in ("og:site_name", "application-name"):
            if key in attribute_names(element) and key not in metas:
                value = " ".join((element.get("content") or "").split())
                if value:
                    metas[key] = value
    names = [metas.get("og:site_name"), metas.get("application-name")]
    names += [own.get("publisher")] if own is not None else []
    names += [item.get("publisher") for item in items]
    for publisher in names:
        if isinstance(publisher, dict):
            publisher = publisher.get("name")
        if isinstance(publisher, str) and publisher.strip():
            return " ".join(publisher.split())
    return None


# what a theme calls an <h1> that holds the site's name rather than the story's (WordPress "site-title", "logo",
# "brand", "masthead")
_LOGO_TOKENS = {"logo", "brand", "branding", "masthead", "site", "sitename", "wordmark"}


def logo(heading) -> bool:
    """Whether an <h1> is the site's name: a link home inside it (rel="home", href "/"), or a class or id that says
    so."""
    for link in heading.iter("a"):
        if "home" in (link.get("rel") or "").lower().split() or (link.get("href") or "").strip() == "/":
            return True
    names = " ".join(filter(None, (heading.get("class"), heading.get("id"))))
    return bool({t.lower() for t in TOKEN_SPLIT.split(names) if t} & _LOGO_TOKENS)


# a label the <h1> sets apart from the headline after it by a colon or a bar: "Live: ...", "LIVE | ..."
_SEPARATED_LABEL = re.compile(r"^\w[\w'’]*(?:\s+\w[\w'’]*){0,%d}\s*[:|]\s+(?P<rest>\S.*)$" % (LABEL_WORDS - 1))


def headline(tree, title: str | None) -> str | None:
    """The page's headline: the <h1> that is its title (`title`, the JSON-LD item's headline; og:title; the <title>),
    opens or closes its <title> beside the site's name ("Headline | Site") in four words or more, or holds one of
    them whole at its head or its end ("Council approves budget despite protests" of "Council approves budget",
    "Residents say tram line to reach the airport" of "Tram line to reach the airport | Site"); a page whose <h1> is
    the site's logo or a section's name has none. A label the markup sets apart at the head of the <h1> (a "Live"
    badge of its own element, a "Live:" before a separator) is no part of it; words the markup does not set apart
    are."""
    whole = " ".join((tree.findtext(".//title") or "").split())
    raw = flat_words(whole)
    names = title_names(tree, title)
    # a title's part of four words or more, held whole by a longer <h1>
    held = {n for n in names | {flat_words(part) for part in syndication.title_parts(whole)} if len(n.split()) >= 4}
    headings = [h for h in tree.iter("h1") if not logo(h)]

    def named(flat: str) -> bool:
        return bool(flat) and (flat in names or len(flat.split()) >= 4 and (raw.startswith(flat) or
                                                                            raw.endswith(flat)))

    def holds(flat: str) -> bool:
        return any(flat.startswith(name + " ") or flat.endswith(" " + name) for name in held)

    for words_in in (words_of, unlabelled):
        for heading in headings:
            words = words_in(heading)
            if words and named(flat_words(words)):
                return words
    return next((words_of(h) for h in headings if holds(flat_words(words_of(h)))), None)


def title_names(tree, *given: str | None) -> set[str]:
    """The names the page gives its headline, flattened: those `given` (the JSON-LD item's headline, the <h1>), its
    og:title and its <title>."""
    names = {flat_words(name or "") for name in given} | {flat_words(tree.findtext(".//title") or "")}
    names |= {flat_words(e.get("content") or "") for e in tree.iter("meta") if "og:title" in attribute_names(e)}
    names.discard("")
    return names


def words_of(element) -> str:
    return " ".join(element.text_content().split())


def unlabelled(heading) -> str | None:
    """The words of an <h1> after the label its markup sets apart before them: a child element of a word or three
    ("<span class='badge'>Live</span> ..."), or a word or three and a colon or a bar ("Live: ...", "LIVE | ...")."""
    words = words_of(heading)
    first = next((child for child in heading if isinstance(child.tag, str)), None)
    if first is not None and not (heading.text or "").strip():
        label = words_of(first)
        if short_line(label, LABEL_WORDS) and words.startswith(label) and words[len(label):].strip():
            return words[len(label):].strip()
    separated = _SEPARATED_LABEL.match(words)
    return separated.group("rest") if separated else None


def with_headline(text: str, heading: str | None) -> str:
    """The text opening with the headline: the extractor keeps an <h1> inside the article's block and drops one above
    it (most CMS put the headline in a header of its own), so that pages of one story read alike. The labels the
    extractor kept inside or above an <h1> in the block (a kicker, a section's name, a badge) go with it."""
    if not heading:
        return text
    flat = flat_words(heading)
    lines = text.split("\n")
    at = next((k for k, line in enumerate(lines) if labelled(line, heading)), None)
    if at is not None:  # the <h1> as the extractor kept it, with the labels inside it and above it
        lines = [line for line in lines[:at] if not short_line(line, LABEL_WORDS)] + lines[at + 1:]
    return "\n".join([heading] + [line for line in lines if flat_words(line) != flat])


def outlet_name(site: str | None, title: str | None) -> str | None:
    """A site name, unless it is the headline (extractors fall back on a part of the <title>) or reads like one."""
    if not site:
        return None
    site = " ".join(site.split())
    flat = flat_words(site)
    headline = flat_words(title or "")
    if flat and headline and (flat == headline or (len(flat.split()) >= 4 and flat in headline)):
        return None
    if len(site.split()) > 7 or len(site) > 60 or site.endswith((".", "?", "!")) and not site.endswith(".com"):
        return None
    return site


def title_site(tree, headline: str | None) -> str | None:
    """The site's name in the page's <title> around its headline, for pages whose markup names no site: the part
    farthest from the headline ("Headline | World | Site" gives "Site"), when it reads like a name."""
    if tree is None or not headline:
        return None
    parts = syndication.title_parts(tree.findtext(".//title") or "")
    flat_headline = flat_words(headline)
    if len(parts) < 2 or not flat_headline:
        return None
    for count in range(1, len(parts)):
        # the headline may hold a separator itself ("Talks - what we know | Site"): join parts until it matches
        if flat_words(" ".join(parts[:count])) == flat_headline:
            site = parts[-1]
            break
        if flat_words(" ".join(parts[-count:])) == flat_headline:
            site = parts[0]
            break
    else:
        return None
    return site if site[:1].isupper() or site[:1].isdigit() else None


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
        if not name_tokens(names) & markup_tokens():
            continue
        if sum(len(p.text_content()) for p in element.iter("p")) > 0.4 * total:
            continue
        doomed.append(element)
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()


def name_tokens(names: str) -> set[str]:
    """The words of class and id names, and each two neighbours run together: themes write one name as "mostread",
    "most-read" or "mostRead", and "key_points" as "keypoints"."""
    words = [t.lower() for t in TOKEN_SPLIT.split(names) if t]
    return set(words) | {a + b for a, b in zip(words, words[1:])}
