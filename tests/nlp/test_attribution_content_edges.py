"""Edges of a content: a discourse connective opening a content fronted before its cue is the narrator's link;
an 'according to' phrase inside its clause reports the clause on both sides of it; a quotation opening after
the unquoted start of its clause reports the clause from its first word; a content that opens a quotation runs
to the mark that closes it."""
from __future__ import annotations

import pytest

from tests.news import by_cue_ending, joined


def test_a_connective_opening_a_fronted_content_is_left_out(analyse):
    r = analyse("The ferry to Marlow Point has run late all winter. However, the new timetable will hold from "
                "March, the harbour board said on Tuesday.")
    (said,) = by_cue_ending(r, "said")
    assert joined(said["content"]) == "the new timetable will hold from March"


def test_a_connective_inside_a_quotation_stays_with_the_speaker(analyse):
    r = analyse('"Indeed, the levee held through the night," the county engineer, Olan Vesk, said.')
    (said,) = by_cue_ending(r, "said")
    assert joined(said["content"]).startswith("Indeed, the levee")


def test_a_connective_that_says_something_of_the_content_stays(analyse):
    r = analyse("The council will not meet in May. Instead, it will vote on the budget in June, the clerk said.")
    (said,) = by_cue_ending(r, "said")
    assert joined(said["content"]).startswith("Instead, it will vote")


def test_an_according_phrase_inside_its_clause_reports_both_sides(analyse):
    r = analyse("The chief worry of the harbour pilots, according to two people close to the talks, is the silt "
                "building up in the eastern channel.")
    (according,) = by_cue_ending(r, "to")
    assert joined(according["source"]) == "two people close to the talks"
    content = joined(according["content"])
    assert content.startswith("The chief worry of the harbour pilots")
    assert content.endswith("the silt building up in the eastern channel")


def test_an_according_phrase_closing_its_clause_reports_the_clause_before_it(analyse):
    r = analyse("The levee at Brenholt failed on Tuesday, according to the county, and the river rose overnight.")
    (according,) = by_cue_ending(r, "to")
    assert joined(according["content"]) == "The levee at Brenholt failed on Tuesday"


def test_the_unquoted_start_of_a_quoted_clause_goes_with_the_quotation(analyse):
    r = analyse('The ferry operators of Brenholt "have waited long enough for the new pier," said Ilse Maravec, who '
                'chairs the harbour board. "The money was promised three years ago."')
    (said,) = by_cue_ending(r, "said")
    content = joined(said["content"])
    assert content.startswith('The ferry operators of Brenholt "have waited')
    assert content.endswith("The money was promised three years ago")


def test_the_unquoted_start_of_a_clause_goes_with_a_quotation_in_doubled_marks(analyse):
    r = analyse("The harbour pilots of Osk ''deserve better than this,'' Ms. Orrel said. ''We will keep asking.''")
    (said,) = by_cue_ending(r, "said")
    assert joined(said["content"]).startswith("The harbour pilots of Osk ''deserve better")


def test_a_phrase_opening_the_sentence_before_a_quotation_stays_out(analyse):
    r = analyse('Asked about the pier, Ilse Maravec said "nothing has been decided," and left the hall. "We will '
                'meet again in May."')
    (said,) = by_cue_ending(r, "said")
    assert not joined(said["content"]).startswith("Asked")


@pytest.mark.parametrize("text, cue, ending", [
    ('Olan Pell told the Vantor Courier that the mill "has lost its buyers. We need a new plan." The council met '
     "on Friday.", "told", "We need a new plan"),
    ("Senator Ivo Marsh called the levy \u201cunfair\u201c in a speech on Monday.", "called", "unfair\u201c"),
])
def test_a_content_opening_a_quotation_runs_to_its_closing_mark(analyse, text, cue, ending):
    (report,) = by_cue_ending(analyse(text), cue)
    written = report["evidence"].get("content_as_written") or report["content"]
    assert joined(written).rstrip('."').endswith(ending)


def test_a_quotation_left_open_by_a_content_does_not_run_past_another_report(analyse):
    r = analyse('Olan Pell said the mill "has lost its buyers, Mayor Ana Ruiz said on Friday, and will close."')
    (pell,) = [a for a in by_cue_ending(r, "said") if joined(a["source"]) == "Olan Pell"]
    assert "Ruiz" not in joined(pell["evidence"].get("content_as_written") or pell["content"])
