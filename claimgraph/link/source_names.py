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
    return ", ".join(kept) if kept else text
