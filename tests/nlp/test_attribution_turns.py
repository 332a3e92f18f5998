"""Attribution in transcript layouts: a speaker's name and a colon opening a line, with the turn for content."""
from __future__ import annotations

from tests.news import texts


def turns(result):
    return [a for a in result["attributions"] if texts(a["cue"]) == [":"]]


INTERVIEW = (
    "Senators questioned the transport secretary about the rail strike on Thursday.\n\n"
    "Senator Susan Collins: Who will pay for the repairs? The state budget is already stretched.\n\n"
    "Pete Buttigieg: The federal fund will cover most of it. We expect the lines to reopen by June.\n\n"
    "Collins: And if the strike goes on into the summer —\n\n"
    "Buttigieg: Then we will talk again.\n"
)


def test_a_name_and_colon_opening_a_line_is_a_cue_with_the_turn_for_content(analyse):
    found = {" ".join(texts(a["source"])): a for a in turns(analyse(INTERVIEW))}
    assert "Pete Buttigieg" in found
    # the whole turn, over both its sentences, its closing full stop left out
    assert " ".join(texts(found["Pete Buttigieg"]["content"])) == \
        "The federal fund will cover most of it. We expect the lines to reopen by June"
    assert "Buttigieg" in found


def test_a_turn_keeps_its_question_mark_and_its_broken_off_dash(analyse):
    found = {" ".join(texts(a["source"])): a for a in turns(analyse(INTERVIEW))}
    assert " ".join(texts(found["Senator Susan Collins"]["content"])).endswith("already stretched")
    first = [a for a in turns(analyse(INTERVIEW)) if "Who will pay" in " ".join(texts(a["content"]))]
    assert first and " ".join(texts(first[0]["content"])).startswith("Who will pay for the repairs?")
    assert " ".join(texts(found["Collins"]["content"])) == "And if the strike goes on into the summer —"


def test_a_label_before_a_colon_is_no_speaker(analyse):
    r = analyse("The Latest: Flooding closes the northern rail line.\n\n"
                "Correction: An earlier version of this story misstated the date of the closure.\n\n"
                "The line will stay closed until Monday, the operator said.\n")
    assert turns(r) == []


def test_a_speaker_named_only_in_the_line_is_no_turn(analyse):
    # a heading the recogniser takes for a name is named nowhere else, a speaker is
    r = analyse("Harbor Dredging Project Delays: The work was meant to finish last year.\n\n"
                "Engineers found more silt than the survey had shown.\n")
    assert turns(r) == []


def test_a_quoted_transcript_goes_on_over_paragraphs_that_reopen_the_quotation(analyse):
    r = analyse("The paper printed part of the exchange.\n\n"
                '"HOLT: Will you accept the result?\n\n'
                '"TRUMP: I will look at it at the time. I am not looking at anything now.\n\n'
                '"I will keep you in suspense.\n\n'
                '"HOLT: Thank you.\n\n'
                "The debate ran for ninety minutes, Holt and Trump said afterwards.\n")
    found = {" ".join(texts(a["source"])): a for a in turns(r)}
    assert "TRUMP" in found
    pieces = texts(found["TRUMP"]["content"])
    assert len(pieces) == 2 and pieces[-1].startswith("I will keep you in suspense")
    assert not any("Thank you" in p for p in pieces)
