"""Extent of contents and sources: a quotation going on after its speaker tag, whitespace inside a span, marks
left behind by a cut, a bracketed aside closing a content, and the time or occasion of a saying closing a
noun-phrase content."""
from __future__ import annotations

import pytest

from claimgraph.nlp.annotations import AttributionRecord
from claimgraph.nlp.attribution.content import quote_goes_on, without_bare_marks
from claimgraph.nlp.tokens import runs

from tests.news import joined


def words_at(doc, text, start=0):
    """Token indices of the first occurrence of `text` (by characters) at or after character `start`."""
    lo = doc.text.index(text, start)
    hi = lo + len(text)
    return [t.i for t in doc if t.idx >= lo and t.idx + len(t.text) <= hi]


def tag_record(doc, quote, source, cue):
    """A record whose content is only the quotation before its tag, as a reading may leave it."""
    return AttributionRecord(cue=runs(doc, words_at(doc, cue)), content=runs(doc, words_at(doc, quote)),
                             source=runs(doc, words_at(doc, source)))


def content_text(record):
    return " | ".join(s.text for s in record.content)


def test_a_quotation_after_the_tag_goes_on_with_the_content(parse):
    text = '"The river has crested," the forecaster said. "The worst is behind us."'
    doc = parse(text)
    record = tag_record(doc, '"The river has crested,"', "the forecaster", "said")
    quote_goes_on(doc, [record])
    assert content_text(record) == '"The river has crested," | "The worst is behind us."'


def test_marks_left_behind_by_a_cut_leave_the_content(parse):
    text = 'Ms. Orrel said that the pier would reopen but said "the timing is open."'
    doc = parse(text)
    record = AttributionRecord(cue=runs(doc, words_at(doc, "said")),
                               content=runs(doc, words_at(doc, "that the pier would reopen") + words_at(doc, '."')),
                               source=runs(doc, words_at(doc, "Ms. Orrel")))
    assert content_text(record) == 'that the pier would reopen | ."'
    without_bare_marks(doc, [record])
    assert content_text(record) == "that the pier would reopen"


def test_an_ellipsis_between_spaces_stays_inside_a_quotation(parse):
    text = "“The pier is unsafe.  ...  The ferries must wait,” the harbour master said."
    doc = parse(text)
    quote = words_at(doc, "“The pier is unsafe.") + words_at(doc, "...") + words_at(doc, "The ferries must wait,”")
    record = AttributionRecord(cue=runs(doc, words_at(doc, "said")), content=runs(doc, quote),
                               source=runs(doc, words_at(doc, "the harbour master")))
    without_bare_marks(doc, [record])
    assert any("..." in s.text for s in record.content), content_text(record)


def test_a_curly_quotation_left_open_runs_to_its_paragraph_end(parse):
    text = "“The audit is done,” Maria Lopez said on Tuesday. “Every account balanced.\n\nThe board met later."
    doc = parse(text)
    record = tag_record(doc, "“The audit is done,”", "Maria Lopez", "said")
    quote_goes_on(doc, [record])
    assert content_text(record) == "“The audit is done,” | “Every account balanced."


@pytest.mark.parametrize("text", [
    # the next quotation has a tag of its own
    '"The river has crested," the forecaster said. "The worst is behind us," his deputy added.',
    # the next quotation opens a new paragraph
    '"The river has crested," the forecaster said.\n\n"The worst is behind us."',
    # a sentence of the narrator stands between
    '"The river has crested," the forecaster said. The rain stopped. "The worst is behind us."',
])
def test_a_quotation_that_is_not_the_tags_continuation_stays_out(parse, text):
    doc = parse(text)
    record = tag_record(doc, '"The river has crested,"', "the forecaster", "said")
    quote_goes_on(doc, [record])
    assert content_text(record) == '"The river has crested,"'


def test_a_quotation_another_attribution_holds_stays_out(parse):
    text = '"The river has crested," the forecaster said. "The worst is behind us."'
    doc = parse(text)
    record = tag_record(doc, '"The river has crested,"', "the forecaster", "said")
    other = AttributionRecord(cue=runs(doc, words_at(doc, "said")), content=runs(doc, words_at(doc, "The worst")))
    quote_goes_on(doc, [record, other])
    assert content_text(record) == '"The river has crested,"'


@pytest.mark.parametrize("gap", ["  ", "\u00a0", " \u00a0", "\t"])
def test_a_content_holds_together_over_whitespace_within_a_line(analyse, gap):
    r = analyse(f"The harbour master said the{gap}ferry would sail at noon.")
    said = [a for a in r["attributions"] if [s["text"] for s in a["cue"]] == ["said"]]
    assert said and [s["text"] for s in said[0]["content"]] == [f"the{gap}ferry would sail at noon"]


def test_a_quoted_content_holds_together_over_a_double_space(analyse):
    r = analyse('"The ferry  will sail at noon," the harbour master said.')
    said = [a for a in r["attributions"] if [s["text"] for s in a["cue"]] == ["said"]]
    assert said and [s["text"] for s in said[0]["content"]] == ["The ferry  will sail at noon"]
    assert [s["text"] for s in said[0]["evidence"]["content_as_written"]] == ['"The ferry  will sail at noon,"']


def test_pieces_parted_by_a_paragraph_break_stay_apart(parse):
    from claimgraph.nlp.attribution.content import across_spaces
    doc = parse("The ferry sails.\n\nThe bus waits.  The train leaves.")
    first, second, third = (runs(doc, words_at(doc, s))[0] for s in ("The ferry sails", "The bus waits.",
                                                                        "The train leaves"))
    assert [s.text for s in across_spaces(doc, [first, second])] == ["The ferry sails", "The bus waits."]
    assert [s.text for s in across_spaces(doc, [second, third])] == ["The bus waits.  The train leaves"]


@pytest.mark.parametrize("gap", ["  ", "\u00a0"])
def test_a_source_holds_together_over_whitespace_within_a_line(analyse, gap):
    r = analyse(f"The harbour{gap}master said the ferry would sail at noon.")
    said = [a for a in r["attributions"] if [s["text"] for s in a["cue"]] == ["said"]]
    assert said and [s["text"] for s in said[0]["source"]] == [f"The harbour{gap}master"]


def test_a_citation_keeps_polnears_reading_as_written(analyse):
    r = analyse("The harbour authority said on Friday that the ferry had sunk, citing two port officials.")
    citing = [a for a in r["attributions"] if [s["text"] for s in a["cue"]] == ["citing"]]
    assert citing, [[s["text"] for s in a["cue"]] for a in r["attributions"]]
    # the contract chains the citation: the officials are the source of what the authority reports
    assert [s["text"] for s in citing[0]["source"]] == ["two port officials"]
    # PolNeAR reads 'citing' as the authority's act with the officials for content
    evidence = citing[0]["evidence"]
    assert [s["text"] for s in evidence["source_as_written"]] == ["The harbour authority"]
    assert [s["text"] for s in evidence["content_as_written"]] == ["two port officials"]


@pytest.mark.parametrize("text, said", [
    ("The Greens conceded defeat shortly after midnight.", "defeat"),
    ("Lena Osk claimed victory in a speech to supporters in the capital.", "victory"),
    ("The group claimed responsibility for the blast in a statement on its website.", "the blast"),
    ("Senator Vell mocked the harbour levy at a rally in Dunmere.", "the harbour levy"),
    ("Councillor Orrin Taft blasted the ferry timetable on Twitter.", "the ferry timetable"),
])
def test_when_or_on_what_occasion_a_thing_was_said_is_no_part_of_it(analyse, text, said):
    (report,) = analyse(text)["attributions"]
    assert joined(report["content"]) == said


@pytest.mark.parametrize("text, said", [
    ("Senator Pell Ormund praised the harbour plan in a statement on Tuesday.", "the harbour plan"),
    ("The Varna union backed the ferry strike at a rally in Dunmere on Friday.", "the ferry strike"),
])
def test_a_run_of_circumstances_closing_a_thing_said_is_no_part_of_it(analyse, text, said):
    """A time after an occasion: each phrase closes the content once the one after it is gone."""
    (report,) = analyse(text)["attributions"]
    assert joined(report["content"]) == said


@pytest.mark.parametrize("text, said", [
    ("Minister Asta Wren dismissed it on television.", "it"),
    ("Councillor Imre Dahl denounced the toll rise on his radio show.", "the toll rise"),
    ("Councillor Imre Dahl denounced the toll rise on Facebook.", "the toll rise"),
])
def test_the_medium_a_thing_was_said_in_is_no_part_of_it(analyse, text, said):
    (report,) = analyse(text)["attributions"]
    assert joined(report["content"]) == said


@pytest.mark.parametrize("text, said", [
    ("Senator Vell proposed raising the ferry toll (which the governor also backs).", "raising the ferry toll"),
    ("Dorn said the levy would fall on renters (a claim the council disputes).",
     "the levy would fall on renters"),
    ("The mayor praised Rep. Ilse Varga (D-Ore.).", "Rep. Ilse Varga (D-Ore.)"),
    ("Dorn urged the council to sign the harbour pact (HPT).", "the council to sign the harbour pact (HPT)"),
])
def test_a_bracketed_aside_closing_a_content_is_the_writers(analyse, text, said):
    reports = [a for a in analyse(text)["attributions"] if joined(a["cue"]) in {"proposed", "said", "praised",
                                                                                  "urged"}]
    assert [joined(a["content"]) for a in reports] == [said]


def test_an_aside_inside_a_quotation_is_the_speakers(analyse):
    (report,) = analyse('"The levy (which nobody wanted) will fall," Dorn said.')["attributions"]
    assert "which nobody wanted" in joined(report["content"])


def test_how_long_a_thing_is_shown_stays_part_of_it(analyse):
    (report,) = analyse("Satellite images show the two tankers side by side for about 14 hours.")["attributions"]
    assert joined(report["content"]) == "the two tankers side by side for about 14 hours"
