"""A plain-text story names its outlet in its wire dateline and its date in its date line; a bracket or a date
elsewhere names nothing."""
from __future__ import annotations

import pytest

from claimgraph.readers import read_paths
from claimgraph.dateline import outlet, published


@pytest.mark.parametrize("opening, expected", [
    ("HAVELOCK, May 3 (Tamber Wire) - Drones struck a depot.", "Tamber Wire"),
    ("OSTERBY (Reuters) - The central bank raised rates.", "Reuters"),
    ("KINGSPORT, Lowland (AP) — Flood waters rose.", "AP"),
    ("May 4 (Quill Ledger) - The ministry rejected the report.", "Quill Ledger"),
    ("WELLMOOR, Dec. 3, 2024 (Fenwick Press) -- Talks resumed.", "Fenwick Press"),
    # a headline and a byline come before the dateline
    ("Depot hit\n\nBy Ana Roon\n\nHAVELOCK, May 3 (Tamber Wire) - Drones struck a depot.", "Tamber Wire"),
])
def test_a_wire_dateline_names_the_outlet(opening, expected):
    assert outlet(opening) == expected


@pytest.mark.parametrize("opening", [
    "HALVERSTON, Oct. 14 - A former director pleaded not guilty.",      # a dateline without an outlet
    "The minister (left) - who resigned - spoke first.",                   # a bracket in a sentence
    "Officials said (on Monday) - after a delay - that talks would go on.",
    "HAVELOCK, May 3 (Updated 10:42) - Drones struck a depot.",           # an update note, not an outlet
    "HAVELOCK, May 3 (1200 GMT) - Drones struck a depot.",
    "One\n\nTwo\n\nThree\n\nFour\n\nFive\n\nSix\n\nHAVELOCK (Tamber Wire) - too deep in the story to be its dateline.",
])
def test_no_outlet_where_no_dateline_names_one(opening):
    assert outlet(opening) is None


def test_a_text_file_takes_its_dateline_outlet_and_the_command_line_fills_the_rest(tmp_path):
    wire = tmp_path / "wire.txt"
    wire.write_text("HAVELOCK, May 3 (Tamber Wire) - Drones struck a fuel depot, officials said.\n")
    plain = tmp_path / "plain.txt"
    plain.write_text("Drones struck a fuel depot, officials said.\n")
    documents = list(read_paths([wire, plain], outlet="Given Outlet"))
    assert [d.outlet for d in documents] == ["Tamber Wire", "Given Outlet"]


@pytest.mark.parametrize("opening, expected", [
    ("Port closed\n\nBy Ana Roon\n\nNovember 18, 2025\n\nHAVELOCK - The port was closed.", "2025-11-18"),
    ("Port closed\nTuesday, 18 November 2025, 10:42 GMT\nThe port was closed.", "2025-11-18"),
    ("Port closed\nPublished: Nov. 18, 2025 at 9:05 a.m. ET\nThe port was closed.", "2025-11-18"),
    ("Port closed\nBy Ana Roon | March 2, 2024\nThe port was closed.", "2024-03-02"),
    ("Port closed\n2024-03-02\nThe port was closed.", "2024-03-02"),
    # an update is no publication; the date line of publication may follow it
    ("Port closed\nUpdated: March 4, 2024\nPublished: March 2, 2024\nThe port was closed.", "2024-03-02"),
])
def test_a_date_line_in_the_header_gives_the_publication_date(opening, expected):
    assert published(opening) == expected


@pytest.mark.parametrize("opening", [
    "The port was closed on March 2, 2024, officials said.",          # a date inside a sentence
    "Port closed\nUpdated: March 4, 2024\nThe port was closed.",     # a modified date only
    "Port closed\nFebruary 30, 2024\nThe port was closed.",          # no such day
    "One\n\nTwo\n\nThree\n\nFour\n\nFive\n\nMarch 2, 2024",       # too deep in the story
])
def test_no_publication_date_where_no_date_line_gives_one(opening):
    assert published(opening) is None


def test_a_text_file_takes_its_date_line_and_the_command_line_overrides_it(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Port closed\n\nMarch 2, 2024\n\nThe port was closed on Friday, officials said.\n")
    assert [d.published for d in read_paths([story])] == ["2024-03-02"]
    assert [d.published for d in read_paths([story], published="2024-03-09")] == ["2024-03-09"]
