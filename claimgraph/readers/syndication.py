"""Who a web page is by: the site's own name, and the wire whose story a site reposts, each with the words it came from.

A regional site that reposts a wire story names itself in its metadata (or only by its host) and names the wire
in the story's JSON-LD (`sourceOrganization`, an `author` that is an organisation, the work it `isBasedOn`), in
the dateline ("HALDEN, May 7 (Tamber Wire) -") or in a credit line ("This story was originally published by X",
"Copyright 2025 X"). The site stays the outlet; the wire is kept beside it, as the story's maker."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from .. import dateline, lexicon

SECTIONS = "sections.yaml"

# a credit that says another outlet made the story, opening a paragraph: "This story was originally published by
# X", "An earlier version of this article first appeared in X", "Originally published by X"; a sentence of the story
# that says where a report first appeared ("The audit, first published by ...") credits nothing
_ORIGINALLY = re.compile(r"^\(?(?i:(?:an?\s+(?:earlier\s+|longer\s+)?version\s+of\s+)?"
                         r"this\s+(?:story|article|piece|report)\s+(?:was\s+|is\s+)?)?"
                         r"(?i:originally|first)\s+(?:published|appeared|ran)\s+(?:by|in|on|at)\s+"
                         # "First published on Tue 4 Mar 2025": a stamp's date, no outlet
                         r"(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
                         r"(?P<name>(?:[Tt]he\s+)?[A-Z][\w&'’.-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&'’.-]*){0,5})")
# a copyright credit opening a paragraph: "© 2025 X", "Copyright 2025 X. All rights reserved.", "(c) X 2025"
_COPYRIGHT = re.compile(r"^(?:all\s+content\s+)?(?:(?:©|\(c\)|copyright)\s*)+(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
                        r"(?P<name>[A-Z][^.,;:|©()\n]{1,60}?)(?:\s+\d{4})?\s*(?:[.,;:|(]|$)", re.IGNORECASE)
# where a page prints the site's own credits, not the story's, and a picture's credit ("© 2025 A/Agency")
_SITE_PARTS = re.compile(r"footer|site-?info|colophon|copyright-?bar|legal|figure|figcaption|caption|photo|image|"
                         r"media-?credit", re.IGNORECASE)
_LOGO_WORDS = re.compile(r"logo|brand|masthead|site-?(?:name|title)|wordmark", re.IGNORECASE)


# what stands between a headline and the site's name in a <title>, or between a feed's site and section: "Headline |
# Site", "Site - Headline", "Headline – Section – Site", "Site > Top Stories"; a colon only with a space on both
# sides, as headlines use "Place: what happened"
_TITLE_PARTS = re.compile(r"\s+(?:[|\-\u2013\u2014\u00b7\u2022>»›]|::?)\s+")


def title_parts(title: str) -> list[str]:
    """The parts of a <title> or a feed's title between its separators."""
    return [part for part in _TITLE_PARTS.split(" ".join(title.split())) if part]


def section_name(name: str) -> bool:
    """Whether a name is a section's ("News", "Local News", "Politics"), never a site's."""
    return " ".join(re.findall(r"\w+", name.lower())) in lexicon.words(SECTIONS, "section_names")


def letters(name: str) -> str:
    """A name as bare lower-case letters and digits, without a leading "the": "The Marlow-Ledger" -> "marlowledger"."""
    return re.sub(r"[\W_]+", "", re.sub(r"^\s*the\s+", "", name, flags=re.IGNORECASE)).lower()


def same_outlet(one: str | None, other: str | None) -> bool:
    """Whether two names are one outlet: equal letters, or one the other's opening words ("Vallen Herald Media Ltd"
    for "Vallen Herald"), or a host's name ("brightwater-tribune.example" for "Brightwater Tribune"), or the
    initials an agency goes by in its own datelines ("ISTREL (INA) -" for "Istrel News Agency")."""
    if not one or not other:
        return False
    a, b = letters(host_label(one) or one), letters(host_label(other) or other)
    if not a or not b:
        return False
    if a == b:
        return True
    words_a = re.sub(r"^the\s+", "", " ".join(re.findall(r"\w+", one.lower())))
    words_b = re.sub(r"^the\s+", "", " ".join(re.findall(r"\w+", other.lower())))
    if initials(one, other) or initials(other, one):
        return True
    return (words_a + " ").startswith(words_b + " ") or (words_b + " ").startswith(words_a + " ")


def initials(short: str, name: str) -> bool:
    """Whether `short` is written in capitals and is the initials of `name`'s words ("INA", "Istrel News Agency"),
    its "of", "and" and "the" left out or kept ("BBC", "British Broadcasting Corporation"; "AFP", "Agence
    France-Presse")."""
    short = short.strip().replace(".", "")
    if not (2 <= len(short) <= 6 and short.isupper() and short.isalpha()):
        return False
    words = re.findall(r"[A-Za-z]+", re.sub(r"^\s*the\s+", "", name, flags=re.IGNORECASE))
    every = "".join(w[0] for w in words).upper()
    named = "".join(w[0] for w in words if w.lower() not in ("of", "and", "the", "for")).upper()
    return short in (every, named)


def host_label(name: str | None) -> str | None:
    """The distinctive part of a host name ("www.brightwater-tribune.example" -> "brightwater-tribune"), or None
    for a name that is no host."""
    if not name or " " in name.strip() or "." not in name:
        return None
    host = urlsplit(name if "//" in name else "//" + name).hostname or ""
    parts = [p for p in host.split(".") if p and p not in ("www", "m", "amp")]
    return parts[0] if len(parts) >= 2 else None


def printed_names(tree) -> list[tuple[str, str]]:
    """(where, name) of the names a page prints for its site, in page order: "home" for the words of a link home or
    of a logo, "copyright" for the name of a copyright credit. Read before the page's furniture is pruned, as that is
    where they stand."""
    found: list[tuple[str, str]] = []
    if tree is None:
        return found
    for element in tree.iter("a", "div", "span", "p", "h1", "img"):
        home = element.tag == "a" and ((element.get("href") or "").strip() in ("/", "./") or
                                      "home" in (element.get("rel") or "").lower().split())
        logo = bool(_LOGO_WORDS.search(" ".join(filter(None, (element.get("class"), element.get("id"))))))
        if not (home or logo or element.tag == "p"):
            continue  # the words of every block on a large page are not worth reading
        words = element.get("alt") if element.tag == "img" else element.text_content()
        words = " ".join((words or "").split())
        if (home or logo) and 0 < len(words) <= 60:
            found.append(("home", words))
        elif element.tag == "p" and (credit := _COPYRIGHT.match(words)) is not None:
            found.append(("copyright", credit.group("name").strip()))
    return found


def printed_name(names: list[tuple[str, str]], word: str) -> str | None:
    """The name among the printed `names` whose letters are those of a one-word name: a host's ("Brightwater
    Tribune" for brightwater-tribune.example) or a handle's ("Brightwater Tribune" for @BrightwaterTribune), for a
    page whose metadata names its site only so."""
    label = letters(host_label(word) or word)
    return next((n for _, n in names if label and letters(n) == label), None)


def credited_home(names: list[tuple[str, str]]) -> str | None:
    """The name of the page's link home or logo that its copyright credit gives too ("Ostra Post" beside "(c) 2025
    Ostra Post Media"), for a page that names its site nowhere else: two places of the page agree on it, where a
    link home alone may say "Home" or hold a picture's words."""
    credits = [n for where, n in names if where == "copyright"]
    return next((n for where, n in names if where == "home" and any(same_outlet(n, c) for c in credits)), None)


def _names(value) -> list[str]:
    values = value if isinstance(value, list) else [value]
    found = []
    for v in values:
        if isinstance(v, str) and v.strip():
            found.append(" ".join(v.split()))
        elif isinstance(v, dict) and isinstance(v.get("name"), str) and v["name"].strip():
            found.append(" ".join(v["name"].split()))
    return found


def _organisations(value) -> list[str]:
    values = value if isinstance(value, list) else [value]
    # "Organization" covers schema.org's NewsMediaOrganization; a Person author is a byline, no outlet
    return [n for v in values if isinstance(v, dict) and "Organization" in str(v.get("@type") or "")
            for n in _names(v)]


def json_ld_wires(own: dict | None) -> list[tuple[str, str]]:
    """(name, words) of the organisations the page's own JSON-LD item names as the story's maker: its
    `sourceOrganization`, an `author` that is an organisation, the publisher or organisation author of the work it
    `isBasedOn`."""
    if not own:
        return []
    found = [(n, f'"sourceOrganization": "{n}"') for n in _names(own.get("sourceOrganization"))]
    found += [(n, f'"author": {{"@type": "Organization", "name": "{n}"}}') for n in _organisations(own.get("author"))]
    based = own.get("isBasedOn")
    for work in based if isinstance(based, list) else [based]:
        if isinstance(work, dict):
            found += [(n, f'"isBasedOn": {{"publisher": "{n}"}}') for n in _names(work.get("publisher"))]
            found += [(n, f'"isBasedOn": {{"author": "{n}"}}') for n in _organisations(work.get("author"))]
    return found


def credit_lines(tree) -> list[tuple[str, str]]:
    """(name, words) of the credits in the page's paragraphs outside its footer: "This story was originally
    published by X", a paragraph opening "Copyright 2025 X"."""
    found = []
    if tree is None:
        return found
    for p in tree.iter("p"):
        if any(_SITE_PARTS.search(" ".join(filter(None, (a.tag if isinstance(a.tag, str) else "", a.get("class"),
                                                         a.get("id")))))
               for a in [p, *p.iterancestors()]):
            continue
        words = " ".join(p.text_content().split())
        if not words or len(words) > 300:
            continue
        origin = _ORIGINALLY.match(words)
        if origin is not None:
            found.append((re.sub(r"^the\s+", "", origin.group("name").strip().rstrip(".")), words))
            continue
        credit = _COPYRIGHT.match(words)
        if credit is not None:
            found.append((credit.group("name").strip(), words))
    return found


def wire(outlet: str | None, own: dict | None, text: str, credits: list[tuple[str, str]]) -> dict[str, str] | None:
    """The outlet that made the story a site reposts, with the words that say so ({"name", "evidence"}): the first
    of the page's JSON-LD credits, its dateline's bracket and its credit lines that is not the site itself; None for
    a site's own story."""
    found = json_ld_wires(own)
    line = dateline.find(text)
    if line is not None and line.outlet:
        found.append((line.outlet, text[line.start:line.end].strip()))
    found += credits
    for name, words in found:
        if not same_outlet(name, outlet) and 0 < len(name.split()) <= 6:
            return {"name": name, "evidence": words}
    return None


def reposted(outlet: str | None, text: str) -> dict[str, str] | None:
    """The wire an article given with its outlet (a JSON Lines line, an API request) reposts, by its dateline
    ("HALDEN (Tamber Wire) -" on a paper's article); None without an outlet to tell it from."""
    return wire(outlet, None, text, []) if outlet else None
