"""The outlet a wire dateline names: "NORRVIK, May 3 (Coastline Wire) - ..." is a report filed for Coastline Wire."""
from __future__ import annotations

import re

# the wire dateline convention (AP Stylebook, "datelines"; Reuters and AFP style): a place in capitals, a date, or
# both, then the outlet in brackets and a dash: "LONDON (Reuters) -", "BEIRUT, Lebanon (AP) —", "May 4 (Ledger) -"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(r"(?:[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3}(?:, [^()\n]{1,40}?)?"
                       rf"|{_MONTH} \d{{1,2}}(?:, \d{{4}})?)?"
                       r" ?\((?P<outlet>[^()\n]{2,40})\)\s*[-–—]{1,2}\s")
# what a bracket before a dash names when it is not the outlet: a date, a picture's credit, an update note
_NOT_AN_OUTLET = re.compile(rf"^(?:{_MONTH}|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Updated?|File|Photo|Video|Live|Reporting"
                            r"|Editing|Corrected|Correction|Exclusive|Analysis|Opinion|Graphic)\b|^[^A-Za-z]*$")
# a dateline opens the story: it stands after the headline, a byline and a date line at most
_OPENING_LINES = 4
_MAX_WORDS = 6


def outlet(text: str) -> str | None:
    """The outlet the story's wire dateline names, or None when its opening lines hold no dateline."""
    lines = [line.strip() for line in text.splitlines(keepends=False) if line.strip()]
    for line in lines[:_OPENING_LINES]:
        match = _DATELINE.match(line + " ")
        if match:
            name = " ".join(match.group("outlet").split())
            if name[0].isupper() and len(name.split()) <= _MAX_WORDS and not _NOT_AN_OUTLET.match(name):
                return name
    return None
