"""The parts of a copied news page that report nothing: the wire credit line, teaser lists under a list heading, and
the header's "Published ... | Updated ..." stamp. Blanked in plain text (offsets kept), dropped from a web page."""
from __future__ import annotations

import pytest

from claimgraph.readers import read_paths
from claimgraph.readers.boilerplate import blank_plain_lines, credit_span, drop_page_lines
from claimgraph.dateline import header_line

WIRE = """Business
Airline to cut regional routes after fuel costs soar
By Joanna Whitfield
Published 12 May 2024 | Updated 13 May 2024
3 min read

DUBLIN, May 12 (Reuters) - Aer Lingus will drop four regional routes from September, chief executive Lynne Embleton said on Sunday.

The carrier said fuel costs had risen by a third since January. (Reporting by Joanna Whitfield in Dublin; Editing by Mark Potter)

Reporting by Joanna Whitfield; Additional reporting by Conor Humphries in Cork; Editing by Mark Potter

Most read
Storm warning issued for western counties
Dairy farmers protest outside parliament

Ferry operator posts record summer bookings
"""


def read(tmp_path, text: str):
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    [document] = list(read_paths([path]))
    return document


def test_credits_teasers_and_the_stamp_are_blanked_in_place(tmp_path):
    document = read(tmp_path, WIRE)
    assert len(document.text) == len(WIRE)
    for gone in ("Editing by", "Reporting by", "Conor Humphries", "Most read", "Storm warning", "Dairy farmers",
                 "Ferry operator", "Updated 13 May"):
        assert gone not in document.text
    for kept in ("fuel costs had risen by a third since January.", "Aer Lingus will drop"):
        assert document.text.index(kept) == WIRE.index(kept)
    assert document.published == "2024-05-12"  # the stamp is read before it is blanked
    assert document.outlet == "Reuters"  # the dateline stands in the sixth line


@pytest.mark.parametrize("line, credit", [
    ("Reporting by Ana Ionova; Editing by Sandra Maler", "Reporting by Ana Ionova; Editing by Sandra Maler"),
    ("(Additional reporting by Jan Strupczewski in Brussels and Ben Blanchard in BEIJING; Writing by Alexandra "
     "Hudson; Editing by Toby Chopra.)", None),
    ("The talks resume on Monday. (Reporting by Ana Ionova; Editing by Sandra Maler)",
     "(Reporting by Ana Ionova; Editing by Sandra Maler)"),
    ("Nick Cumming-Bruce contributed reporting from Geneva.", None),
    ("Associated Press writers Kim Tong-hyung in Seoul and Elaine Kurtenbach in Bangkok contributed to this report.",
     None),
])
def test_a_credit_line_is_found(line, credit):
    where = credit_span(line)
    assert where is not None
    assert line[where[0]:where[1]] == (credit or line)


@pytest.mark.parametrize("line", [
    "Reporting by the Financial Times revealed that the merger had stalled.",
    "Editing by hand takes the agency two days.",
    "The court heard that the accused contributed reporting to a blog.",
    "Writing by candlelight, the crew kept a log of the storm.",
])
def test_prose_opening_like_a_credit_is_kept(line):
    assert credit_span(line) is None


def test_a_teaser_list_ends_where_prose_resumes():
    text = ("Related\nMinisters clash over port fees\nUnions plan strike at container terminal\n\n"
            "The harbour board will meet again next week, a spokesman said.\n")
    blanked = blank_plain_lines(text)
    assert "Ministers clash" not in blanked and "Unions plan" not in blanked
    assert "The harbour board will meet again next week, a spokesman said." in blanked


def test_a_heading_word_opening_prose_starts_no_teaser_list():
    text = "Related talks in Geneva broke down on Friday.\nOfficials gave no date for a new round\n"
    assert blank_plain_lines(text) == text


@pytest.mark.parametrize("line, stamp", [
    ("Published 12 May 2024 | Updated 13 May 2024", True),
    ("Updated March 5, 2024, 4:12 PM EST · 4 min read", True),
    ("Last updated: 10:42 GMT", True),
    ("Published 2 hours ago", True),
    ("Published reports said the army had withdrawn.", False),
    ("Updated: the minister has resigned", False),
])
def test_the_header_stamp_line(line, stamp):
    assert header_line(line) is stamp


def test_a_web_page_loses_its_credit_and_teasers():
    text = ("The carrier said fuel costs had risen by a third.\nReporting by Joanna Whitfield; Editing by Mark Potter\n"
            "Most read\nStorm warning issued for western counties\nEnd of the line for the night train")
    kept = drop_page_lines(text)
    assert kept == "The carrier said fuel costs had risen by a third."


def test_the_blanked_parts_give_no_claim_entity_or_event(analyse, tmp_path):
    r = analyse(read(tmp_path, WIRE).text, published=None)
    names = {e["name"] for e in r["entities"]}
    assert not names & {"Mark Potter", "Conor Humphries", "Cork"}
    claims = " ".join(c["span"]["text"] for c in r["claims"])
    assert "Storm" not in claims and "Ferry" not in claims and "Updated" not in claims
    assert not any(c["span"]["text"].startswith("DUBLIN") for c in r["claims"])
