"""Reports about reports add no origin, however the sentence opens."""
from __future__ import annotations

from claimgraph.link.corroboration import is_report


def source(text):
    return {"source_text": text}


def test_report_heads_opening_a_sentence_are_still_reports():
    assert is_report(source("Reports"))
    assert is_report(source("Media reports"))
    assert is_report(source("media reports"))


def test_a_named_report_is_no_report_about_reports():
    assert not is_report(source("Harbour Ledger reports"))
    assert not is_report(source("The Tollan Post"))
    assert not is_report(source("two officials"))
