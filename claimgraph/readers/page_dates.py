"""When a web page was published: the dates its markup declares for the page itself, never an update's nor another
item's, and the extractor's guess where it declares none."""
from __future__ import annotations

import re

from .. import dateline
from .markup import (ARTICLE_TYPES, TOKEN_SPLIT, attribute_names, flat_url, flat_words, json_ld_scripts, labelled,
                     parse_json_ld)

# names publishers give dates in <meta>, itemprop and JSON-LD (Open Graph, schema.org, Dublin Core, the common CMS
# ones); lower-cased
PUBLISHED_NAMES = {"article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
                   "publish-date", "publish_date", "publication_date", "dc.date.issued", "dcterms.issued",
                   "dcterms.created", "dc.date.created", "parsely-pub-date", "sailthru.date", "article.published",
                   "published_time", "date", "dc.date", "original-publish-date", "datecreated", "created", "issued"}
MODIFIED_NAMES = {"article:modified_time", "og:updated_time", "article:updated_time", "datemodified",
                  "dcterms.modified", "dc.date.modified", "last-modified", "lastmod", "revised", "modified_time",
                  "updated_time", "dateupdated", "modified"}


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
            elif (stamp := stamp_of(element)) is not None:
                stamped.append(stamp)
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


def stamp_of(element) -> tuple[str, str | None] | None:
    """(kind, date) of a <time> its class or the words before it call published or modified, or of an update stamp
    printed without one ("Updated July 24, 2025"); None for any other element."""
    if element.tag == "time":
        kind = time_kind(element)
        value = element.get("content") or element.get("datetime")
        return None if kind is None else (kind, value or dateline.published(element.text_content()))
    updated = update_stamp(element)
    return None if updated is None else ("modified", updated)


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
    flat = flat_words(title or "")
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
            if any(isinstance(node.get(key), str) and flat_words(node[key]) == flat for key in _FRAMEWORK_TITLES):
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
    tokens = {t.lower() for t in TOKEN_SPLIT.split(element.get("class") or "") if t}
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


def nested_item(element) -> bool:
    """Whether a microdata property belongs to an item inside an article's item (a live entry, an image, an author),
    not to the page's own."""
    scope = item_scope(element)
    if scope is None:
        return False
    return any(a.get("itemscope") is not None and ARTICLE_TYPES.search((a.get("itemtype") or "").strip())
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
    its headline (`titles`), a label before either aside (a "Live" badge inside the <h1 itemprop="headline">): a
    teaser in a list of other stories, marked up as an article of its own. `headlines` keeps each item's."""
    scope = item_scope(element)
    if not titles or scope is None or not ARTICLE_TYPES.search((scope.get("itemtype") or "").strip()):
        return False
    if scope not in headlines:
        headlines[scope] = [flat_words(e.get("content") or e.text_content()) for e in scope.iter()
                            if (e.get("itemprop") or "").strip().lower() in ("headline", "name")
                            and item_scope(e) is scope]
    return bool(headlines[scope]) and not any(labelled(own, name) or labelled(name, own)
                                              for own in headlines[scope] for name in titles)


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
