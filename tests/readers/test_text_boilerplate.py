"""Plain text copied from a page: teasers, related links and sign-up prompts are blanked in place, so that nothing
on them is analysed and every offset is still one into the file; a published date wins over an updated one."""
from __future__ import annotations

import pytest

from claimgraph.readers import read_paths
from claimgraph.readers.boilerplate import blank_plain_lines, page_line, plain_line, teaser_lines

STORY = """Board faces questions over ferry contract

Updated 3 hours ago | Published Mar 2, 2025

The canal board awarded a ferry contract to Pellow Marine without a tender, documents show.

Read more: Islanders demand new vote on mooring fees

A spokesman for the board said the award "followed the rules".

Sign up for our morning briefing newsletter
"""


def read(tmp_path, text: str):
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    [document] = list(read_paths([path]))
    return document


def test_boilerplate_lines_are_blanked_and_offsets_kept(tmp_path):
    document = read(tmp_path, STORY)
    assert len(document.text) == len(STORY)
    assert "Read more" not in document.text and "Islanders demand" not in document.text
    assert "Sign up" not in document.text and "newsletter" not in document.text
    for words in ("awarded a ferry contract", "followed the rules"):
        assert document.text.index(words) == STORY.index(words)
    assert document.published == "2025-03-02"  # the published date, not the update


def test_the_blanked_lines_give_no_claim_and_no_event(analyse):
    text = blank_plain_lines(STORY)
    r = analyse(text, published=None)
    assert not [a for a in r["attributions"] if "Islanders" in str(a)]
    assert not [e for e in r["events"] if "Sign" in str(e)]


@pytest.mark.parametrize("line", [
    "Read more: Islanders demand new vote on mooring fees",
    "RELATED | Ferry crews vote to strike",
    "Watch: the moment the pier gave way",
    "Advertisement",
    "Sign up for our morning briefing newsletter",
    "Already a subscriber? Log in",
    "Get unlimited access with your subscription",
    "Share this article",
    "Share on Facebook",
    "Share via Email",
    "Twitter",
])
def test_teasers_headings_and_calls_are_boilerplate(line):
    assert plain_line(line)


@pytest.mark.parametrize("line", [
    "Watch crews said the pier had been unsafe for a year.",            # prose that opens with the same word
    '"Listen, we are not moving," the lock keeper said.',           # speech
    "Subscription fees at the canal gym rose by a fifth this year.",  # a report about subscriptions
    "Readers who subscribe to the board bulletin were told of the vote.",
    "Print runs of the board bulletin were cut by half.",                # a share word opening prose
    "Shares on the Varsby exchange fell by a tenth, the regulator said.",
])
def test_prose_and_speech_are_kept(line):
    assert not plain_line(line)


def test_a_json_lines_record_is_blanked_as_a_plain_text_is(tmp_path):
    import json
    path = tmp_path / "stories.jsonl"
    path.write_text(json.dumps({"id": "a1", "text": STORY, "published": "2025-03-02"}) + "\n", encoding="utf-8")
    [document] = list(read_paths([path]))
    assert len(document.text) == len(STORY)
    assert "Read more" not in document.text and "Sign up" not in document.text
    assert document.text.index("followed the rules") == STORY.index("followed the rules")


@pytest.mark.parametrize("line", [
    "Correction: An earlier version of this story gave the wrong year for the opening of the Varsby lock.",
    "CORRECTION APPENDED.",
    "CORRECTION:",
    "Clarification: This article has been changed to say the quay belongs to the port trust.",
    "This article was amended on 4 March 2025 to correct the name of the Varsby harbour master.",
    "This story has been updated to include comment from the port trust.",
    "This piece has been updated with comments from the Varsby harbour master.",
])
def test_an_outlets_note_on_its_own_article_is_boilerplate(line):
    assert plain_line(line) and page_line(line)


@pytest.mark.parametrize("line", [
    "Corrections officers at the Varsby jail said the cells were full.",
    "Correction of the tide tables took the port trust a month, its engineer said.",
    "Clarification of the rules is expected next week.",
    "This story of the Varsby flood was told by the harbour master's daughter.",
    "This report was amended after pressure from the Varsby port trust, officials said.",
    "This report has been updated every year since 2010, the agency said.",
    "This story was changed beyond recognition by the harbour master's retelling.",
])
def test_prose_opening_with_a_note_word_is_kept(line):
    assert not plain_line(line) and not page_line(line)


def test_a_summary_box_heading_and_its_points_go_until_prose_resumes():
    text = ("Key points:\n- The port trust will close the Varsby quay for a month\n- Ferries will use the north pier"
            "\nThe Varsby quay will close for a month from Monday, the port trust said on Friday.")
    assert teaser_lines(text.split("\n")) == {0, 1, 2}


@pytest.mark.parametrize("line", ["Don't miss: Varsby lock gates to be replaced next winter",
                                  "Must read: Why the quay keeps flooding"])
def test_teaser_labels_inside_the_body_are_boilerplate(line):
    assert page_line(line) and plain_line(line)


@pytest.mark.parametrize("line", ["Story continues below advertisement", "Article continues below",
                                  "Continue reading the main story", "SKIP ADVERTISEMENT", "Share full article",
                                  "Reuse this content", "Republish this article", "Leave a comment"])
def test_a_button_label_or_the_marker_of_an_interruption_is_boilerplate(line):
    assert page_line(line) and plain_line(line)


@pytest.mark.parametrize("line", ["Don't miss the May 9 deadline to enrol, the Varsby registrar said.",
                                  "Do not miss the deadline, the harbour clerk told skippers.",
                                  "Must read the fine print before mooring, the port trust said.",
                                  "You may also like the new ferry timetable, the operator said.",
                                  "Recommended changes to the quay were rejected, the council said."])
def test_a_reporting_line_that_opens_with_a_heading_word_is_kept_on_a_page(line):
    assert not page_line(line)


def test_prose_that_asks_to_read_on_is_kept():
    line = "Continue reading the appendix, the auditor told the Varsby councillors, before voting."
    assert not page_line(line) and not plain_line(line)


def test_a_live_blogs_key_events_and_a_topic_list_go_with_their_headings():
    lines = ["Key events", "Varsby quay reopens", "Ferries resume at noon", "Explore more on these topics", "Varsby",
             "Ferries", "The port trust said the quay was safe after divers inspected its piles on Friday."]
    assert teaser_lines(lines) == {0, 1, 2, 3, 4, 5}
