"""HTML pages: trafilatura takes out the boilerplate and reads title, date and site name where the page has them.

Around it, general rules: teasers, related links, captions, consent banners and subscription blocks are removed
before extraction (by what their markup calls them) and after it (by what their lines say); the headline opens the
text; the publication date is the one the page declares as published for itself, never a modified date nor the date
of another item the page describes; and a site name that is really a headline is no outlet."""
from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

from ..settings import Limits
from ..document import Document
from ..errors import document_error
from .. import dateline
from . import syndication
from .boilerplate import drop_page_lines, markup_tokens, short_line
from .syndication import section_name
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
                   "published_time", "date", "dc.date", "original-publish-date", "datecreated", "created", "issued"}
MODIFIED_NAMES = {"article:modified_time", "og:updated_time", "article:updated_time", "datemodified",
                  "dcterms.modified", "dc.date.modified", "last-modified", "lastmod", "revised", "modified_time",
                  "updated_time", "dateupdated", "modified"}
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


# RDFa vocabularies whose terms a page writes with a prefix: Drupal 7's "dc:date dc:created" and "dc:modified",
# the Drupal rdf module's "schema:dateCreated" and "schema:dateModified" (RDFa 1.1 initial context: schema, dc,
# dcterms)
_RDFA_PREFIXES = ("schema:", "dc:", "dcterms:")


def attribute_names(element) -> list[str]:
    """The names an element gives its value: its property, name, itemprop and http-equiv, lower-cased; an RDFa
    property's terms one by one ("dc:date dc:created"), each also without its vocabulary's prefix."""
    names = [(element.get(key) or "").strip().lower() for key in ("property", "name", "itemprop", "http-equiv")]
    terms = (element.get("property") or "").lower().split()
    names += terms if len(terms) > 1 else []
    names += [term.split(":", 1)[1] for term in terms if term.startswith(_RDFA_PREFIXES)]
    return names


def declared_dates(tree, own: dict | None = None, title: str | None = None,
                   urls: set[str] | frozenset[str] = frozenset(),
                   titles: set[str] | frozenset[str] = frozenset()) -> dict[str, list[str]]:
    """The dates the page's markup calls published and modified, as YYYY-MM-DD: meta tags, itemprops and RDFa
    properties of the page's own item in page order, then the JSON-LD item that is the page itself (`own`), then the
    entry of the page's framework data whose headline is the page's (`title`), then the <time> elements their class
    or the words before them name, and the update stamps printed without one. A date of an item inside another (a
    live blog's entry, an image, a teaser) is none, nor that of an article item whose headline is none of the page's
    names for its headline (`titles`: its JSON-LD headline, <h1>, og:title, <title> and its parts, flattened), nor
    that of an RDFa resource that is a comment or whose address is not one of the page's (`urls`): those are kept
    as "other", so that the extractor's guess is no such date either."""
    found: dict[str, list[str]] = {"published": [], "modified": [], "other": []}

    def add(kind: str, value: str | None) -> None:
        day = iso_day(value)
        if day and day not in found[kind]:
            found[kind].append(day)

    # a <time> the page labels counts after what its markup declares: a live blog labels each entry "Posted"
    stamped: list[tuple[str, str | None]] = []
    headlines: dict = {}  # each microdata article's headlines, read once
    for element in tree.iter("meta", "time", "span", "div", "abbr"):
        names = attribute_names(element)
        value = element.get("content") or element.get("datetime")
        if element.get("itemprop") and (nested_item(element) or another_article(element, titles, headlines)):
            continue
        if element.get("property") and another_resource(element, urls):
            add("other", value)
            continue
        if element.tag in ("time", "span", "div", "abbr") and not element.get("itemprop") and \
                not element.get("property"):
            if element.tag == "time" and element.get("pubdate") is not None:
                add("published", value)  # HTML5 drafts' attribute for the article's own publication time
            elif element.tag == "time":
                kind = time_kind(element)
                if kind is not None:
                    stamped.append((kind, value or dateline.published(element.text_content())))
            elif (updated := update_stamp(element)) is not None:
                stamped.append(("modified", updated))
            continue
        for kind, known in (("published", PUBLISHED_NAMES), ("modified", MODIFIED_NAMES)):
            if any(n in known for n in names):
                add(kind, value)
    if own is not None:
        for key, kind in (("datePublished", "published"), ("dateCreated", "published"), ("dateModified", "modified")):
            if isinstance(own.get(key), str):
                add(kind, own[key])
    for script in json_ld_scripts(tree):
        if parse_json_ld(script.text) is not None:
            continue
        # a script no JSON parser takes (a trailing comma, a stray quote): its first dates, as the page's own are
        # written before those of the items inside it more often than not
        for key, kind in (("datePublished", "published"), ("dateCreated", "published"), ("dateModified", "modified")):
            first = re.search(rf'"{key}"\s*:\s*"([^"]+)"', script.text)
            if first is not None:
                add(kind, first.group(1))
    for kind, value in framework_dates(tree, title):
        add(kind, value)
    for kind, value in stamped:
        add(kind, value)
    return found


# an update stamp is a few words: "Updated July 24, 2025", "Last updated 14:02, 18 SEP 2025"
_STAMP_WORDS = 8


def update_stamp(element) -> str | None:
    """The date of an element that is only an update stamp printed without a <time> ("Updated July 24, 2025"):
    an update, so never the publication date an extractor might read in it."""
    if not _TIME_LABEL_INSIDE.match(element.text or "") or next(element.iter("time"), None) is not None:
        return None  # the label opens the element's own words; a <time> is read by its own class and label
    words = " ".join(element.text_content().split())
    label = _TIME_LABEL_INSIDE.match(words)
    if label is None or len(words.split()) > _STAMP_WORDS or \
            label.group("word").lower().endswith(("published", "posted")):
        return None
    return dateline.published(words[label.end():].lstrip(" :"))


# the keys under which the content systems behind JavaScript-rendered pages give an entry's first publication and
# its last change, lower-cased without separators: Prismic first_publication_date / last_publication_date,
# DatoCMS _firstPublishedAt, GOV.UK first_published_at, Ghost's API published_at / updated_at, Strapi and Sanity
# publishedAt / updatedAt, schema.org's names; first publication before the rest
_FRAMEWORK_PUBLISHED = ("firstpublishedat", "firstpublicationdate", "firstpublished", "datepublished", "publishedat",
                        "publishdate", "publisheddate", "publicationdate", "pubdate")
_FRAMEWORK_MODIFIED = ("updatedat", "modifiedat", "lastpublicationdate", "datemodified", "lastmodified",
                       "updateddate", "modifieddate")
_FRAMEWORK_TITLES = ("headline", "title")


def framework_dates(tree, title: str | None) -> list[tuple[str, str]]:
    """(kind, value) of the dates a page's framework data (Next.js's __NEXT_DATA__, any <script
    type="application/json">) gives the entry whose headline or title is the page's headline, first publication
    first. The data's other entries (related stories, a menu's teasers) carry other headlines and lend no date."""
    flat = _flat(title or "")
    if not flat:
        return []
    found = []
    for script in framework_scripts(tree):
        for entry in entries_titled(parse_json_ld(script.text), flat):
            keys = {re.sub(r"[^a-z]", "", key.lower()): value for key, value in entry.items()
                    if isinstance(key, str) and isinstance(value, str)}
            for kind, names in (("published", _FRAMEWORK_PUBLISHED), ("modified", _FRAMEWORK_MODIFIED)):
                found += [(kind, keys[name]) for name in names if name in keys]
    return found


def framework_scripts(tree) -> list:
    """The <script type="application/json"> elements in which JavaScript frameworks serialise a page's data."""
    return [script for script in tree.iter("script")
            if (script.get("type") or "").lower() == "application/json" and script.text]


def entries_titled(data, flat: str) -> list[dict]:
    """The objects of parsed JSON whose headline or title, flattened, is `flat`, in document order."""
    found, stack = [], [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if any(isinstance(node.get(key), str) and _flat(node[key]) == flat for key in _FRAMEWORK_TITLES):
                found.append(node)
            stack.extend(reversed(list(node.values())))
        elif isinstance(node, list):
            stack.extend(reversed(node))
    return found


# what a <time> element's class calls it (hAtom's "published" and "updated", WordPress's "entry-date published" and
# "updated", the names CMS themes give them), and the words a page prints before it ("Updated", "Last modified on",
# "First published on"); an element saying both is the publication ("entry-date published updated" on a post never
# updated)
_PUBLISHED_CLASSES = {"published", "publish", "pubdate", "posted", "publication", "publishdate", "publishedtime",
                      "created"}
_MODIFIED_CLASSES = {"updated", "update", "modified", "lastmod", "revised", "edited", "dateupdated", "datemodified"}
_TIME_LABEL = re.compile(r"\b(?P<word>(?:first\s+)?published|posted|(?:last\s+)?(?:updated|modified|revised|edited))"
                         r"(?:\s+(?:on|at))?\s*:?\s*$", re.IGNORECASE)
_TIME_LABEL_INSIDE = re.compile(r"^\s*(?P<word>(?:first\s+)?published|posted|(?:last\s+)?(?:updated|modified|"
                                r"revised|edited))\b", re.IGNORECASE)
# how far up the tree the words before a <time> are looked for: "<p>Updated <span><time>": the label sits beside
# the time's wrapper, not further
_LABEL_LEVELS = 3


def time_kind(element) -> str | None:
    """'published' or 'modified' for a <time> element its class or the words just before it (or opening it) call
    one; None for a time that says neither (a live entry's, a time in the story)."""
    tokens = {t.lower() for t in _TOKEN_SPLIT.split(element.get("class") or "") if t}
    if tokens & _PUBLISHED_CLASSES:
        return "published"
    if tokens & _MODIFIED_CLASSES:
        return "modified"
    label = _TIME_LABEL_INSIDE.match(element.text_content()) or _TIME_LABEL.search(words_before(element))
    if label is None:
        return None
    return "published" if label.group("word").lower().endswith(("published", "posted")) else "modified"


def words_before(element) -> str:
    """The text just before an element, within its parent, or its parent's parent where nothing precedes it."""
    node = element
    for _ in range(_LABEL_LEVELS):
        parent = node.getparent()
        if parent is None:
            break
        before = [parent.text or ""]
        for sibling in parent:
            if sibling is node:
                break
            if isinstance(sibling.tag, str):
                before.append(sibling.text_content())
            before.append(sibling.tail or "")
        words = "".join(before)
        if words.strip():
            return words[-80:]
        node = parent
    return ""


# schema.org types of a page's main item: an article, a blog or live-blog posting, a report
_ARTICLE_TYPES = re.compile(r"(?:Article|Posting|Report)$")


def nested_item(element) -> bool:
    """Whether a microdata property belongs to an item inside an article's item (a live entry, an image, an author),
    not to the page's own."""
    scope = item_scope(element)
    if scope is None:
        return False
    return any(a.get("itemscope") is not None and _ARTICLE_TYPES.search((a.get("itemtype") or "").strip())
               for a in scope.iterancestors())


# an RDFa type of a reader's comment: Drupal 7 writes typeof="sioc:Post sioct:Comment" on each, schema.org's Comment
_COMMENT_TYPE = re.compile(r"(?:^|:)comment$", re.IGNORECASE)


def another_resource(element, urls: set[str] | frozenset[str]) -> bool:
    """Whether an RDFa property is said of a resource other than the page: the nearest element at or above it that
    names a resource (`typeof`, `about`) is a comment, or is about an address that is none of the page's."""
    resource = next((a for a in element.iterancestors() if a.get("typeof") is not None or a.get("about") is not None),
                    None) if element.get("typeof") is None and element.get("about") is None else element
    if resource is None:
        return False
    if any(_COMMENT_TYPE.search(kind) for kind in (resource.get("typeof") or "").split()):
        return True
    about = resource.get("about")
    return about is not None and bool(urls) and not same_page(about, urls)


def same_page(address: str, urls: set[str] | frozenset[str]) -> bool:
    """Whether an address, absolute or a path on the site ("/node/12"), is one of the page's `urls`."""
    flat = flat_url(address)
    if not flat.startswith("/"):
        return flat in urls
    return any(url.partition("/")[2] == flat[1:] for url in urls)


def item_scope(element):
    """The nearest element above `element` that opens a microdata item."""
    return next((a for a in element.iterancestors() if a.get("itemscope") is not None), None)


def another_article(element, titles: set[str] | frozenset[str], headlines: dict) -> bool:
    """Whether a microdata property belongs to an article item whose own headline is none of the page's names for
    its headline (`titles`), a label before either aside (a "Live" badge inside the <h1 itemprop="headline">): a teaser in a list of
    other stories, marked up as an article of its own. `headlines` keeps each item's."""
    scope = item_scope(element)
    if not titles or scope is None or not _ARTICLE_TYPES.search((scope.get("itemtype") or "").strip()):
        return False
    if scope not in headlines:
        headlines[scope] = [_flat(e.get("content") or e.text_content()) for e in scope.iter()
                            if (e.get("itemprop") or "").strip().lower() in ("headline", "name")
                            and item_scope(e) is scope]
    return bool(headlines[scope]) and not any(labelled(own, name) or labelled(name, own)
                                              for own in headlines[scope] for name in titles)


def json_ld_scripts(tree) -> list:
    return [script for script in tree.iter("script")
            if (script.get("type") or "").lower() == "application/ld+json" and script.text]


def parse_json_ld(text: str):
    try:
        return json.loads(text, strict=False)  # control characters inside strings are common in CMS output
    except ValueError:
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


def flat_url(url: str) -> str:
    """An address without what differs between two spellings of one page: scheme, www, fragment, final slash."""
    url = url.strip().split("#", 1)[0]
    url = re.sub(r"^[a-z][a-z0-9+.-]*://", "", url, flags=re.IGNORECASE)
    url = re.sub(r"^www\.", "", url, flags=re.IGNORECASE)
    host, _, rest = url.partition("/")
    return (host.lower() + ("/" + rest if rest else "")).rstrip("/")


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
    articles = [i for i in items if any(_ARTICLE_TYPES.search(k) for k in item_types(i))]
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
    return bool({t.lower() for t in _TOKEN_SPLIT.split(names) if t} & _LOGO_TOKENS)


# a label printed above or inside a headline is a word or three: a kicker or section ("Transport", "Exclusive"),
# a badge ("Live"); it ends no sentence
_LABEL_WORDS = 3
# a label the <h1> sets apart from the headline after it by a colon or a bar: "Live: ...", "LIVE | ..."
_SEPARATED_LABEL = re.compile(r"^\w[\w'’]*(?:\s+\w[\w'’]*){0,%d}\s*[:|]\s+(?P<rest>\S.*)$" % (_LABEL_WORDS - 1))


def headline(tree, title: str | None) -> str | None:
    """The page's headline: the <h1> that is its title (`title`, the JSON-LD item's headline; og:title; the <title>),
    opens or closes its <title> beside the site's name ("Headline | Site") in four words or more, or holds one of
    them whole at its head or its end ("Council approves budget despite protests" of "Council approves budget",
    "Residents say tram line to reach the airport" of "Tram line to reach the airport | Site"); a page whose <h1> is
    the site's logo or a section's name has none. A label the markup sets apart at the head of the <h1> (a "Live"
    badge of its own element, a "Live:" before a separator) is no part of it; words the markup does not set apart
    are."""
    whole = " ".join((tree.findtext(".//title") or "").split())
    raw = _flat(whole)
    names = title_names(tree, title)
    # a title's part of four words or more, held whole by a longer <h1>
    held = {n for n in names | {_flat(part) for part in syndication.title_parts(whole)} if len(n.split()) >= 4}
    headings = [h for h in tree.iter("h1") if not logo(h)]

    def named(flat: str) -> bool:
        return bool(flat) and (flat in names or len(flat.split()) >= 4 and (raw.startswith(flat) or
                                                                            raw.endswith(flat)))

    def holds(flat: str) -> bool:
        return any(flat.startswith(name + " ") or flat.endswith(" " + name) for name in held)

    for words_in in (words_of, unlabelled):
        for heading in headings:
            words = words_in(heading)
            if words and named(_flat(words)):
                return words
    return next((words_of(h) for h in headings if holds(_flat(words_of(h)))), None)


def title_names(tree, *given: str | None) -> set[str]:
    """The names the page gives its headline, flattened: those `given` (the JSON-LD item's headline, the <h1>), its
    og:title and its <title>."""
    names = {_flat(name or "") for name in given} | {_flat(" ".join((tree.findtext(".//title") or "").split()))}
    names |= {_flat(e.get("content") or "") for e in tree.iter("meta") if "og:title" in attribute_names(e)}
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
        if short_line(label, _LABEL_WORDS) and words.startswith(label) and words[len(label):].strip():
            return words[len(label):].strip()
    separated = _SEPARATED_LABEL.match(words)
    return separated.group("rest") if separated else None


def labelled(line: str, heading: str) -> bool:
    """Whether a line is the headline, alone or after a label of a word or three."""
    flat, words = _flat(line), _flat(heading)
    return bool(words) and len(flat.split()) - len(words.split()) <= _LABEL_WORDS and (
        flat == words or flat.endswith(" " + words))


def with_headline(text: str, heading: str | None) -> str:
    """The text opening with the headline: the extractor keeps an <h1> inside the article's block and drops one above
    it (most CMS put the headline in a header of its own), so that pages of one story read alike. The labels the
    extractor kept inside or above an <h1> in the block (a kicker, a section's name, a badge) go with it."""
    if not heading:
        return text
    flat = _flat(heading)
    lines = text.split("\n")
    at = next((k for k, line in enumerate(lines) if labelled(line, heading)), None)
    if at is not None:  # the <h1> as the extractor kept it, with the labels inside it and above it
        lines = [line for line in lines[:at] if not short_line(line, _LABEL_WORDS)] + lines[at + 1:]
    return "\n".join([heading] + [line for line in lines if _flat(line) != flat])


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
    modified (an update is not the publication) or as another resource's (a comment's)."""
    if dates["published"]:
        return dates["published"][0]
    day = iso_day(extracted)
    if day is None or day in dates["modified"] or day in dates["other"]:
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


def title_site(tree, headline: str | None) -> str | None:
    """The site's name in the page's <title> around its headline, for pages whose markup names no site: the part
    farthest from the headline ("Headline | World | Site" gives "Site"), when it reads like a name."""
    if tree is None or not headline:
        return None
    parts = syndication.title_parts(tree.findtext(".//title") or "")
    flat_headline = _flat(headline)
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
    words = [t.lower() for t in _TOKEN_SPLIT.split(names) if t]
    return set(words) | {a + b for a, b in zip(words, words[1:])}

