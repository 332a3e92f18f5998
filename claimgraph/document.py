"""The documents claimgraph reads and the plain-data records of the public contract it writes."""
from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Span:
    """A stretch of the document text, by character offsets into the text exactly as decoded."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Document:
    """One article as read: its text and what the input said about it."""

    text: str
    id: str | None = None
    path: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    title: str | None = None
    # a reposted wire story: the outlet that made it, beside the site (`outlet`) that shows it, and the words that
    # say so: {"name", "evidence"}
    wire: dict[str, str] | None = None

    def __post_init__(self) -> None:
        if self.id is None:
            self.id = self.content_hash()[:16]

    def content_hash(self) -> str:
        """Identity of a document: its normalised text plus its URL (the same story at two URLs is two documents)."""
        normalised = " ".join(unicodedata.normalize("NFC", self.text).split())
        # surrogatepass: a lone surrogate (possible in a str from the Python API) must not crash hashing
        return hashlib.sha256(f"{self.url or ''}\n{normalised}".encode("utf-8", "surrogatepass")).hexdigest()

    def header(self, with_text: bool = False) -> dict[str, Any]:
        """The `document` object of the contract, optional fields left out when unknown."""
        out = {k: v for k, v in asdict(self).items() if v is not None and k != "text"}
        out["id"] = self.id
        if with_text:
            out["text"] = self.text
        return out


@dataclass
class Certainty:
    """Factuality on the FactBank scale, as the innermost source presents it, with the words that set it."""

    value: int
    cue: list[Span] = field(default_factory=list)

    LABELS = {3: "certain", 2: "probable", 1: "possible", 0: "unknown",
              -1: "possible-negative", -2: "probable-negative", -3: "certain-negative"}

    @property
    def label(self) -> str:
        return self.LABELS[self.value]

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "label": self.label, "cue": [c.to_dict() for c in self.cue]}
