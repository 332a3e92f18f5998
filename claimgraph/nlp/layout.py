"""Paragraph breaks as sentence boundaries, and the caption or credit lines that precede a scraped story set apart."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .annotations import register_extensions
from .component import Component, factory

# A line ending in one of these is prose; front matter (photo captions, credits, datelines) rarely is.
_SENTENCE_END = re.compile(r"[.!?:;\"”’)\]]\s*$")
_MAX_FRONT_LINE_WORDS = 12
# a wire dateline opening the first paragraph: "TALLINN, March 14 (Reuters) - ", "WASHINGTON (AP) — "
_DATELINE = re.compile(r"[A-Z][A-Z.'’ -]{1,40}(?:, [A-Z][A-Za-z. ]{1,30})?(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?"
                       r"(?: \([^()\n]{1,40}\))?\s*[-–—]{1,2}\s+")


@factory("claimgraph_layout_v1", alias="claimgraph_layout",
         default_config={"max_front_line_words": _MAX_FRONT_LINE_WORDS},
         assigns=["token.is_sent_start", "doc._.cg_front_matter"])
def make_layout(nlp: Language, name: str, max_front_line_words: int) -> "Layout":
    return Layout(max_front_line_words)


class Layout(Component):
    """Runs before the parser: the parser keeps boundaries that are already set."""

    def __init__(self, max_front_line_words: int = _MAX_FRONT_LINE_WORDS) -> None:
        register_extensions()
        self.max_front_line_words = max_front_line_words

    def __call__(self, doc: Doc) -> Doc:
        for token in doc[1:]:
            previous = doc[token.i - 1]
            if "\n" in previous.text_with_ws and not token.is_space:
                token.is_sent_start = True
            elif previous.is_space and "\n" in previous.text:
                token.is_sent_start = True
        doc._.cg_front_matter = front_matter_end(doc.text, self.max_front_line_words)
        return doc


def front_matter_end(text: str, max_front_line_words: int = _MAX_FRONT_LINE_WORDS) -> int:
    """Offset of the first line of prose: leading short lines without sentence punctuation are captions or credits.

    Only lines before the first line that ends like a sentence count, and only when prose follows them: a text
    that is all short lines is left whole.
    """
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped and (_SENTENCE_END.search(stripped) or len(stripped.split()) > max_front_line_words):
            dateline = _DATELINE.match(line)
            return offset + (dateline.end() if dateline else 0)
        offset += len(line)
    return 0
