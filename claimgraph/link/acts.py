"""The kinds of act a claim's words tell, read from the event lexicon, so that a clause the analysis gave no event
("was taken into custody by ...", "is being held by ... at its detention centre") is known to tell an act of a type."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon
from .normalise import stem, words

# the trigger words of each PLOVER type (verbs and their nominalisations): claimgraph/data/event_triggers.yaml
TRIGGERS = "event_triggers.yaml"
# what a state or a result of an act is told by when no trigger tells the act itself: being in custody is the
# result of an arrest (CAMEO 1.1b3, 173 "arrest, detain, or charge with legal action": its verb patterns hold
# "take into custody", "hold in custody", "keep in detention"; PLOVER COERCE). "held" alone is kept to its passive
# and progressive uses with a party ("is being held by", "was held at"), since "held talks" is a meeting.
STATES = {"COERCE": re.compile(r"\bcustody\b|\b(?:is|are|was|were|be|been|being|remains?|remained)\s+(?:still\s+)?"
                               r"(?:held|jailed|imprisoned|locked up|behind bars)\b|\bholding\s+[A-Z]", re.I)}
# a generic word for a hostile act: news calls a cyberattack, a shelling and a raid alike "an attack" (CAMEO 1.1b3
# names attacks under 17 coerce (cyber), 18 assault and 19 fight; PLOVER's cyber context keeps cyber attacks COERCE)
GENERIC = frozenset({"attack"})
# the types of hostile act (event_triggers.yaml, intent.hostile; CAMEO 13 "threaten to ... attack")
HOSTILE = frozenset({"SANCTION", "COERCE", "ASSAULT", "FIGHT"})


@lru_cache(maxsize=1)
def trigger_types() -> dict[str, frozenset[str]]:
    """Each trigger word's stem and the types it triggers: the types' verbs and nouns, the heads of phrases that
    need no object to be typed ("intrusion", "cyberattack"), and the words of a cyber context, which PLOVER codes
    COERCE ("wiper", "malware")."""
    data = lexicon.load(TRIGGERS)
    found: dict[str, set[str]] = {}
    for type_, entry in (data.get("types") or {}).items():
        for word in [*(entry.get("verbs") or []), *(entry.get("nouns") or [])]:
            found.setdefault(stem(str(word).lower()), set()).add(type_)
    phrases = data.get("phrases") or {}
    for entry in phrases.get("entries", []) if isinstance(phrases, dict) else phrases:
        if entry.get("type") and not any(entry.get(k) for k in ("objects", "preps", "particles", "modifiers")):
            for word in entry.get("heads") or []:
                found.setdefault(stem(str(word).lower()), set()).add(entry["type"])
    for word in (data.get("cyber_context") or {}).get("cues") or []:
        found.setdefault(stem(str(word).lower()), set()).add("COERCE")
    return {word: frozenset(types) for word, types in found.items()}


# an act named only as the time another is told by: "before the shooting began", "since the war began", "when the
# war ended" (PolNeAR train: 14 such clauses, "since the campaign began", "after the attack began"; none tells the
# act of its sentence)
_TIME_OF = re.compile(r"\b(?:[Bb]efore|[Aa]fter|[Ss]ince|[Uu]ntil|[Ww]hen)\s+the\s+(?:[A-Za-z][\w-]*\s+)?[a-z][\w-]*\s+"
                      r"(?:began|begins|started|starts|broke out|ended|ends|erupted)\b")


def acts_told(text: str) -> frozenset[str]:
    """The types of act a stretch of words names by a trigger word or by a state an act leaves; an act that only
    dates another ("had crossed into its territory before the shooting began") is not told."""
    table = trigger_types()
    found: set[str] = set()
    text = _TIME_OF.sub(" ", text)
    # a capitalised word is a name or a month ("March"), not the act
    for word in re.findall(r"\b[a-z][\w-]*", text):
        found |= table.get(stem(word), frozenset())
    found |= {type_ for type_, pattern in STATES.items() if pattern.search(text)}
    return frozenset(found)


def generic(trigger: str | None) -> bool:
    """Whether an act is told by a generic word for a hostile act ("attacked", "the attack")."""
    return bool(trigger) and any(stem(w) in GENERIC for w in words(trigger))
