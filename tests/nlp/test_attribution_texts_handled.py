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


@pytest.mark.parametrize("text", [
    "Four guards were hurt, according to the audit, which was seen by the Tamm Courier.",
    "The audit, which was obtained by the Ledger, says four guards were hurt.",
    "The memo was seen by the Tamm Courier on Friday.",
])
def test_a_text_seen_or_obtained_by_an_outlet_is_no_report_of_the_outlet(analyse, text):
    r = analyse(text)
    assert not [a for a in r["attributions"] if a["source_kind"] == "outlet"]
    assert all(a["content"][0]["text"] not in {"which", "The memo"} for a in r["attributions"])


def test_what_a_text_is_seen_as_stays_a_judgement(analyse):
    r = analyse("The audit was seen by the unions as an attack on the guards.")
    (judged,) = r["attributions"]
    assert judged["source"][0]["text"] == "the unions"


def test_a_source_joined_to_a_leaked_text_takes_the_text_s_kind(analyse):
    # what only a text undergoes, said before the noun with no agent, makes it a text; the people joined to it
    # are counted by the chain, not by the joined source
    r = analyse("The Varno Courier reported on Monday, citing a leaked recording and two police officers, that the "
                "mayor had taken bribes. One of the officers said the payments began in 2019. The second said the "
                "mayor had kept a ledger.")
    cited = next(a for a in r["attributions"] if a["cue"][0]["text"] == "citing")
    assert cited["source_kind"] == "document"
    assert cited["source_count"] is None
    assert cited["evidence"]["source_kind_by"].startswith("'recording' leaked")
    # 'The second' picks one of the officers joined to the recording, a person, not the recording
    second = next(a for a in r["attributions"] if a["source"] and a["source"][0]["text"] == "The second")
    assert second["refers_to"] == cited["id"]
    assert second["source_kind"] == "anonymous"
