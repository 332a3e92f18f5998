"""The name an origin goes by: a source phrase with its appositions and relative clauses taken off."""
from __future__ import annotations

import re

# what opens a non-restrictive modifier of a source ("the doctors, who asked not to be named, said"; "the account,
# obtained independently by the Observer, said"): relative pronouns and the participles news style puts there
_MODIFIER = re.compile(r"^(?:which|who|whom|whose|where|obtained|speaking|citing|according|quoted|seen|reached|"
                       r"asked|writing|based|familiar|briefed)\b", re.I)
_PROPER_WORD = re.compile(r"^[A-Z][\w'’.-]*$")
_CONNECTIVES = {"of", "de", "van", "von", "al", "bin"}


def proper_name(part: str) -> bool:
    """"Ilse Varga", "Anton Ferrand": two to four capitalised words, no possessive, no article first."""
    words = part.split()
    if not 2 <= len(words) <= 4 or words[0] in ("The", "A", "An"):
        return False
    if any(w.endswith(("'s", "’s")) for w in words):
        return False
    return all(_PROPER_WORD.match(w) or w in _CONNECTIVES for w in words) and _PROPER_WORD.match(words[-1]) is not None


def appositive_name(source: str) -> str | None:
    """The proper name a source phrase gives in apposition ("Ustria's deputy foreign minister, Mara Quarrie,";
    "Mara Quarrie, a spokeswoman for ..."), when it gives exactly one."""
    parts = [p.strip() for p in source.split(",") if p.strip()]
    if len(parts) < 2:
        return None
    names = [p for p in parts if proper_name(p)]
    return names[0] if len(names) == 1 else None


def source_name(source: str) -> str:
    """How an origin is named: the proper name given in apposition, else the phrase up to its first
    non-restrictive modifier ("The doctors, who asked not to be named," -> "The doctors"); never a whole appositive
    phrase with its commas."""
    text = source.strip().strip(",").strip()
    named = appositive_name(text)
    if named:
        return named
    parts = [p.strip() for p in text.split(",")]
    kept = []
    for part in parts:
        if not part:
            continue
        if _MODIFIER.match(part):
            break
        kept.append(part)
    # a list of sources ("Coast Wire, Halden Labs' report") keeps its parts: only modifiers are taken off
    name = ", ".join(kept) if kept else text
    # "two doctors who first described the victims to the Herald": a relative clause tells more of the source, it
    # is no part of its name
    head = _RELATIVE.split(name, maxsplit=1)[0].strip()
    return head if len(head.split()) >= 2 else name


_RELATIVE = re.compile(r"\s+(?:who|whom|whose|which|that)\s+")


# a wire dateline read into a source ("HESSA (Coast Wire", "VELT, May 4 (Coast Wire) - the ministry"): the place in
# capitals, an optional date, the agency in brackets and the dash after it
# (with its bracket left open or closed by the dash: "UNICEF (the UN children's fund)" is a name and its gloss)
_DATELINE = re.compile(r"^(?:[A-Z]{2,}[A-Z'’.-]*\s*)+(?:,\s*[^()]{0,40}?)?\s*\((?:[^)]*$|[^)]*\)\s*[-–—]+\s*)")
_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# when it spoke, read into who spoke ("the ministry on Wednesday", "the minister late on Friday", "the office last
# week"): news style puts the day right after the source; it is no part of the source's name
_TRAILING_TIME = re.compile(rf"\s+(?:(?:late|early)\s+)?(?:on\s+{_DAYS}|on\s+{_MONTHS}\s+\d{{1,2}}|"
                            rf"(?:last|this)\s+(?:week|month|night|year|{_DAYS}))\b.*$")


def clean_source(source: str) -> str:
    """A source phrase without a dateline read into it and without the time it spoke: "HESSA (Coast Wire" is the
    article's own voice (empty), "the ministry on Wednesday" is "the ministry"."""
    text = _DATELINE.sub("", source.strip()) if _DATELINE.match(source.strip()) else source.strip()
    return _TRAILING_TIME.sub("", text).strip()
