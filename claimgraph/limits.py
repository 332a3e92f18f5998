"""The bounds on what one input may cost, each with the environment variable that sets it and its default;
`settings.Limits` reads them once into the settings, which carry them to the readers, the executor and the
pipeline."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Mapping


@dataclass(frozen=True)
class Limit:
    """One bound: the environment variable that sets it, its default, and what it bounds."""

    variable: str
    default: float
    bounds: str

    def value(self, environ: Mapping[str, str] | None = None) -> float:
        raw = (os.environ if environ is None else environ).get(self.variable, "").strip()
        if not raw:
            return self.default
        try:
            value = float(raw.replace("_", ""))
        except ValueError:
            return self.default
        return value if value > 0 else self.default

    def __int__(self) -> int:
        return int(self.value())

    def __float__(self) -> float:
        return float(self.value())


# spaCy needs about 1 GB of memory per 100,000 words for the parser and NER; longer texts are not news articles
MAX_CHARS = Limit("CLAIMGRAPH_MAX_CHARS", 1_000_000, "characters of one document's text")
# an HTML page, a WARC record's body, a JSON line, a feed: HTML extraction takes about 5 s a megabyte, and news
# pages, scripts and styles included, rarely pass 3 MB
MAX_RECORD_BYTES = Limit("CLAIMGRAPH_MAX_RECORD_BYTES", 8 * 2**20, "bytes of one record (a page, a WARC record's "
                         "body, a JSON line, a feed entry's file), after decompression")
# extraction time grows faster than the number of elements: 15,000 take about 1.5 s, 50,000 about 10 s, 140,000 over
# two minutes; a news page has a few thousand
MAX_HTML_ELEMENTS = Limit("CLAIMGRAPH_MAX_HTML_ELEMENTS", 50_000, "elements of one HTML page")
# a compressed archive inflated beyond this is a bomb or not a news crawl; streamed, so memory stays flat either way
MAX_FILE_BYTES = Limit("CLAIMGRAPH_MAX_FILE_BYTES", 4 * 2**30, "bytes of one file after decompression")
# HTML inflates 5 to 15 times; a compressed record that inflates past 16 MiB at a hundred times that is a bomb, stopped
# at once rather than inflated to the file limit
MAX_INFLATION = Limit("CLAIMGRAPH_MAX_INFLATION", 100, "times a compressed WARC record may inflate (judged past 16 MiB)")
# a sentence of this many characters is no sentence: the parser's cost grows with sentence length
MAX_SENTENCE_CHARS = Limit("CLAIMGRAPH_MAX_SENTENCE_CHARS", 20_000,
                           "characters of text without a sentence end or line break")
# the longest article in the story corpora takes under 10 s; a document still running after this is stopped
MAX_SECONDS = Limit("CLAIMGRAPH_MAX_SECONDS", 300, "seconds of analysis for one document")
MAX_CLAIMS = Limit("CLAIMGRAPH_MAX_CLAIMS", 5_000, "claims kept for one document")

ALL = [MAX_CHARS, MAX_RECORD_BYTES, MAX_HTML_ELEMENTS, MAX_FILE_BYTES, MAX_INFLATION, MAX_SENTENCE_CHARS, MAX_SECONDS, MAX_CLAIMS]
