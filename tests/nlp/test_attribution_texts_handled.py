"""A source that something only a text undergoes is said of ('a schedule seen by the wire', 'excerpts obtained by
the Ledger') is a document, whatever its noun; a person seen or released stays a person. Sentences written for
these tests."""
from __future__ import annotations

import pytest


def the_source(r: dict) -> dict:
    (attribution,) = r["attributions"]
    return attribution


@pytest.mark.parametrize("text", [
    "Varel will visit the dam on Thursday, according to a government schedule seen by the Tamm Courier.",
    "The tolls will double in May, according to excerpts obtained by the Ledger.",
    "The tolls will double in May, according to a timetable released by the port office.",
    "A summary obtained by the Ledger says the tolls will double in May.",
])
def test_a_noun_handled_as_a_text_is_a_document(analyse, text):
    attribution = the_source(analyse(text))
    assert attribution["source_kind"] == "document"
    assert "by" in attribution["evidence"]["source_kind_by"]


@pytest.mark.parametrize("text", [
    "The tolls will double in May, a prisoner released by the rebels said.",
    "The tolls will double in May, according to an inspector seen by the Courier.",
])
def test_people_seen_or_released_are_no_document(analyse, text):
    assert the_source(analyse(text))["source_kind"] == "anonymous"
