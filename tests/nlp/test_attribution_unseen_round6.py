"""Attribution shapes met on unseen text, on sentences written for these tests: what evidence shows, parenthetical
reports, citations, and the edges of a content."""
from __future__ import annotations

import pytest

from tests.news import by_cue, joined, texts


@pytest.mark.parametrize("text", [
    "What the satellite images show is a burned village.",
    "The damage that the photographs show was severe.",
])
def test_what_evidence_shows_with_its_object_before_the_verb(analyse, text):
    r = analyse(text)  # used to fail: nothing shown after the verb
    assert not [a for a in r["attributions"] if joined(a["cue"]) == "show"]


def test_citing_phrase_before_the_reported_clause_leaves_the_content(analyse):
    r = analyse("According to the Harwick Ledger, citing two port officials, the ferry service will end in May.")
    (according,) = by_cue(r, "According to")
    (citing,) = by_cue(r, "citing")
    assert texts(according["content"]) == ["the ferry service will end in May"]
    assert texts(citing["source"]) == ["two port officials"] and citing["source_count"] == 2
    assert citing["parent"] == according["id"]
    assert texts(citing["content"]) == texts(according["content"])


@pytest.mark.parametrize("text, cited, source", [
    ("The Harwick Ledger, which cited three diplomats, said the talks had collapsed.", "three diplomats",
     "The Harwick Ledger"),
    ("The Harwick Ledger's report, which cited three diplomats, said the talks had collapsed.", "three diplomats",
     "The Harwick Ledger's report"),
    ("According to the Harwick Ledger, which cited a senior diplomat, the talks have collapsed.", "a senior diplomat",
     "the Harwick Ledger"),
    ("The mayor, who cited a police report, said the fire at the depot was started deliberately.", "a police report",
     "The mayor"),
])
def test_a_relative_clause_of_citing_on_the_source_is_a_link_of_the_chain(analyse, text, cited, source):
    r = analyse(text)
    (citation,) = [a for a in r["attributions"] if joined(a["cue"]) in {"cited"}]
    (report,) = [a for a in r["attributions"] if a is not citation]
    assert joined(citation["source"]) == cited
    assert citation["parent"] == report["id"] and joined(report["source"]) == source
    assert citation["content"] == report["content"]
    # as PolNeAR reads it: the pronoun cites the words after the verb
    assert [s["text"] for s in citation["evidence"]["content_as_written"]] == [cited]


@pytest.mark.parametrize("text, words", [
    ("The mayor dismissed the claims, calling the report 'a fabrication.'", ["the report", "a fabrication"]),
    ('The mayor dismissed the claims, calling the report "a fabrication."', ["the report", "a fabrication"]),
    ("The warden called the escape \u201can inside job.\u201d", ["the escape", "an inside job"]),
])
def test_a_content_ending_on_a_quotation_leaves_out_the_sentence_stop_and_the_marks(analyse, text, words):
    r = analyse(text)
    (a,) = [a for a in r["attributions"] if joined(a["cue"]).startswith("call")]
    assert texts(a["content"]) == words
    # PolNeAR's extent keeps the stop and the marks
    (written,) = a["evidence"]["content_as_written"]
    assert written["text"].endswith(text[-2:])


def test_an_apostrophe_of_a_plural_possessive_opens_no_quotation(analyse):
    r = analyse("The minister said the dockers' union was 'very weak.'")
    (a,) = by_cue(r, "said")
    assert texts(a["content"]) == ["the dockers' union was", "very weak"]


@pytest.mark.parametrize("text, cue, content", [
    ("If the talks fail, Ms. Varga argued, the ferries will stop running.", "argued",
     ["If the talks fail", "the ferries will stop running"]),
    ("When the storm hit, she said, the pumps were already broken.", "said",
     ["When the storm hit", "the pumps were already broken"]),
    ("The bridge was, the engineer said, \"older than anyone remembers.\"", "said",
     ["The bridge was", "older than anyone remembers"]),
    # the clause reported opens after the joiner of the one before it
    ("The ferry was late, but if the storm passes, the captain said, the crossing will resume on Friday.", "said",
     ["if the storm passes", "the crossing will resume on Friday"]),
])
def test_a_report_set_inside_the_clause_it_reports_splits_the_content(analyse, text, cue, content):
    r = analyse(text)
    (a,) = by_cue(r, cue)
    assert texts(a["content"]) == content


@pytest.mark.parametrize("text", [
    "During the inspection, the harbourmaster said, \"The quay is unsafe.\"",
    "As the ferry docked, a deckhand shouted, \"Keep back from the rail!\"",
])
def test_a_phrase_of_when_before_a_whole_quotation_frames_the_report(analyse, text):
    r = analyse(text)
    for a in r["attributions"]:
        assert not joined(a["content"]).startswith(("During", "As the")), a


@pytest.mark.parametrize("text, cue, content", [
    ("The union rejected one in March, and the owners rejected another in May.", "rejected", ["one", "another"]),
    ("He mentioned it in May.", "mentioned", ["it"]),
])
def test_a_time_closing_a_pronoun_or_number_object_dates_the_act(analyse, text, cue, content):
    r = analyse(text)
    assert [joined(a["content"]) for a in by_cue(r, cue)] == content


@pytest.mark.parametrize("text, cited", [
    ("The talks collapsed on Friday, the aide said, citing a court clerk.", "a court clerk"),
    ("The mayor said the bridge collapsed before dawn, citing aid workers.", "aid workers"),
    ("The bridge collapsed before dawn, according to the mayor, citing a lawyer for the family.",
     "a lawyer for the family"),
])
def test_people_cited_after_a_report_are_its_source_not_a_reason(analyse, text, cited):
    r = analyse(text)
    (citing,) = by_cue(r, "citing")
    (report,) = [a for a in r["attributions"] if a is not citing]
    assert joined(citing["source"]) == cited and citing["parent"] == report["id"]
    assert citing["content"] == report["content"]


def test_a_reason_cited_stays_the_citers_own_act(analyse):
    r = analyse("The ferry company said crossings would stop, citing rising fuel costs.")
    (citing,) = by_cue(r, "citing")
    assert joined(citing["source"]) == "The ferry company" and joined(citing["content"]) == "rising fuel costs"


@pytest.mark.parametrize("text, stop, closed", [
    ('The pilot said the crossing was "never safe," and walked off.', "safe", 'the crossing was "never safe,"'),
    ("The pilot said the crossing was \u201cnever safe.\u201d", "safe", "the crossing was \u201cnever safe.\u201d"),
    ("The pilot said the crossing was ''never safe,'' and left.", "safe", "the crossing was ''never safe,''"),
])
def test_a_content_stopping_inside_its_quotation_takes_the_closing_mark(parse, text, stop, closed):
    from claimgraph.nlp.annotations import AttributionRecord
    from claimgraph.nlp.attribution.content import quotation_closed
    from claimgraph.nlp.tokens import runs

    doc = parse(text)
    said = next(t for t in doc if t.text == "said")
    end = next(t.i for t in doc if t.text == stop)
    record = AttributionRecord(cue=runs(doc, {said.i}), content=runs(doc, set(range(said.i + 1, end + 1))),
                               source=runs(doc, set(range(0, said.i))))
    quotation_closed(doc, [record])
    assert [s.text for s in record.content] == [closed]
    # a content with its quotation closed is left as it is
    quotation_closed(doc, [record])
    assert [s.text for s in record.content] == [closed]
