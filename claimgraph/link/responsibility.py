"""Who did an act, told without an act verb: "the blast was the work of Y", "Y was behind it", "blamed it on Y"."""
from __future__ import annotations

import re
from typing import Any

from . import acts

# a party named: a capitalised name, "the" before it allowed ("the Harrow Cells"); a day or a month names nobody
_NOT_NAME = (r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|August|"
             r"September|October|November|December)\b)")
# a number goes on a name ("Unit 31")
_PARTY = rf"(?P<party>(?:[Tt]he\s+)?{_NOT_NAME}[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+)?(?:[A-Z]|\d)[\w'’-]*)*)"
# what may stand between a party and the act it is blamed for: the body it belongs to and another name it is known
# by ("blaming Unit 31 of the army's intelligence service, also known as the Marsh Owls, for the attack")
_PARTY_TOLD = (r"(?:\s+of\s+[^,;.:!?\"“”]{1,60}?)?"
               r"(?:,\s+(?:also\s+|better\s+)?(?:known|referred\s+to)\s+as\s+[^,;.:!?\"“”]{1,60},)?")
# the act noun's phrase: what follows up to the end of the clause
_ACT = r"(?P<act>[^,;.:!?\"“”]{3,100})"
_ACT_BEFORE = r"(?P<act>[^,;.:!?\"“”]{3,100}?)"
_BE = r"(?:is|was|are|were|(?:has|have|had)\s+been|may\s+have\s+been|could\s+have\s+been)"
# the shapes, counted in PolNeAR train's 840 articles: the words alone (case-insensitive), and as matched here with a
# capitalised party named
SHAPES = {
    # "the bombing of the pipeline was the work of Y" (5 "the work of", none of an act with a party named)
    "work": re.compile(rf"{_ACT_BEFORE}\s+{_BE}\s+(?:\w+\s+)?(?:the\s+)?(?:work|handiwork|doing)\s+of\s+{_PARTY}"),
    # "Y was behind the attack" (9 "was/were behind"; 10 matched)
    "behind": re.compile(rf"{_PARTY}\s+{_BE}\s+(?:\w+\s+)?behind\s+{_ACT}"),
    # "officials blamed Y for the blast" (24 "blame ... for"; 6 with a named party)
    "blamed": re.compile(rf"\bblam(?:e|es|ed|ing)\s+{_PARTY}{_PARTY_TOLD}\s+for\s+{_ACT}"),
    # "officials blamed the blast on Y", "the blast is being blamed on Y", "the blast that officials blame on Y";
    # "pin ... on" alike (PolNeAR train: 12 "blame ... on", 10 of them laying an act or a state of affairs on
    # someone, 3 of those an act noun: "blamed the attack on", "the violence on", "the incident on"; 1 "pins ...
    # on"); the act's phrase ends at the "on" that names the party ("the attack on the depot on Y")
    "blamed-on": re.compile(rf"\b(?:blam(?:e|es|ed|ing)|pin(?:s|ned|ning)?)\s+{_ACT_BEFORE}\s+on\s+{_PARTY}"
                            rf"(?![\w'’-])(?!\s+(?:(?:of|and)\s+)?[A-Z\d])(?!\s+on\s)"),
    "blamed-on-passive": re.compile(rf"{_ACT_BEFORE}\s+(?:{_BE}|(?:is|are|was|were)\s+being)\s+(?:\w+\s+){{0,2}}"
                                    rf"(?:blamed|pinned)\s+on\s+{_PARTY}"),
    "blamed-on-relative": re.compile(rf"{_ACT_BEFORE}\s+(?:that|which)\s+[^,;.:!?\"“”]{{1,60}}?\s+"
                                     rf"(?:blame|blamed|blames|pin|pinned|pins)\s+on\s+{_PARTY}"),
    # "put the blame for the blast on Y" (none in PolNeAR train; wire style); the last "on" names the party ("for the
    # attack on the depot on Y")
    "blame-on": re.compile(rf"\b(?:put|puts|putting|laid|lays|laying|placed|places|placing)\s+(?:the\s+)?blame\s+"
                           rf"(?:for\s+{_ACT}\s+)?(?:squarely\s+|firmly\s+)?on\s+{_PARTY}"),
    # "Y claimed responsibility for the attack" (3 "claimed responsibility", 3 "claimed/took credit"; 4 matched)
    "claimed": re.compile(rf"{_PARTY}\s+(?:\w+\s+)?(?:claimed|claims|claim|claiming|took|takes|accepted|accepts)\s+"
                          rf"(?:full\s+|sole\s+)?(?:responsibility|credit)\s+for\s+{_ACT}"),
    # "the strike bore the hallmarks of Y" (none in PolNeAR train; wire style)
    "hallmarks": re.compile(rf"{_ACT_BEFORE}\s+(?:bore|bears|bear|had|has|carried|carries)\s+(?:all\s+)?(?:the\s+)?"
                            rf"(?:hall)?marks\s+of\s+(?:an?\s+)?(?:attack\s+by\s+|operation\s+by\s+)?{_PARTY}"),
}
# a word every shape holds: a sentence without one is not read shape by shape
_CUE = re.compile(r"\b(?:work|handiwork|doing|behind|blam\w*|pin(?:s|ned|ning)?|responsibility|credit|(?:hall)?marks)\b")
# a clause that tells only who did an act named elsewhere in its sentence: "the work of Y", "the hallmarks of Y"
TAIL = re.compile(r"^(?:the\s+)?(?:work|handiwork|doing|(?:hall)?marks)\s+of\s+", re.I)


def doer_told(text: str, begin: int, finish: int, start: int, end: int,
              shapes: tuple[str, ...] = tuple(SHAPES)) -> tuple[str, str] | None:
    """The party a responsibility shape of the sentence [begin, finish) names as the doer of the act whose noun lies
    at [start, end), and the shape's words; None when no shape's act phrase holds the noun or two name others."""
    sentence = text[begin:finish]
    if not _CUE.search(sentence):
        return None
    found = set()
    for pattern in (SHAPES[k] for k in shapes):
        for match in pattern.finditer(sentence):
            if match.group("act") is not None:
                act_start, act_end = begin + match.start("act"), begin + match.end("act")
                # the act's noun heads the phrase the shape is about, not a later noun of it ("for the kidnapping
                # of two engineers who had inspected the site of the blast")
                if not (act_start <= start and end <= act_end and not re.search(
                        r"\b(?:who|which|that|after|before|when|while)\b", text[act_start:start])):
                    continue
            elif not begin <= start < finish:
                continue
            party = party_of(match)
            # the words from the act's noun on: a dateline or a clause before it is no part of the evidence
            opens_with_act = match.group("act") is not None and match.start("act") == match.start()
            words = text[start if opens_with_act else begin + match.start():begin + match.end()]
            found.add((party, " ".join(words.split())))
    parties = {party for party, _ in found}
    return min(found) if len(parties) == 1 else None


def party_of(match: re.Match[str]) -> str:
    """The party a shape names, without the article its name may be read with ("the Harrow Cells")."""
    party = re.sub(r"^[Tt]he\s+", "", match.group("party"))
    # "the Torrin Battalion of Ordun's army": the possessor opens the body the party belongs to, no part of its name
    return re.sub(r"\s+(?:of|and)\s+\S+['’]s$", "", party)


def with_told_doer(event: dict[str, Any] | None, text: str, begin: int, finish: int) -> dict[str, Any] | None:
    """An act told by a noun without its doer ("the bombing of the pipeline was the work of Y") has as its doer the
    party the sentence holds responsible for it; the words that say so go with it as evidence."""
    if event is None or not text or (event.get("roles") or {}).get("actor"):
        return event
    trigger = event.get("trigger") or {}
    if "start" not in trigger:
        return event
    told = doer_told(text, begin, finish, trigger["start"], trigger["end"])
    if told is None:
        return event
    party, words = told
    return {**event, "roles": {**(event.get("roles") or {}), "actor": party}, "responsibility": words}


def claimer(text: str, begin: int, finish: int, start: int, end: int) -> str | None:
    """"Y claimed responsibility for the bombing": the party that claims an act is the source of its claim to it."""
    told = doer_told(text, begin, finish, start, end, ("claimed",))
    return told[0] if told else None


# what stands before a blaming verb and is no party: a wire dateline, a pronoun
_DATELINE_DASH = re.compile(r"^.*?\)\s*[-–—]+\s*")
_NO_BLAMER = {"he", "she", "it", "they", "we", "i", "you", "who", "which", "that"}


def blamer(text: str, begin: int, finish: int, start: int, end: int) -> str | None:
    """"Two ministers put the blame for the blast on Y", "Officials blamed Y for the attack": who lays the blame is
    the source of the claim it lays, told in the article's voice; the words of the blaming verb's subject, from the
    sentence's start (after a dateline) to the verb."""
    sentence = text[begin:finish]
    for shape in ("blamed", "blame-on"):
        for match in SHAPES[shape].finditer(sentence):
            if not (begin + match.start() < end and start < begin + match.end()):
                continue
            before = _DATELINE_DASH.sub("", sentence[:match.start()]).strip(" ,")
            words = before.split()
            if 1 <= len(words) <= 8 and before.lower() not in _NO_BLAMER and not re.search(r"[,;:\"“”]", before):
                return before
    return None


# the party an act noun's phrase names as done to: "the bombing of the Lanner pipeline", "the attack on the Quay Board"
_DONE_TO = re.compile(r"\b(?:of|on|at|against|in)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")


def act_told(claim: dict[str, Any], text: str, begin: int, finish: int) -> dict[str, Any] | None:
    """"Ministers put the blame for the bomb attack on the Lanner pipeline on Y": a claim the analysis gave no event,
    holding a responsibility shape whose act phrase names one kind of act by its noun, tells that act, done by Y to
    the party the phrase names after its noun (if any)."""
    span = claim["span"]
    sentence = text[begin:finish]
    if not _CUE.search(sentence):
        return None
    for pattern in SHAPES.values():
        for match in pattern.finditer(sentence):
            if match.group("act") is None:
                continue
            act_start, act_end = begin + match.start("act"), begin + match.end("act")
            if not (span["start"] <= act_start and act_end <= span["end"]):
                continue
            phrase = text[act_start:act_end]
            kinds = acts.acts_told(phrase)
            if len(kinds) != 1:
                continue
            roles: dict[str, Any] = {"actor": party_of(match)}
            done_to = _DONE_TO.search(phrase)
            if done_to:
                roles["target"] = done_to.group(1)
            return {"id": None, "type": next(iter(kinds)), "trigger": {"start": act_start, "end": act_end,
                                                                       "text": phrase},
                    "roles": roles, "responsibility": " ".join(match.group(0).split())}
    return None
