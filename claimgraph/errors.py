"""One catalogue of the errors claimgraph reports about a document, each with a stable code."""
from __future__ import annotations


class ClaimgraphError(Exception):
    """Base of every error claimgraph raises on purpose."""


class DocumentError(ClaimgraphError):
    """A document that cannot be read or analysed; the message says which and why."""

    def __init__(self, code: str, reason: str, document: str | None = None):
        self.code = code
        self.reason = reason
        self.document = document
        super().__init__(self.message)

    def __reduce__(self):
        # errors cross process boundaries: rebuild from the three fields, not from the message
        return (type(self), (self.code, self.reason, self.document))

    @property
    def message(self) -> str:
        where = f"{self.document}: " if self.document else ""
        return f"{where}{self.code} {self.reason}"


class ModelMissing(ClaimgraphError):
    """The spaCy English model is not installed; never downloaded at run time."""


# code -> what it means; the reason given with each error adds the particulars
CATALOGUE = {
    "E001": "empty document: no text to analyse",
    "E002": "binary file, not text",
    "E003": "not valid UTF-8",
    "E004": "document too long",
    "E005": "unreadable HTML: no article text could be extracted",
    "E006": "unsupported file type",
    "E007": "invalid JSON line",
    "E008": "file not found or unreadable",
    "E009": "analysis failed",
    "E010": "unreadable or truncated RSS/Atom feed",
    "E011": "unreadable or truncated WARC archive",
    "E012": "too large after decompression",
    "E013": "analysis took too long",
    "E014": "the worker process analysing it died",
    "E015": "not a regular file",
    "E016": "no sentence structure",
    "E017": "the reader failed on this file",
}


def document_error(code: str, detail: str | None = None, document: str | None = None) -> DocumentError:
    """Build a DocumentError whose reason is the catalogue text, followed by the particulars."""
    reason = CATALOGUE[code] + (f" ({detail})" if detail else "")
    return DocumentError(code, reason, document)
