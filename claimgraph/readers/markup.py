"""What a page's markup says, read alike for its text, its dates and its names: the names elements give their
values, its JSON-LD scripts, words and addresses written flat, a headline behind a label."""
from __future__ import annotations

import json
import re


# where class and id names split into words: spaces, dashes, underscores, colons, dots, a small letter before a
# capital ("mostRead")
TOKEN_SPLIT = re.compile(r"[\s_\-:.]+|(?<=[a-z])(?=[A-Z])")


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


# schema.org types of a page's main item: an article, a blog or live-blog posting, a report
ARTICLE_TYPES = re.compile(r"(?:Article|Posting|Report)$")


def json_ld_scripts(tree) -> list:
    """The page's <script type="application/ld+json"> elements that hold anything."""
    return [script for script in tree.iter("script")
            if (script.get("type") or "").lower() == "application/ld+json" and script.text]


def parse_json_ld(text: str):
    try:
        return json.loads(text, strict=False)  # control characters inside strings are common in CMS output
    except ValueError:
        return None


def flat_url(url: str) -> str:
    """An address without what differs between two spellings of one page: scheme, www, fragment, final slash."""
    url = url.strip().split("#", 1)[0]
    url = re.sub(r"^[a-z][a-z0-9+.-]*://", "", url, flags=re.IGNORECASE)
    url = re.sub(r"^www\.", "", url, flags=re.IGNORECASE)
    host, _, rest = url.partition("/")
    return (host.lower() + ("/" + rest if rest else "")).rstrip("/")


def flat_words(words: str) -> str:
    """Words lower-cased, each run of anything else one space: "Tram line - Live" gives "tram line live"."""
    return re.sub(r"\W+", " ", words).strip().lower()


# a label printed above or inside a headline is a word or three: a kicker or section ("Transport", "Exclusive"),
# a badge ("Live"); it ends no sentence
LABEL_WORDS = 3


def labelled(line: str, heading: str) -> bool:
    """Whether a line is the headline, alone or after a label of a word or three."""
    flat, words = flat_words(line), flat_words(heading)
    return bool(words) and len(flat.split()) - len(words.split()) <= LABEL_WORDS and (
        flat == words or flat.endswith(" " + words))
