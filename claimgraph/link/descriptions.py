"""Descriptions and offices that name a party without being its name: which party a corpus means by them, by vote."""
from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Any, Callable, Iterable

from .. import dateline, lexicon
from .normalise import name_key

# words that refer back without describing ("the one", "the same"), and the calendar and the quantities a
# determiner also opens ("the week", "the number"): never a description of a party
_NOT_DESCRIPTIONS = {"one", "same", "other", "former", "latter", "rest", "first", "last", "week", "day", "month",
                     "year", "time", "number", "way", "case", "matter", "issue", "report", "reports", "claims",
                     "statement", "story", "move", "decision", "deal", "plan", "country's"}
# the determiner capitalised where the description opens a sentence ("The group said ..."), the nouns never (a name)
_DESCRIPTION = re.compile(r"^(?:[Tt]he|[Tt]his|[Tt]hat) ((?:[a-z][a-z-]+ )?[a-z][a-z-]+)$")
# a description is taken for a party when this many of the corpus's documents give it to that party, at least
# twice as many as give it to any other: "the bloc" is the alliance in four reports and a pipeline in one
DESCRIPTION_DOCUMENTS = 2
DESCRIPTION_MARGIN = 2
# "tracks the group under the name X", "known to investigators by the codename X": the naming nouns of the
# appositive and prepositional naming constructions
_UNDER_NAME = re.compile(r"\b(?:under|by) the (?:name|label|moniker|codename|code name|designation|alias)"
                         r"(?: of)? [\"“‘']?((?:[A-Z0-9][\w'’-]*)(?: [A-Z0-9][\w'’-]*){0,4})")
# how far before the naming phrase the party it names may be mentioned ("the group" in "tracks the group under ...")
NAMED_BEFORE = 60


def description_key(mention: str) -> str | None:
    """"the bloc" -> "bloc": a definite noun phrase of one or two common words that a document uses for a party
    (its coreference says whose); names, pronouns and words that only refer back are no description."""
    match = _DESCRIPTION.match(" ".join(mention.split()))
    if not match:
        return None
    words = match.group(1).split()
    if words[-1] in _NOT_DESCRIPTIONS:
        return None
    return name_key(match.group(1))


def descriptions_of(entity: dict[str, Any], text: str) -> set[str]:
    """The descriptions one document uses for one of its entities: its coreference mentions that are no name."""
    found = set()
    for mention in entity.get("mentions", []):
        words = text[mention["start"]:mention["end"]] if text else mention.get("text", "")
        key = description_key(words)
        if key is not None and key != name_key(entity.get("name", "")):
            found.add(key)
    return found


def chosen(votes: dict[int, int]) -> int | None:
    """The party most documents give a description to, when enough do and clearly more than to any other."""
    if not votes:
        return None
    ranked = sorted(votes.items(), key=lambda item: (-item[1], item[0]))
    top, count = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if count < DESCRIPTION_DOCUMENTS or count < DESCRIPTION_MARGIN * runner_up:
        return None
    return top


def office_holder(holders: Iterable[int]) -> int | None:
    """An office named without its holder ("the Prosecutor General") names the one person the corpus gives it to;
    with two holders it names nobody in particular."""
    found = set(holders)
    return found.pop() if len(found) == 1 else None


def named_under(text: str, entities: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(entity id, name) for each "<party> ... under the name <Name>": the party mentioned last before the naming
    phrase in its sentence, by whatever words (a coreference mention such as "the group"), takes the name."""
    found = []
    mentions = [(m["start"], m["end"], e["id"], e.get("name", "")) for e in entities for m in e.get("mentions", [])]
    for match in _UNDER_NAME.finditer(text):
        name = match.group(1)
        before = [(end, start, entity, entity_name) for start, end, entity, entity_name in mentions
                  if match.start() - NAMED_BEFORE <= start and end <= match.start()
                  and not re.search(r"[.!?]", text[end:match.start()])]
        if not before:
            continue
        _, _, entity, entity_name = max(before)
        if name_key(entity_name) != name_key(name):
            found.append((entity, name))
    return found


def named_before(text: str, at: int, head: str) -> str | None:
    """The name a description's head stands for in its article: the last name before `at` ending in that head
    ("the centre" after "The Calder Rights Centre counts ...", where the name is no source of its own)."""
    if not head.isalpha():
        return None
    found = None
    for match in re.finditer(rf"\b((?:[A-Z][\w'’-]*\s+(?:of\s+)?){{1,5}}{re.escape(head.capitalize())})\b",
                             text[:at]):
        found = match.group(1)
    if found is None:
        return None
    words = found.split()
    return " ".join(words[1:]) if words[0] in ("The", "A", "An") and len(words) > 2 else found


def body_named_before(text: str, at: int, head: str, is_body: Callable[[str], bool]) -> str | None:
    """The last body named by its possessor and common nouns before `at` whose head is `head` ("Lessary's interior
    ministry" for "the ministry"), where `is_body` knows the words for a body of a known party."""
    if not head.isalpha():
        return None
    found = None
    for match in re.finditer(rf"\b[A-Z][\w-]*['’]s(?:\s+[a-z][\w-]*){{0,2}}\s+{re.escape(head)}\b", text[:at]):
        if is_body(match.group(0)):
            found = match.group(0)
    return found


@functools.cache
def group_words() -> dict[str, str]:
    """Each collective noun of claimgraph/data/participant_groups.yaml -> its synset's first word
    ("demonstrators" -> "protesters")."""
    found = {}
    for group in lexicon.load("participant_groups.yaml")["groups"]:
        words = [str(w).lower() for w in group["words"]]
        found.update({w: words[0] for w in words})
    return found


def group_key(key: str) -> str:
    """A description folded to its group's first word when it is a collective noun of the data file."""
    return group_words().get(key, key)


@functools.cache
def _group_pattern() -> re.Pattern[str]:
    return re.compile(r"\b(" + "|".join(sorted(map(re.escape, group_words()), key=len, reverse=True)) + r")\b", re.I)


def groups_in(text: str) -> dict[str, set[str]]:
    """The groups an article names by a collective noun: synset head -> the words it uses for it."""
    found: dict[str, set[str]] = {}
    for match in _group_pattern().finditer(text):
        word = match.group(1).lower()
        found.setdefault(group_words()[word], set()).add(word)
    return found


# "MARVOST, Jan 17 (Wire) -", "HALDEN (Wire) -": the place a wire report is filed from
_IN_PLACE = re.compile(r"\bin ((?:[A-Z][\w-]+)(?: [A-Z][\w-]+)*)")
_CALENDAR = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def article_place(text: str) -> str | None:
    """Where an article's events happen: its dateline, else the one place it most often says something is "in"."""
    filed = dateline.place(text)
    if filed:
        return filed
    places = Counter(m.group(1) for m in _IN_PLACE.finditer(text) if m.group(1).split()[0].lower() not in _CALENDAR)
    ranked = places.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]
